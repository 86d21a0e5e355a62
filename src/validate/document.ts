import { Hr21Error } from '../errors/hr21-error.js';
import type { ParsedDocument } from '../parse/document.js';
import { comparable } from '../parse/text.js';
import { type Hr21Document, hr21DocumentSchema, type Source } from '../schema/document.js';
import type { CodedWarning } from '../warnings/warning-codes.js';
import { checkCodeLevel, checkModule, checkNumbering, checkSections } from './crosschecks.js';
import { matchOverzicht } from './overzicht-match.js';

export interface Validated {
  document: Hr21Document;
  /** The document's warnings in the same order, with the values behind each message. */
  warnings: CodedWarning[];
}

/**
 * Joins the overview to the functions (indicatieve schaal), runs every cross-check and
 * validates the result against the schema, which is the contract: a failure there is our bug.
 * The schema keeps only the JSON fields of each warning, so params never reach the output.
 */
export function validateParsed(parsed: ParsedDocument, source: Source, extraWarnings: CodedWarning[] = []): Validated {
  const schaal = new Map<number, number | null>();
  const warnings: CodedWarning[] = [...extraWarnings, ...parsed.ledger.warnings];
  // Each overview describes its own export's functions and modules.
  parsed.overzichten.forEach((deel, position) => {
    const rows = parsed.overzicht.slice(deel.rijen.van, deel.rijen.tot);
    const match = matchOverzicht(rows, deel.pagina, parsed.functies.slice(deel.functies.van, deel.functies.tot), parsed.modules.slice(deel.modules.van, deel.modules.tot), {
      functie: deel.functies.van,
      module: deel.modules.van,
      appended: position > 0,
    });
    warnings.push(...match.warnings);
    match.byRow.forEach((target, row) => {
      const rij = rows[row];
      if (!target || !rij || target.kind !== 'functie') return;
      schaal.set(target.index, rij.indicatieveSchaal);
      const groep = parsed.functies[target.index]?.functiegroep?.naam;
      if (rij.functiegroep !== null && groep !== undefined && comparable(rij.functiegroep) !== comparable(groep)) {
        warnings.push({
          code: 'OVERZICHT_FUNCTIEGROEP_AFWIJKEND',
          message: `overview gives "${rij.naam}" functiegroep "${rij.functiegroep}", the function on page ${target.van} says "${groep}"`,
          page: deel.pagina,
          params: { naam: rij.naam, overzicht: rij.functiegroep, page: target.van, functie: groep },
        });
      }
    });
  });
  const functies = parsed.functies.map((functie, index) => {
    warnings.push(...checkSections(functie), ...checkCodeLevel(functie), ...checkNumbering(functie));
    return { ...functie, indicatieveSchaal: schaal.get(index) ?? null };
  });
  for (const module of parsed.modules) warnings.push(...checkModule(module));

  const result = hr21DocumentSchema.safeParse({
    schemaVersion: 1,
    source,
    overzicht: parsed.overzicht,
    functies,
    modules: parsed.modules,
    warnings,
  });
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('/')}: ${issue.message}`).join('; ');
    throw new Hr21Error('HR21_INTERNAL', `the parsed document breaks the output contract (a bug, please report it): ${issues}`, { params: { detail: issues } });
  }
  return { document: result.data, warnings };
}

/** The validated document alone. */
export function validateDocument(parsed: ParsedDocument, source: Source, extraWarnings: CodedWarning[] = []): Hr21Document {
  return validateParsed(parsed, source, extraWarnings).document;
}
