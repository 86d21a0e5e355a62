import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDocuments, renderDiffJson, renderDiffMarkdown } from '../src/diff/index.js';
import type { Hr21Document } from '../src/schema/document.js';
import { documentFromJson } from '../src/schema/read-document.js';
import { hr21Async, temporaryFolder } from './support/cli.js';
import { multipart, send, startServer, type TestServer } from './support/http.js';
import { seedPdf } from './support/seed.js';

const NAME = 'hr21-normfuncties-selectie.pdf';
let server: TestServer;
let parsedJson: string;
let changedJson: string;

const post = (path: string, files: Parameters<typeof multipart>[0]) => {
  const { body, contentType } = multipart(files);
  return send(`${server.url}${path}`, { headers: { 'content-type': contentType }, body });
};

beforeAll(async () => {
  server = await startServer({ jobs: 2 });
  parsedJson = (await send(`${server.url}/v1/parse?name=${NAME}`, { headers: { 'content-type': 'application/pdf' }, body: seedPdf() })).text;
  const changed = JSON.parse(parsedJson) as Hr21Document;
  const gebied = changed.functies[0]?.resultaatgebieden[0];
  if (gebied) gebied.taken[0] = `${gebied.taken[0]} en meer`;
  changed.functies[1]?.overwegendeFunctiekenmerken.shift();
  changedJson = `${JSON.stringify(changed, null, 2)}\n`;
});
afterAll(() => server.close());

describe('POST /v1/diff', () => {
  it('compares a PDF with a JSON output: byte for byte the change list `hr21 diff --json` prints', async () => {
    const response = await post('/v1/diff', { old: { bytes: seedPdf(), fileName: NAME }, new: { bytes: changedJson, fileName: 'nieuw.json', type: 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const folder = temporaryFolder();
    writeFileSync(join(folder, NAME), seedPdf());
    writeFileSync(join(folder, 'nieuw.json'), changedJson);
    const cli = await hr21Async(['diff', join(folder, NAME), join(folder, 'nieuw.json'), '--json']);
    expect(cli.status).toBe(1);
    expect(response.text).toBe(cli.stdout);
    expect(JSON.parse(response.text).changes.map((change: { kind: string; subject: string }) => `${change.kind} ${change.subject}`)).toEqual(['changed taak', 'removed kenmerk']);
  });

  it('compares two PDFs, and renders the report in Markdown on request', async () => {
    const same = await post('/v1/diff', { old: { bytes: seedPdf(), fileName: 'a.pdf' }, new: { bytes: seedPdf(), fileName: 'b.pdf' } });
    expect(JSON.parse(same.text).changes).toEqual([]);
    const markdown = await post('/v1/diff?format=md&lang=nl', { old: { bytes: parsedJson, fileName: 'oud.json' }, new: { bytes: changedJson, fileName: 'nieuw.json' } });
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.text).toBe(renderDiffMarkdown(diffDocuments(documentFromJson(parsedJson), documentFromJson(changedJson)), { language: 'nl' }));
  });

  it('400 when a side is missing, 422 HR21_NOT_HR21 for JSON that is not an hr21 output', async () => {
    const missing = await post('/v1/diff', { old: { bytes: seedPdf(), fileName: NAME } });
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.text)).toEqual({ error: { code: 'HR21_BAD_REQUEST', message: 'no file in field "new"' } });
    const foreign = await post('/v1/diff', { old: { bytes: seedPdf(), fileName: NAME }, new: { bytes: '{"name":"x"}', fileName: 'x.json' } });
    expect(foreign.status).toBe(422);
    expect(JSON.parse(foreign.text).error.code).toBe('HR21_NOT_HR21');
  });
});

describe('POST /v1/check', () => {
  it('answers no changes for a PDF that gives its expected JSON, and otherwise the changes `hr21 check` finds, pages included', async () => {
    const same = await post('/v1/check', { file: { bytes: seedPdf(), fileName: NAME }, expected: { bytes: parsedJson, fileName: 'expected.json' } });
    expect(same.status).toBe(200);
    expect(JSON.parse(same.text).changes).toEqual([]);
    const differs = await post('/v1/check?format=text', { file: { bytes: seedPdf(), fileName: NAME }, expected: { bytes: changedJson, fileName: 'expected.json' } });
    expect(differs.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(differs.text).toContain('afspraken [-en meer-]');
    const json = await post('/v1/check', { file: { bytes: seedPdf(), fileName: NAME }, expected: { bytes: changedJson, fileName: 'expected.json' } });
    expect(json.text).toBe(renderDiffJson(diffDocuments(documentFromJson(changedJson), documentFromJson(parsedJson), { pages: true })));
  });
});
