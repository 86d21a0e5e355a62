import type { CodedError } from '../../errors/hr21-error.js';

/**
 * Whether the page was served by `hr21 serve`: only then is there a same-origin parser with OCR.
 * Opened from disk, nothing is asked of any network.
 */
export async function serverAvailable(location: Location): Promise<boolean> {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
  try {
    const response = await fetch(new URL('/healthz', location.href), { cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}

export type ServerParse = { ok: true; json: string } | { ok: false; error: CodedError };

/** Sends a PDF that needs OCR to the server that served this page; it answers the JSON document or a coded error. */
export async function parseOnServer(file: File): Promise<ServerParse> {
  const url = new URL('/v1/parse', location.href);
  url.searchParams.set('ocr', 'auto');
  url.searchParams.set('name', file.name);
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: file });
    const text = await response.text();
    const body = JSON.parse(text) as { error?: CodedError };
    if (!response.ok || body.error) return { ok: false, error: body.error ?? { code: 'HR21_INTERNAL', message: `HTTP ${response.status}`, params: { detail: `HTTP ${response.status}` } } };
    return { ok: true, json: text };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'HR21_IO', message: detail, params: { detail } } };
  }
}
