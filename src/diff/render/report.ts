import type { Change, DocumentDiff, FunctieRef } from '../../schema/diff.js';

export type Section = 'overzicht' | 'functies' | 'modules' | 'warnings';
export type BlockStatus = 'added' | 'removed' | 'changed';

/** The changes of one function or module (or of the overview, or the warnings), read together. */
export interface ReportBlock {
  section: Section;
  status: BlockStatus;
  /** The function or module; null for the overview and the warnings. */
  ref: FunctieRef | null;
  /** What changed inside it; empty for a function or module that was only added or removed. */
  changes: Change[];
}

export interface ReportCounts {
  changes: number;
  /** Functions added, removed, changed (a function with any change inside it, or moved). */
  added: number;
  removed: number;
  changed: number;
}

export interface Report {
  diff: DocumentDiff;
  counts: ReportCounts;
  blocks: ReportBlock[];
}

export function sectionOf(change: Change): Section {
  const pointer = change.kind === 'removed' ? change.oldPointer : change.newPointer;
  return pointer.split('/')[1] as Section;
}

/** A function or module added, removed or moved as a whole: it starts its own block. */
function isWhole(change: Change, section: Section): boolean {
  return (section === 'functies' && change.subject === 'functie') || (section === 'modules' && change.subject === 'module' && change.functie === null);
}

/** Groups the change list the way the reports show it: one block per function or module, in reading order. */
export function buildReport(diff: DocumentDiff): Report {
  const blocks: ReportBlock[] = [];
  // The change list holds each function's changes together, under the function's ref.
  let key: string | null = null;
  for (const change of diff.changes) {
    const section = sectionOf(change);
    const ref = section === 'functies' ? change.functie : section === 'modules' ? (change.module ?? null) : null;
    const whole = isWhole(change, section);
    const part = `${section}\n${JSON.stringify(ref)}`;
    if (part !== key || whole) {
      key = part;
      blocks.push({ section, status: 'changed', ref, changes: [] });
    }
    const block = blocks.at(-1) as ReportBlock;
    if (whole && (change.kind === 'added' || change.kind === 'removed')) block.status = change.kind;
    else block.changes.push(change);
  }
  const functionBlocks = blocks.filter((block) => block.section === 'functies');
  return {
    diff,
    counts: {
      changes: diff.changes.length,
      added: functionBlocks.filter((block) => block.status === 'added').length,
      removed: functionBlocks.filter((block) => block.status === 'removed').length,
      changed: functionBlocks.filter((block) => block.status === 'changed').length,
    },
    blocks,
  };
}
