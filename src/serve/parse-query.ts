import { z } from 'zod';
import type { ReplyOutput } from '../batch/job.js';

export const outputFormats = ['json', 'md', 'csv', 'sources'] as const;
export type ResponseFormat = (typeof outputFormats)[number];

/** Query of POST /v1/parse. Every key but format, table and name is a parser option handed to the job as it is. */
export const parseQuerySchema = z.object({
  name: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe('file name recorded in source.file (default: the multipart file name, else "document.pdf"); a path is cut to its last part'),
  format: z
    .enum(outputFormats)
    .optional()
    .describe('json (default), md, csv or sources (the page and rectangles of every string); without it the Accept header decides'),
  table: z
    .enum(['functies', 'taken'])
    .default('functies')
    .describe('with format=csv: one row per function, or one per kenmerk, taak and module activiteit'),
  ocr: z
    .enum(['auto', 'on', 'off'])
    .default('auto')
    .describe('auto: pages without a text layer, or whose text layer cannot be decoded, are read by OCR; on: every page; off: none (such files get 422 HR21_NO_TEXT)'),
});

export type ParseQuery = z.infer<typeof parseQuerySchema>;

/** Media type of each format, and the other way round for the Accept header. */
export const mediaTypes: Record<ResponseFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  sources: 'application/json; charset=utf-8',
};

const acceptable: Record<string, ResponseFormat> = { 'application/json': 'json', 'text/markdown': 'md', 'text/csv': 'csv' };

/** The format the client prefers by its Accept header (highest q first), JSON when it names none we make. */
export function formatFromAccept(accept: string | undefined): ResponseFormat {
  const ranked = (accept ?? '')
    .split(',')
    .map((entry) => {
      const [type = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
      const q = Number(parameters.find((parameter) => parameter.startsWith('q='))?.slice(2) ?? 1);
      return { format: acceptable[type], q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.format !== undefined && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.format ?? 'json';
}

/** The worker's output for a format. */
export function replyOutputOf(format: ResponseFormat, table: ParseQuery['table']): ReplyOutput {
  if (format === 'csv') return `${table}.csv`;
  return format === 'sources' ? 'sources.json' : format;
}
