import type { Change, ChangeSubject, ChangeValue, FunctieRef } from '../schema/diff.js';

/** Where a change is, as a reader names it: the function, or the module, it belongs to. */
export interface Scope {
  functie: FunctieRef | null;
  module?: FunctieRef;
}

export function refOf(item: { code: string | null; naam: string | null }): FunctieRef {
  return { code: item.code, naam: item.naam };
}

function base(scope: Scope, subject: ChangeSubject) {
  return { subject, functie: scope.functie, ...(scope.module ? { module: scope.module } : {}) };
}

export function added(scope: Scope, subject: ChangeSubject, newPointer: string, text?: string | null): Change {
  return { kind: 'added', ...base(scope, subject), ...(text == null ? {} : { text }), newPointer };
}

export function removed(scope: Scope, subject: ChangeSubject, oldPointer: string, text?: string | null): Change {
  return { kind: 'removed', ...base(scope, subject), ...(text == null ? {} : { text }), oldPointer };
}

export function moved(scope: Scope, subject: ChangeSubject, oldPointer: string, newPointer: string, text?: string | null): Change {
  return { kind: 'moved', ...base(scope, subject), ...(text == null ? {} : { text }), oldPointer, newPointer };
}

/** A `changed` entry when the values differ, none when they are equal. */
export function changedValue(scope: Scope, subject: ChangeSubject, old: ChangeValue, neu: ChangeValue, oldPointer: string, newPointer: string): Change[] {
  return Object.is(old, neu) ? [] : [{ kind: 'changed', ...base(scope, subject), old, new: neu, oldPointer, newPointer }];
}
