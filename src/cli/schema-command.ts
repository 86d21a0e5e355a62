import { hr21JsonSchema } from '../schema/json-schema.js';

export const schemaHelp = `Usage: hr21 schema

Prints the JSON Schema (draft 2020-12) of hr21-parse's output, generated from its zod schema.

Example:
  hr21 schema > hr21.schema.json`;

export function schemaCommand(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${schemaHelp}\n`);
    return 0;
  }
  process.stdout.write(hr21JsonSchema());
  return 0;
}
