import { runCachedBundle } from './cached-bundle.js';

/** A pool worker: the parser, bundled into one file with pdf.js and compiled from its code cache. */
runCachedBundle(new URL('./worker.bundle.cjs', import.meta.url));
