import { diffWordsWithSpace } from 'diff';

export interface WordPart {
  text: string;
  /** `same` in both, `removed` only in the old text, `added` only in the new. */
  kind: 'same' | 'removed' | 'added';
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The words that changed between two texts, for marking the reworded part. Neighbouring
 * changes with only spaces or punctuation between them read as one: "Manager II" → "Nieuwe
 * naam" is one replacement, not two; texts with no word in common are replaced whole.
 */
export function wordParts(old: string, neu: string): WordPart[] {
  const parts = diffWordsWithSpace(old, neu);
  if (!parts.some((part) => !part.added && !part.removed && WORD.test(part.value))) {
    return [...(old ? [{ text: old, kind: 'removed' as const }] : []), ...(neu ? [{ text: neu, kind: 'added' as const }] : [])];
  }
  const out: WordPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ text: removed, kind: 'removed' });
    if (added) out.push({ text: added, kind: 'added' });
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else {
      const next = parts[index + 1];
      if ((removed || added) && !WORD.test(part.value) && (next?.added || next?.removed)) {
        removed += part.value;
        added += part.value;
        return;
      }
      flush();
      out.push({ text: part.value, kind: 'same' });
    }
  });
  flush();
  return out;
}
