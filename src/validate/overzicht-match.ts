import type { Module, OverzichtRij } from '../schema/document.js';
import type { ParsedFunctie } from '../parse/functie.js';
import { comparable } from '../parse/text.js';
import type { CodedWarning, Subject } from '../warnings/warning-codes.js';

/**
 * Equal ignoring case and whitespace, or the overview's short name is a prefix of the full
 * name that ends at a word boundary ("Algemeen directeur" for "Algemeen directeur/(gemeente)secretaris",
 * but not "Manager II" for "Manager III").
 */
export function namesMatch(overzichtNaam: string, naam: string): boolean {
  const short = comparable(overzichtNaam);
  const full = comparable(naam);
  if (short === full) return true;
  return full.startsWith(short) && !/[\p{L}\p{N}]/u.test(full.charAt(short.length));
}

const MODULE_PREFIX = /^module\s+/i;

interface Target {
  naam: string | null;
  van: number;
  kind: 'functie' | 'module';
  index: number;
}

/** Where the given functions and modules sit in the document, and whether the overview opens an appended export. */
export interface Scope {
  functie: number;
  module: number;
  appended: boolean;
}

function targets(functies: readonly ParsedFunctie[], modules: readonly Module[], scope: Scope): Target[] {
  return [
    ...functies.map((functie, index) => ({ naam: functie.naam, van: functie.paginas.van, kind: 'functie' as const, index: scope.functie + index })),
    ...modules.map((module, index) => ({ naam: module.naam, van: module.paginas.van, kind: 'module' as const, index: scope.module + index })),
  ];
}

function rowMatchesTarget(rij: OverzichtRij, target: Target): boolean {
  if (target.naam === null) return false;
  if (target.kind === 'module') return namesMatch(rij.naam.replace(MODULE_PREFIX, ''), target.naam);
  return namesMatch(rij.naam, target.naam);
}

export interface OverzichtMatch {
  /** For each overview row, the function or module it describes. */
  byRow: (Target | null)[];
  warnings: CodedWarning[];
}

/**
 * The pages before an appended export: its overview counts pages from its own first page. The
 * distance most rows agree on, between where a row says its function starts and where a
 * function of that name starts in the file.
 */
function pageOffset(overzicht: readonly OverzichtRij[], all: readonly Target[]): number {
  const votes = new Map<number, number>();
  for (const rij of overzicht) {
    if (rij.pagina === null) continue;
    for (const target of all) if (rowMatchesTarget(rij, target)) votes.set(target.van - rij.pagina, (votes.get(target.van - rij.pagina) ?? 0) + 1);
  }
  let best = 0;
  for (const [offset, count] of votes) if (count > (votes.get(best) ?? 0)) best = offset;
  return best;
}

/**
 * Pairs overview rows with functions and modules: by the page the row points to, or else by
 * name; every way they disagree becomes a warning.
 */
export function matchOverzicht(
  overzicht: readonly OverzichtRij[],
  overzichtPage: number | null,
  functies: readonly ParsedFunctie[],
  modules: readonly Module[],
  scope: Scope = { functie: 0, module: 0, appended: false },
): OverzichtMatch {
  const all = targets(functies, modules, scope);
  const offset = scope.appended ? pageOffset(overzicht, all) : 0;
  const used = new Set<Target>();
  const warnings: CodedWarning[] = [];
  const subject = (target: Target): Subject => ({ kind: target.kind, naam: target.naam, page: target.van });
  const byRow = overzicht.map((rij) => {
    const free = all.filter((target) => !used.has(target));
    const onPage = free.filter((target) => rij.pagina !== null && target.van === rij.pagina + offset);
    const byName = free.filter((target) => rowMatchesTarget(rij, target));
    const match = onPage.find((target) => byName.includes(target)) ?? byName[0] ?? onPage[0] ?? null;
    if (!match) {
      warnings.push({
        code: 'OVERZICHT_ZONDER_FUNCTIE',
        message: `overview row "${rij.naam}" (page ${rij.pagina ?? '-'}) matches no function or module in the document`,
        page: overzichtPage,
        params: { naam: rij.naam, page: rij.pagina },
      });
      return null;
    }
    used.add(match);
    const label = `"${match.naam ?? `page ${match.van}`}"`;
    if (!rowMatchesTarget(rij, match)) {
      warnings.push({
        code: 'OVERZICHT_NAAM_AFWIJKEND',
        message: `overview names the ${match.kind} on page ${match.van} "${rij.naam}", the ${match.kind} itself says ${label}`,
        page: overzichtPage,
        params: { target: subject(match), naam: rij.naam },
      });
    }
    if (rij.pagina !== null && rij.pagina + offset !== match.van) {
      warnings.push({
        code: 'OVERZICHT_PAGINA_AFWIJKEND',
        message: `overview puts ${label} on page ${rij.pagina}${offset === 0 ? '' : ` of its export (${rij.pagina + offset} in the file)`}, it starts on page ${match.van}`,
        page: overzichtPage,
        params: { target: subject(match), page: rij.pagina },
      });
    }
    return match;
  });
  for (const target of all) {
    if (used.has(target) || overzicht.length === 0) continue;
    const code = target.kind === 'functie' ? 'FUNCTIE_NIET_IN_OVERZICHT' : 'MODULE_NIET_IN_OVERZICHT';
    const message = `${target.kind} "${target.naam ?? '?'}" (page ${target.van}) is missing from the overview`;
    warnings.push({ code, message, page: target.van, params: { target: subject(target) } });
  }
  return { byRow, warnings };
}
