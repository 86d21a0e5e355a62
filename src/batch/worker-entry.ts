import { runCachedBundle } from './cached-bundle.js';

/** A pool worker or page-range helper: the parser and pdf.js in one file, compiled from its code cache. */
runCachedBundle(new URL('./worker.bundle.cjs', import.meta.url));
