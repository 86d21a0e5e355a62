/**
 * The words HR21 documents are built from. Matching is tolerant of case, spacing and the
 * colon, because producers differ in all three.
 */
export const patterns = {
  functiebeschrijving: /^functiebeschrijving$/i,
  naamFunctie: /^naam\s*(?:van\s+de\s+)?functie\b\s*:?\s*(.*)$/i,
  code: /^(?:functie)?code\b\s*:?\s*(.*)$/i,
  functiereeks: /^functiereeks\b\s*:?\s*(.*?)\s*:?$/i,
  functiegroep: /^functiegroep\b\s*:?\s*(.*?)\s*:?$/i,
  kenmerken: /^overwegende\s+functie\s*kenmerken\s*:?$/i,
  resultaatgebied: /^resultaatgebied\s*(\d+)\s*[:.)\-–]?\s*(.*)$/i,
  functieModules: /^modules?\s*:?$/i,
  moduleDocument: /^module\s+hr\s*21$/i,
  moduleNaam: /^module\s*naam\b\s*:?\s*(.*)$/i,
  moduleCode: /^module\s*code\b\s*:?\s*(.*)$/i,
  moduleTaken: /^module\s*taken\s*:?$/i,
  moduleTaak: /^(\d+)\s*[.)]\s*(.*)$/,
  generiekeTaken: /^generieke\s+taken$/i,
} as const;

/** Lines that carry document structure and so are never page furniture, however often they repeat. */
export function isStructural(text: string): boolean {
  return (
    patterns.functiebeschrijving.test(text) ||
    patterns.moduleDocument.test(text) ||
    patterns.naamFunctie.test(text) ||
    patterns.code.test(text) ||
    patterns.functiereeks.test(text) ||
    patterns.functiegroep.test(text) ||
    patterns.kenmerken.test(text) ||
    patterns.resultaatgebied.test(text) ||
    patterns.functieModules.test(text) ||
    patterns.moduleNaam.test(text) ||
    patterns.moduleTaken.test(text)
  );
}

/** The overview's header row: "Pagina | Naam functie | Functiegroep | Indicatieve schaal". */
export function isOverzichtHeaderText(text: string): boolean {
  return /\bpagina\b/i.test(text) && /\bnaam\b/i.test(text) && /\bfunctiegroep\b/i.test(text);
}
