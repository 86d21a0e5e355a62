import { lineGapOn } from '../layout/metrics.js';
import type { Line, Metrics } from '../layout/types.js';
import { continuesLine } from './list.js';

export interface Section<K extends string> {
  kind: K | 'onbekend';
  heading: Line;
  /** The heading pattern's captures: the value that follows a label on the same line. */
  captures: string[];
  body: Line[];
}

export type Recogniser<K extends string> = (line: Line) => { kind: K; captures: string[] } | null;

/**
 * A heading the parser does not know: set apart like a heading (its own font, at the margin,
 * after white space, short) but matching no HR21 pattern. Its lines are reported, not mixed
 * into the section above.
 */
function looksLikeHeading(line: Line, previous: Line | undefined, metrics: Metrics): boolean {
  if (line.bullet !== null) return false;
  if (Math.abs(line.x - metrics.leftMargin) > line.fontSize) return false;
  if (line.text.split(' ').length > 8) return false;
  const afterSpace = !previous || previous.page !== line.page || previous.y - line.y > lineGapOn(metrics, line.page) * 1.5;
  return afterSpace && (line.emphasized || /:$/.test(line.text));
}

/** The first line under a known heading is its content, however it is set. */
function opensSection<K extends string>(section: Section<K> | undefined, previous: Line | undefined): boolean {
  return section !== undefined && section.kind !== 'onbekend' && section.heading === previous;
}

/** Splits lines at headings; lines before the first heading come back apart. */
export function splitSections<K extends string>(
  lines: readonly Line[],
  recognise: Recogniser<K>,
  metrics: Metrics,
): { before: Line[]; sections: Section<K>[] } {
  const before: Line[] = [];
  const sections: Section<K>[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    // A wrapped paragraph line may start with a heading's word ("functiegroep ligt het accent…"),
    // but not capitalised as a heading is: that tells them apart where spacing cannot (a page break).
    const continuation = previous !== undefined && continuesLine(previous, line, metrics);
    const known = line.bullet === null && (!continuation || /^\p{Lu}/u.test(line.text)) ? recognise(line) : null;
    if (known) {
      sections.push({ kind: known.kind, heading: line, captures: known.captures, body: [] });
    } else if (!continuation && !opensSection(sections.at(-1), previous) && looksLikeHeading(line, previous, metrics)) {
      sections.push({ kind: 'onbekend', heading: line, captures: [], body: [] });
    } else {
      (sections.at(-1)?.body ?? before).push(line);
    }
    previous = line;
  }
  return { before, sections };
}

/** Recognises the first pattern of `table` that matches a line's text. */
export function recogniserFor<K extends string>(table: readonly (readonly [K, RegExp])[]): Recogniser<K> {
  return (line) => {
    for (const [kind, pattern] of table) {
      const match = pattern.exec(line.text);
      if (match) return { kind, captures: match.slice(1).map((capture) => capture ?? '') };
    }
    return null;
  };
}
