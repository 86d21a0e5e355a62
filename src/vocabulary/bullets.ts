/** Glyphs that can only be bullets: private-use Symbol/Wingdings codes and bullet shapes. */
export const UNAMBIGUOUS_BULLET = /^[\uE000-\uF8FF•▪◦●■□○‣⁃∙·➢➤►▸✓✔➔→]/u;
/** Glyphs that are bullets only when they stand apart at the start of a line. */
export const AMBIGUOUS_BULLET = /^(?:o|-|–|—|\*)$/;

/** A bullet as a reader should see it: Symbol and Wingdings codes show as boxes outside their font. */
export function printableBullet(glyph: string): string {
  return /^[\uE000-\uF8FF]$/u.test(glyph) ? '•' : glyph;
}
