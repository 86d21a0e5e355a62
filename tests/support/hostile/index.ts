/** Builders of hostile PDF input, one module a family; each returns the bytes of one bad file. */
export { brokenBeyondRepair, brokenXrefRecoverable, truncated } from './damaged.js';
export { ownerPasswordOnly, qpdfAvailable, qpdfMissingReason, userPassword, type Cipher } from './encrypted.js';
export { fontMatrixInjection, fontMatrixPayload, payloadText } from './font-matrix-payload.js';
export { manyPages } from './large.js';
export { invoice, letter } from './letter.js';
export { mutate, mutationNames, type Mutant, type MutationName } from './mutations.js';
export { empty, html, randomBytes, zip } from './not-pdf.js';
export { mulberry32, type Random } from './prng.js';
export { scanned } from './scanned.js';
