import type { Line, Metrics } from '../layout/types.js';
import type { Module, ModuleTaak } from '../schema/document.js';
import { patterns } from '../vocabulary/headings.js';
import type { Ledger } from './ledger.js';
import { parseList } from './list.js';
import { recogniserFor, type Section, splitSections } from './sections.js';
import { joinLines } from './text.js';

const headings = [
  ['naam', patterns.moduleNaam],
  ['code', patterns.moduleCode],
  ['taken', patterns.moduleTaken],
] as const;
const recognise = recogniserFor(headings);

/** Numbered taken ("1. Coördinatie"), each followed by its activiteiten. */
function parseTaken(section: Section<string>, pointer: string, ledger: Ledger, metrics: Metrics): ModuleTaak[] {
  const taken: ModuleTaak[] = [];
  let current: { nummer: number; heading: Line; body: Line[]; title: string } | undefined;
  const groups: NonNullable<typeof current>[] = [];
  for (const line of section.body) {
    const numbered = line.bullet === null ? patterns.moduleTaak.exec(line.text) : null;
    if (numbered) {
      current = { nummer: Number(numbered[1]), heading: line, body: [], title: numbered[2] ?? '' };
      groups.push(current);
    } else if (current) {
      current.body.push(line);
    } else {
      ledger.reject(line, 'REGEL_NIET_HERKEND', 'text under "Module taken" before the first numbered taak');
    }
  }
  for (const group of groups) {
    const taakPointer = `${pointer}/${taken.length}`;
    const titleEnd = group.body.findIndex((line) => line.bullet !== null || line.textX > group.heading.textX + line.fontSize * 0.5);
    const titleLines = titleEnd === -1 ? group.body : group.body.slice(0, titleEnd);
    const { items, stray } = parseList(group.body.slice(titleLines.length), metrics);
    ledger.claim([group.heading, ...titleLines], 'kop', `${taakPointer}/titel`);
    ledger.rejectAll(stray, `text outside the activiteiten of module taak ${group.nummer}`);
    const activiteiten = items.map((item, index) => {
      ledger.claim(item.lines, 'activiteit', `${taakPointer}/activiteiten/${index}`);
      return joinLines(item.lines);
    });
    const titel = joinLines([group.title, ...titleLines]);
    taken.push({ nummer: group.nummer, titel: titel === '' ? null : titel, activiteiten });
  }
  return taken;
}

/** Parses one module document, from its "Module HR21" heading to the line before the next document. */
export function parseModule(lines: readonly Line[], index: number, ledger: Ledger, metrics: Metrics): Module {
  const [heading, ...rest] = lines as [Line, ...Line[]];
  const pointer = `/modules/${index}`;
  ledger.claim(heading, 'kop', pointer);
  const { before, sections } = splitSections(rest, recognise, metrics);
  ledger.rejectAll(before, 'text between "Module HR21" and the first field');
  const module: Module = {
    naam: null,
    code: null,
    taken: [],
    paginas: { van: heading.page, tot: Math.max(heading.page, ...lines.map((line) => line.page)) },
  };
  for (const section of sections) {
    switch (section.kind) {
      case 'naam':
      case 'code': {
        ledger.claim([section.heading, ...section.body], 'veld', `${pointer}/${section.kind}`);
        const value = joinLines([section.captures[0] ?? '', ...section.body]);
        module[section.kind] = value === '' ? null : value;
        break;
      }
      case 'taken':
        ledger.claim(section.heading, 'kop', `${pointer}/taken`);
        module.taken = parseTaken(section, `${pointer}/taken`, ledger, metrics);
        break;
      case 'onbekend':
        ledger.reject(section.heading, 'KOP_ONBEKEND', 'unknown heading in a module');
        ledger.rejectAll(section.body, `text under the unknown heading "${section.heading.text}"`);
        break;
    }
  }
  return module;
}
