import type { Paginas } from '../schema/document.js';
import type { Change } from '../schema/diff.js';
import { changedValue, type Scope } from './change-builders.js';

/** The pages of a function or module, when pages are compared. */
export function diffPaginas(scope: Scope, old: Paginas, neu: Paginas, oldBase: string, newBase: string): Change[] {
  return [
    ...changedValue(scope, 'paginas', old.van, neu.van, `${oldBase}/paginas/van`, `${newBase}/paginas/van`),
    ...changedValue(scope, 'paginas', old.tot, neu.tot, `${oldBase}/paginas/tot`, `${newBase}/paginas/tot`),
  ];
}
