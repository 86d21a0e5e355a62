/**
 * A change to pdf.js for the bundles that read PDFs (made by pdfjs-worker-plugin.ts): how pdf.js
 * copies its text state, a copy text extraction makes at every saved graphics state (`q`) and at
 * every change of font.
 *
 * pdf.js 5 copies with `Object.assign(Object.create(this), this)`: the copy takes every field as
 * its own, and inherits from the state it was copied from. Making an object a prototype makes V8
 * give it a map of its own and drop what its inline caches knew of it; the copies of copies chain
 * on, so reads walk ever longer prototype chains. In a profile of bare text extraction of the
 * sample-style books this one method took a sixth of the time; with the change, extraction takes
 * a fifth to a quarter less. Every field of TextState is a class field, so the chain adds
 * nothing a copy reads but the class's methods: the copy inherits from TextState.prototype
 * instead, and reads and writes exactly what it did.
 *
 * The method is matched as pdf.js writes it; a pdf.js that writes it otherwise fails the build
 * here, so an upgrade cannot drop the change unnoticed.
 */
const COPY = 'const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();';
const FLAT_COPY = 'const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();';

/** pdf.js's worker source with the text state copied flat; throws when the method is not found exactly once. */
export function flattenTextStateCopy(source: string, file: string): string {
  const found = source.split(COPY).length - 1;
  if (found !== 1 || !source.includes('class TextState {')) {
    throw new Error(`${file}: expected TextState#clone as pdf.js 5 writes it once, found ${found}: review scripts/pdfjs-text-state.ts for this pdf.js`);
  }
  return source.replace(COPY, FLAT_COPY);
}
