import type { Functie } from '../schema/document.js';
import type { Change } from '../schema/diff.js';
import { comparable } from '../parse/text.js';
import { type Alignment, align } from './align.js';
import { added, moved, refOf, removed } from './change-builders.js';
import { diffFunctie } from './functie.js';
import type { DiffOptions } from './options.js';
import { diffPaginas } from './paginas.js';
import { readingOrder } from './reading-order.js';

/** A function's content, without its pages unless they are compared: a function that only moved to other pages is unchanged. */
function contentOf(pages: boolean) {
  return ({ paginas, ...rest }: Functie) => JSON.stringify(pages ? { ...rest, paginas } : rest);
}

/** Functions paired by code, then by naam where the code changed. */
export function alignFuncties(oldFuncties: readonly Functie[], newFuncties: readonly Functie[], options: DiffOptions): Alignment {
  const byNaam = (functie: Functie) => (functie.naam === null ? null : comparable(functie.naam));
  const byCode = (functie: Functie) => functie.code;
  return align(oldFuncties, newFuncties, {
    content: contentOf(options.pages ?? false),
    keys: [
      { old: oldFuncties.map(byCode), new: newFuncties.map(byCode) },
      { old: oldFuncties.map(byNaam), new: newFuncties.map(byNaam) },
    ],
  });
}

/** Changes to the functions, one function after the other in reading order. */
export function diffFuncties(oldFuncties: readonly Functie[], newFuncties: readonly Functie[], alignment: Alignment, options: DiffOptions): Change[] {
  return readingOrder(alignment).flatMap((step): Change[] => {
    if (step.type === 'added') {
      const functie = newFuncties[step.new] as Functie;
      return [added({ functie: refOf(functie) }, 'functie', `/functies/${step.new}`)];
    }
    if (step.type === 'removed') {
      const functie = oldFuncties[step.old] as Functie;
      return [removed({ functie: refOf(functie) }, 'functie', `/functies/${step.old}`)];
    }
    const { pair } = step;
    const old = oldFuncties[pair.old] as Functie;
    const neu = newFuncties[pair.new] as Functie;
    const scope = { functie: refOf(neu) };
    const oldBase = `/functies/${pair.old}`;
    const newBase = `/functies/${pair.new}`;
    const move = pair.moved ? [moved(scope, 'functie', oldBase, newBase, neu.naam ?? neu.code)] : [];
    // Most functions of a new edition are unchanged: equal content needs no comparing.
    if (pair.same) return move;
    return [...move, ...diffFunctie(scope, old, neu, oldBase, newBase), ...(options.pages ? diffPaginas(scope, old.paginas, neu.paginas, oldBase, newBase) : [])];
  });
}
