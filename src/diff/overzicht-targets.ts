import { comparable } from '../parse/text.js';
import type { Hr21Document } from '../schema/document.js';
import { namesMatch } from '../validate/overzicht-match.js';

export type Target = { kind: 'functie' | 'module'; index: number } | null;

const MODULE_PREFIX = /^module\s+/i;

/**
 * For each overview row, the function or module it describes: the same naam (ignoring case and
 * spaces), else a naam the row's short name starts ("Algemeen directeur" for "Algemeen
 * directeur/(gemeente)secretaris"). By name only, in linear time: validation's matching also
 * weighs pages and compares every row with every function, which costs seconds on a 600-page
 * book; here only which function a row names matters.
 */
export function overzichtTargets(document: Hr21Document): Target[] {
  const candidates = [
    ...document.functies.map((functie, index) => ({ kind: 'functie' as const, index, naam: functie.naam })),
    ...document.modules.map((module, index) => ({ kind: 'module' as const, index, naam: module.naam })),
  ].filter((candidate): candidate is typeof candidate & { naam: string } => candidate.naam !== null);
  const byName = new Map<string, (typeof candidates)[number][]>();
  for (const candidate of candidates) {
    const key = `${candidate.kind}:${comparable(candidate.naam)}`;
    byName.set(key, [...(byName.get(key) ?? []), candidate]);
  }
  const used = new Set<(typeof candidates)[number]>();
  const take = (candidate: (typeof candidates)[number] | undefined): Target => {
    if (!candidate) return null;
    used.add(candidate);
    return { kind: candidate.kind, index: candidate.index };
  };
  const rowNames = document.overzicht.map((rij) => ({ functie: rij.naam, module: rij.naam.replace(MODULE_PREFIX, '') }));
  const exact = rowNames.map(({ functie, module }) =>
    take(
      byName.get(`functie:${comparable(functie)}`)?.find((candidate) => !used.has(candidate)) ??
        (module === functie ? undefined : byName.get(`module:${comparable(module)}`)?.find((candidate) => !used.has(candidate))),
    ),
  );
  return exact.map((target, row) => {
    if (target) return target;
    const names = rowNames[row] as { functie: string; module: string };
    return take(candidates.find((candidate) => !used.has(candidate) && namesMatch(candidate.kind === 'module' ? names.module : names.functie, candidate.naam)));
  });
}
