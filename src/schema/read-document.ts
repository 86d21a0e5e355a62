import { Hr21Error } from '../errors/hr21-error.js';
import { type Hr21Document, hr21DocumentSchema } from './document.js';

/**
 * A JSON output of this tool read back, checked against the schema: JSON from elsewhere, or
 * from an older schema version, fails with HR21_NOT_HR21 and the first place it disagrees.
 */
export function documentFromJson(text: string): Hr21Document {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Hr21Error('HR21_NOT_HR21', `not JSON (${(error as Error).message})`);
  }
  const result = hr21DocumentSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at /${issue.path.join('/')}` : '';
  throw new Hr21Error('HR21_NOT_HR21', `not an hr21 JSON output: ${issue?.message ?? 'does not match the schema'}${where}`);
}
