import { describe, expect, it } from 'vitest';
import { colorFor } from '../src/cli/color.js';
import { renderDiffHtml, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../src/diff/index.js';
import { type DocumentDiff, documentDiffSchema } from '../src/schema/diff.js';

const manager = { code: 'N02.03.04', naam: 'Manager II' };
const diff: DocumentDiff = {
  old: { file: 'boek-2025.pdf', sha256: 'a'.repeat(64) },
  new: { file: 'boek-2026.pdf', sha256: 'b'.repeat(64) },
  changes: [
    { kind: 'changed', subject: 'indicatieveSchaal', functie: manager, old: 10, new: 11, oldPointer: '/overzicht/2/indicatieveSchaal', newPointer: '/overzicht/2/indicatieveSchaal' },
    { kind: 'added', subject: 'functie', functie: { code: 'N03.01.04', naam: 'Adviseur II' }, newPointer: '/functies/1' },
    {
      kind: 'changed',
      subject: 'taak',
      functie: manager,
      old: 'bewaakt de planning',
      new: 'bewaakt de <planning> en rapporteert daarover',
      oldPointer: '/functies/2/resultaatgebieden/0/taken/1',
      newPointer: '/functies/3/resultaatgebieden/0/taken/1',
    },
    { kind: 'moved', subject: 'taak', functie: manager, text: 'stelt het jaarplan op', oldPointer: '/functies/2/resultaatgebieden/1/taken/0', newPointer: '/functies/3/resultaatgebieden/0/taken/3' },
    { kind: 'removed', subject: 'functie', functie: { code: 'N02.06.02', naam: 'Programmamanager I' }, oldPointer: '/functies/3' },
  ],
};

describe('change report renderers', () => {
  it('write a terminal block per function, the reworded words marked as wdiff does when there is no colour', () => {
    expect(renderDiffText(diff)).toBe(
      [
        'Changes from boek-2025.pdf to boek-2026.pdf',
        '5 changes: 1 function added, 1 removed, 1 changed',
        '',
        'Overview',
        '  ~ row 3 "Manager II" › indicatieve schaal: 10 → 11',
        '',
        '+ N03.01.04 Adviseur II',
        '',
        '~ N02.03.04 Manager II',
        '  ~ resultaatgebied 1 › taak 2',
        '      - bewaakt de [-planning-]',
        '      + bewaakt de {+<planning> en rapporteert daarover+}',
        '  ↕ taak moved from resultaatgebied 2 › taak 1 to resultaatgebied 1 › taak 4: stelt het jaarplan op',
        '',
        '- N02.06.02 Programmamanager I',
        '',
      ].join('\n'),
    );
  });

  it('colour the symbols and the changed words at a terminal, and print no escape codes without', () => {
    const coloured = renderDiffText(diff, { color: true });
    expect(coloured).toContain('  \u001b[36m↕\u001b[39m taak moved');
    expect(coloured).toMatch(/\u001b\[32m\u001b\[7m<planning> en rapporteert daarover\u001b\[27m\u001b\[39m/);
    expect(renderDiffText(diff, { color: false })).not.toContain('\u001b');
  });

  it('colour only a terminal, and never when NO_COLOR is set', () => {
    const terminal = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect([colorFor(terminal), colorFor(pipe)]).toEqual([true, false]);
      process.env.NO_COLOR = '1';
      expect(colorFor(terminal)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it('write Markdown with the summary counts first and the changed words struck through and in bold, in Dutch', () => {
    const markdown = renderDiffMarkdown(diff, { language: 'nl' });
    expect(markdown.startsWith('# Wijzigingen van boek-2025.pdf naar boek-2026.pdf\n\n5 wijzigingen: 1 functie toegevoegd, 1 verwijderd, 1 gewijzigd\n\n| Wijzigingen |')).toBe(true);
    expect(markdown).toContain('bewaakt de ~~planning~~ **\\<planning> en rapporteert daarover**');
    expect(markdown).toContain('- ↕ taak verplaatst van resultaatgebied 2 › taak 1 naar resultaatgebied 1 › taak 4: stelt het jaarplan op');
    expect(markdown).toContain('### + N03.01.04 Adviseur II (toegevoegd)');
  });

  it('write one self-contained HTML page: escaped text, no script, nothing loaded from elsewhere', () => {
    const html = renderDiffHtml(diff);
    expect(html).toContain('<del>planning</del> <ins>&lt;planning&gt; en rapporteert daarover</ins>');
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|https?:/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html.indexOf('<table class="summary">')).toBeLessThan(html.indexOf('<h2>Functions</h2>'));
  });

  it('write JSON that is the contract change list', () => {
    expect(documentDiffSchema.parse(JSON.parse(renderDiffJson(diff)))).toEqual(diff);
  });

  it('say so when there is nothing to report', () => {
    const none = { ...diff, changes: [] };
    expect(renderDiffText(none)).toBe('Changes from boek-2025.pdf to boek-2026.pdf\nNo differences.\n');
    expect(renderDiffMarkdown(none, { language: 'nl' })).toContain('Geen verschillen.');
    expect(renderDiffHtml(none)).toContain('No differences.');
  });
});
