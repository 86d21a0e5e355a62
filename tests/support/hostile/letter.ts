import { PDFDocument, StandardFonts } from 'pdf-lib';

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56;
const FONT_SIZE = 11;
const LEADING = 15;

/** One A4 page of plain Helvetica lines, top to bottom, as a word processor would print it. */
async function textPage(lines: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  for (const line of lines) {
    if (line !== '') page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
    y -= LEADING;
  }
  return pdf.save();
}

/**
 * A readable, ordinary Dutch letter from the same kind of sender as an HR21 document (a
 * municipality, about a job) but without any HR21 structure: no functiefamilie, no normfunctie
 * headings, no tables. Accents exercise WinAnsi (ë, é).
 */
export function letter(): Promise<Uint8Array> {
  return textPage([
    'Gemeente Voorbeeldstad',
    'Postbus 1234, 1000 AB Voorbeeldstad',
    '',
    'Aan de heer J. de Vries',
    'Kerkstraat 12',
    '1011 AA Voorbeeldstad',
    '',
    'Voorbeeldstad, 14 maart 2025',
    'Onderwerp: uitnodiging voor een gesprek',
    '',
    'Geachte heer De Vries,',
    '',
    'Hartelijk dank voor uw sollicitatie naar de functie van beleidsmedewerker.',
    'Wij nodigen u graag uit voor een kennismakingsgesprek op het stadhuis.',
    'Het gesprek duurt ongeveer een uur; neemt u een geldig identiteitsbewijs mee.',
    'Na afloop ontvangt u binnen twee weken bericht over de financiële afspraken.',
    '',
    'Met vriendelijke groet,',
    '',
    'Mevrouw A. Bakker',
    'Afdeling Personeel & Organisatie',
  ]);
}

/** A readable one-page invoice: numbers and amounts, again no HR21 structure. */
export function invoice(): Promise<Uint8Array> {
  return textPage([
    'Drukkerij Het Anker B.V.',
    'KvK 12345678   BTW NL001234567B01',
    '',
    'FACTUUR',
    'Factuurnummer: 2025-0042        Factuurdatum: 3 februari 2025',
    'Debiteur: Gemeente Voorbeeldstad, t.a.v. crediteurenadministratie',
    '',
    'Omschrijving                                  Aantal     Prijs      Bedrag',
    'Briefpapier A4, 90 grams                       5000    0,04     200,00',
    'Enveloppen C5 met venster                      2000    0,06     120,00',
    'Visitekaartjes (café-ontwerp)                   250    0,20      50,00',
    '',
    'Subtotaal                                                         370,00',
    'BTW 21%                                                            77,70',
    'Totaal te betalen (EUR)                                           447,70',
    '',
    'Gelieve binnen 30 dagen over te maken op NL91 ABNA 0417 1643 00.',
  ]);
}
