import { styleText } from 'node:util';
import type { DocumentDiff } from '../../schema/diff.js';
import { catalogues } from '../../messages/language.js';
import { blockSymbol, blockTitle, type ChangeLine, changeLine, SYMBOLS } from './change-lines.js';
import type { TextRenderOptions } from './options.js';
import { buildReport } from './report.js';
import { spacedOut, wordParts } from './word-diff.js';

type Style = Parameters<typeof styleText>[0];

const SYMBOL_STYLE: Record<ChangeLine['kind'], Style> = { added: 'green', removed: 'red', changed: 'yellow', moved: 'cyan' };

/**
 * The change list for a terminal: one block per function in reading order, `+`/`-`/`~`/`↕`,
 * a reworded text as its old and new line with the changed words marked: in colour, or in a
 * pipe as `[-removed-]` and `{+added+}` (wdiff's marks, which survive copy and paste).
 */
export function renderDiffText(diff: DocumentDiff, options: TextRenderOptions = {}): string {
  const words = catalogues[options.language ?? 'en'].diff;
  // The caller decides on colour (the CLI: a terminal without NO_COLOR); styleText must not second-guess it from process.stdout.
  const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const report = buildReport(diff);
  const out: string[] = [...(options.title === false ? [] : [paint('bold', words.title(diff.old.file, diff.new.file))]), diff.changes.length === 0 ? words.noChanges : words.summary(report.counts)];

  const reworded = (old: string, neu: string): string[] => {
    const parts = wordParts(old, neu);
    const side = (kind: 'removed' | 'added') =>
      parts
        .filter((part) => part.kind === 'same' || part.kind === kind)
        .map((part) => {
          if (part.kind === 'same') return options.color ? paint(kind === 'removed' ? 'red' : 'green', part.text) : part.text;
          const { before, core, after } = spacedOut(part.text);
          if (options.color) return `${before}${paint([kind === 'removed' ? 'red' : 'green', 'inverse'], core)}${after}`;
          return kind === 'removed' ? `${before}[-${core}-]${after}` : `${before}{+${core}+}${after}`;
        })
        .join('');
    return [`      ${paint('red', '-')} ${side('removed')}`.trimEnd(), `      ${paint('green', '+')} ${side('added')}`.trimEnd()];
  };

  for (const block of report.blocks) {
    out.push('');
    const symbol = block.section === 'overzicht' || block.section === 'warnings' ? '' : `${paint(SYMBOL_STYLE[block.status], blockSymbol(block.status))} `;
    out.push(paint('bold', `${symbol}${blockTitle(block, words)}`));
    for (const change of block.changes) {
      const line = changeLine(change, words);
      const symbol = paint(SYMBOL_STYLE[line.kind], SYMBOLS[line.kind]);
      const head = [line.place, line.values ? `${line.values.old} → ${line.values.new}` : null, line.text].filter(Boolean).join(': ');
      out.push(`  ${symbol} ${head}`);
      if (line.reworded) out.push(...reworded(line.reworded.old, line.reworded.new));
    }
  }
  return `${out.join('\n')}\n`;
}
