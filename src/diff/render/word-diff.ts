import { diffArrays } from 'diff';

export interface WordPart {
  text: string;
  /** `same` in both, `removed` only in the old text, `added` only in the new. */
  kind: 'same' | 'removed' | 'added';
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Words and punctuation, each with the spaces before it, so the old text is exactly its same
 * and removed parts and the new text its same and added parts (the `diff` package's own word
 * tokenizer moves spaces between them).
 */
function tokens(text: string): string[] {
  return text.match(/\s*(?:[\p{L}\p{N}][\p{L}\p{N}’'-]*|[^\p{L}\p{N}\s]+)|\s+$/gu) ?? [];
}

/**
 * The words that changed between two texts, for marking the reworded part. Texts with no
 * word in common are replaced whole, rather than matched on a stray comma.
 */
export function wordParts(old: string, neu: string): WordPart[] {
  const parts = diffArrays(tokens(old), tokens(neu));
  if (!parts.some((part) => !part.added && !part.removed && part.value.some((token) => WORD.test(token)))) {
    return [...(old ? [{ text: old, kind: 'removed' as const }] : []), ...(neu ? [{ text: neu, kind: 'added' as const }] : [])];
  }
  return parts.map((part) => ({ text: part.value.join(''), kind: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

/** A marked part's spaces go outside its mark: they separate words, they did not change. */
export function spacedOut(text: string): { before: string; core: string; after: string } {
  const [, before = '', core = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
  return { before, core, after };
}
