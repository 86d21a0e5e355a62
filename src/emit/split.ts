import type { Functie, Hr21Document } from '../schema/document.js';

/** One function as a document of its own: for loading function by function into an HR system. */
export interface SplitFunctie {
  schemaVersion: 1;
  source: Hr21Document['source'];
  functie: Functie;
}

export function splitFuncties(document: Hr21Document): SplitFunctie[] {
  return document.functies.map((functie) => ({ schemaVersion: 1, source: document.source, functie }));
}
