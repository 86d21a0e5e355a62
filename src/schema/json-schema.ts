import { z } from 'zod';
import { hr21DocumentSchema } from './document.js';

/** The contract for consumers outside TypeScript, generated so it can never drift from the zod schema. */
export function hr21JsonSchema(): string {
  const schema = z.toJSONSchema(hr21DocumentSchema, { target: 'draft-2020-12', io: 'output' });
  return `${JSON.stringify({ ...schema, title: 'HR21 document (hr21-parse output, version 1)' }, null, 2)}\n`;
}
