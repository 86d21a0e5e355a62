import type { Hr21Document, OverzichtRij } from '../schema/document.js';
import type { Change } from '../schema/diff.js';
import { comparable } from '../parse/text.js';
import { type Alignment, align } from './align.js';
import { added, changedValue, moved, refOf, removed, type Scope } from './change-builders.js';
import type { DiffOptions } from './options.js';
import { overzichtTargets, type Target } from './overzicht-targets.js';
import { readingOrder } from './reading-order.js';

export interface PartAlignments {
  functies: Alignment;
  modules: Alignment;
}

function scopeOf(document: Hr21Document, target: Target): Scope {
  if (target?.kind === 'functie') return { functie: refOf(document.functies[target.index] as { code: string | null; naam: string | null }) };
  if (target?.kind === 'module') return { functie: null, module: refOf(document.modules[target.index] as { code: string | null; naam: string | null }) };
  return { functie: null };
}

/** A row's content, without its page unless pages are compared: rows whose page only shifted are unchanged. */
function contentOf(pages: boolean) {
  return ({ pagina, ...rest }: OverzichtRij) => JSON.stringify(pages ? { ...rest, pagina } : rest);
}

/**
 * Overview rows paired by the function or module they point to (so a row follows its
 * function through a rename), then by naam.
 */
export function diffOverzicht(oldDocument: Hr21Document, newDocument: Hr21Document, parts: PartAlignments, options: DiffOptions): Change[] {
  const oldTargets = overzichtTargets(oldDocument);
  const newTargets = overzichtTargets(newDocument);
  const newIndexOf = {
    functie: new Map(parts.functies.pairs.map((pair) => [pair.old, pair.new])),
    module: new Map(parts.modules.pairs.map((pair) => [pair.old, pair.new])),
  };
  const oldKeys = oldTargets.map((target) => {
    const paired = target && newIndexOf[target.kind].get(target.index);
    return target && paired !== undefined ? `${target.kind}:${paired}` : null;
  });
  const newKeys = newTargets.map((target) => (target ? `${target.kind}:${target.index}` : null));
  const byNaam = (rij: OverzichtRij) => comparable(rij.naam);
  const oldRows = oldDocument.overzicht;
  const newRows = newDocument.overzicht;
  const alignment = align(oldRows, newRows, {
    content: contentOf(options.pages ?? false),
    keys: [
      { old: oldKeys, new: newKeys },
      { old: oldRows.map(byNaam), new: newRows.map(byNaam) },
    ],
  });
  return readingOrder(alignment).flatMap((step): Change[] => {
    if (step.type === 'added') return [added(scopeOf(newDocument, newTargets[step.new] ?? null), 'overzicht', `/overzicht/${step.new}`, newRows[step.new]?.naam)];
    if (step.type === 'removed') return [removed(scopeOf(oldDocument, oldTargets[step.old] ?? null), 'overzicht', `/overzicht/${step.old}`, oldRows[step.old]?.naam)];
    const { pair } = step;
    const old = oldRows[pair.old] as OverzichtRij;
    const neu = newRows[pair.new] as OverzichtRij;
    const scope = scopeOf(newDocument, newTargets[pair.new] ?? null);
    const oldBase = `/overzicht/${pair.old}`;
    const newBase = `/overzicht/${pair.new}`;
    return [
      ...(pair.moved ? [moved(scope, 'overzicht', oldBase, newBase, neu.naam)] : []),
      ...changedValue(scope, 'naam', old.naam, neu.naam, `${oldBase}/naam`, `${newBase}/naam`),
      ...changedValue(scope, 'functiegroep', old.functiegroep, neu.functiegroep, `${oldBase}/functiegroep`, `${newBase}/functiegroep`),
      ...changedValue(scope, 'indicatieveSchaal', old.indicatieveSchaal, neu.indicatieveSchaal, `${oldBase}/indicatieveSchaal`, `${newBase}/indicatieveSchaal`),
      ...(options.pages ? changedValue(scope, 'pagina', old.pagina, neu.pagina, `${oldBase}/pagina`, `${newBase}/pagina`) : []),
    ];
  });
}
