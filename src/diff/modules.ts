import type { Module } from '../schema/document.js';
import type { Change } from '../schema/diff.js';
import { comparable } from '../parse/text.js';
import { type Alignment, align } from './align.js';
import { added, changedValue, moved, refOf, removed, type Scope } from './change-builders.js';
import { mergeMoves } from './moves.js';
import type { DiffOptions } from './options.js';
import { diffPaginas } from './paginas.js';
import { diffNumberedSections } from './numbered-sections.js';
import { readingOrder } from './reading-order.js';

function contentOf(pages: boolean) {
  return ({ paginas, ...rest }: Module) => JSON.stringify(pages ? { ...rest, paginas } : rest);
}

/** Modules paired by naam, then by code where the naam changed. */
export function alignModules(oldModules: readonly Module[], newModules: readonly Module[], options: DiffOptions): Alignment {
  const byNaam = (module: Module) => (module.naam === null ? null : comparable(module.naam));
  const byCode = (module: Module) => module.code;
  return align(oldModules, newModules, {
    content: contentOf(options.pages ?? false),
    keys: [
      { old: oldModules.map(byNaam), new: newModules.map(byNaam) },
      { old: oldModules.map(byCode), new: newModules.map(byCode) },
    ],
  });
}

function diffModule(scope: Scope, old: Module, neu: Module, oldBase: string, newBase: string): Change[] {
  const sections = (module: Module) => module.taken.map((taak) => ({ nummer: taak.nummer, titel: taak.titel, items: taak.activiteiten }));
  return mergeMoves([
    ...changedValue(scope, 'naam', old.naam, neu.naam, `${oldBase}/naam`, `${newBase}/naam`),
    ...changedValue(scope, 'code', old.code, neu.code, `${oldBase}/code`, `${newBase}/code`),
    ...diffNumberedSections(scope, { section: 'taak', item: 'activiteit', itemsKey: 'activiteiten' }, sections(old), sections(neu), `${oldBase}/taken`, `${newBase}/taken`),
  ]);
}

/** Changes to the modules, one module after the other in reading order. */
export function diffModules(oldModules: readonly Module[], newModules: readonly Module[], alignment: Alignment, options: DiffOptions): Change[] {
  return readingOrder(alignment).flatMap((step): Change[] => {
    if (step.type === 'added') {
      const module = newModules[step.new] as Module;
      return [added({ functie: null, module: refOf(module) }, 'module', `/modules/${step.new}`)];
    }
    if (step.type === 'removed') {
      const module = oldModules[step.old] as Module;
      return [removed({ functie: null, module: refOf(module) }, 'module', `/modules/${step.old}`)];
    }
    const { pair } = step;
    const old = oldModules[pair.old] as Module;
    const neu = newModules[pair.new] as Module;
    const scope = { functie: null, module: refOf(neu) };
    const oldBase = `/modules/${pair.old}`;
    const newBase = `/modules/${pair.new}`;
    const move = pair.moved ? [moved(scope, 'module', oldBase, newBase, neu.naam ?? neu.code)] : [];
    if (pair.same) return move;
    return [...move, ...diffModule(scope, old, neu, oldBase, newBase), ...(options.pages ? diffPaginas(scope, old.paginas, neu.paginas, oldBase, newBase) : [])];
  });
}
