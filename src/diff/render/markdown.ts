import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { DocumentDiff } from '../../schema/diff.js';
import { serializeMarkdown } from '../../emit/markdown/index.js';
import { bulletList, heading, paragraph, table, text } from '../../emit/markdown-nodes.js';
import type { DiffTexts } from '../../messages/catalogue.js';
import { catalogues } from '../../messages/language.js';
import { blockSymbol, blockTitle, changeLine, SYMBOLS } from './change-lines.js';
import type { RenderOptions } from './options.js';
import { buildReport, type ReportBlock, type ReportCounts } from './report.js';
import { spacedOut, wordParts } from './word-diff.js';

/**
 * A reworded text once, the removed words struck through and the added words in bold. Spaces
 * stay outside the marks: Markdown does not close a mark after a space.
 */
function markedWords(old: string, neu: string): PhrasingContent[] {
  return wordParts(old, neu).flatMap((part, index, parts): PhrasingContent[] => {
    if (part.kind === 'same') return [text(part.text)];
    const { before, core, after } = spacedOut(part.text);
    const gap = part.kind === 'added' && parts[index - 1]?.kind === 'removed' && !before ? ' ' : '';
    const mark: PhrasingContent = part.kind === 'removed' ? { type: 'delete', children: [text(core)] } : { type: 'strong', children: [text(core)] };
    return [text(gap + before), mark, text(after)].filter((node) => node.type !== 'text' || node.value !== '');
  });
}

function changeItem(change: ReportBlock['changes'][number], words: DiffTexts): PhrasingContent[] {
  const line = changeLine(change, words);
  const head = `${SYMBOLS[line.kind]} ${[line.place, line.values ? `${line.values.old} → ${line.values.new}` : null].filter(Boolean).join(': ')}`;
  if (line.reworded) return [text(`${head}: `), ...markedWords(line.reworded.old, line.reworded.new)];
  return [text(line.text === null ? head : `${head.trimEnd()}${line.place ? ': ' : ''}${line.text}`)];
}

function summaryTable(counts: ReportCounts, words: DiffTexts): RootContent {
  return table(
    ['right', 'right', 'right', 'right'],
    [words.counts.changes, words.counts.added, words.counts.removed, words.counts.changed],
    [[String(counts.changes), String(counts.added), String(counts.removed), String(counts.changed)]],
  );
}

/** The change report as an mdast tree (see `renderDiffMarkdown`). */
export function diffMarkdownTree(diff: DocumentDiff, options: RenderOptions = {}): Root {
  const words = catalogues[options.language ?? 'en'].diff;
  const report = buildReport(diff);
  const children: RootContent[] = [heading(1, words.title(diff.old.file, diff.new.file))];
  if (diff.changes.length === 0) children.push(paragraph(words.noChanges));
  else children.push(paragraph(words.summary(report.counts)), summaryTable(report.counts, words));
  let section: string | null = null;
  for (const block of report.blocks) {
    if (block.section !== section && (block.section === 'functies' || block.section === 'modules')) children.push(heading(2, words.sections[block.section]));
    section = block.section;
    const status = block.status === 'changed' ? '' : ` (${words.kinds[block.status]})`;
    const part = block.section === 'functies' || block.section === 'modules';
    children.push(heading(part ? 3 : 2, part ? `${blockSymbol(block.status)} ${blockTitle(block, words)}${status}` : blockTitle(block, words)));
    if (block.changes.length > 0) children.push(bulletList(block.changes.map((change) => changeItem(change, words))));
  }
  return { type: 'root', children };
}

/**
 * A change report an HR adviser can read and forward: the summary counts first, then per
 * function what changed, the words that changed marked.
 */
export function renderDiffMarkdown(diff: DocumentDiff, options: RenderOptions = {}): string {
  return serializeMarkdown(diffMarkdownTree(diff, options));
}
