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

/** The function or module a change belongs to: its pointer in the new document, or the old one if it was removed. */
function partOf(change: Change): string {
  const pointer = change.kind === 'removed' ? `old${change.oldPointer}` : change.newPointer;
  return pointer.split('/').slice(0, 3).join('/');
}

/** Groups the change list the way the reports show it: one block per function or module, in reading order. */
export function buildReport(diff: DocumentDiff): Report {
  const blocks: ReportBlock[] = [];
  let key: string | null = null;
  for (const change of diff.changes) {
    const section = sectionOf(change);
    const part = section === 'functies' || section === 'modules' ? partOf(change) : section;
    if (part !== key) {
      key = part;
      blocks.push({ section, status: 'changed', ref: section === 'functies' ? change.functie : section === 'modules' ? (change.module ?? null) : null, changes: [] });
    }
    const block = blocks.at(-1) as ReportBlock;
    const whole = (section === 'functies' && change.subject === 'functie') || (section === 'modules' && change.subject === 'module' && change.functie === null);
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
