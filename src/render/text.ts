import { checkList, type ListChecks } from '../checks';
import { isUnknown, maskPatientId, redactPersonnummer } from '../model';
import type { Line, Reconciliation } from '../reconcile';
import { discrepancyLabel, sideText } from './discrepancy-text';
import { SUPPLY_LABEL } from './swedish';

const SOURCE_NAME = { cosmic: 'Journal', pascal: 'Pascal' } as const;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A short Swedish summary for a pharmacist: the patient (personnummer masked), the date, every
 * discrepancy with both values, then what agrees, what is not on prescription, what is not in force,
 * the clinical checks' findings (läkemedelsgenomgång — att överväga), the items that could not be read
 * and the fields that could not be read (the items themselves are on their lines). `checks` is the
 * result of `checkList(r)` where the caller has it already; without it, the checks run here.
 *
 * @example
 * console.log(renderText(result))
 * // Läkemedelsavstämning 2026-11-20
 * // Patient: 19121212-****
 * // ...
 * renderText(result, checkList(result)) // the same text, the checks given
 */
export const renderText = (r: Reconciliation, checks: ListChecks = checkList(r)): string => {
  const out: string[] = [];
  out.push(`Läkemedelsavstämning ${r.asOf}`);
  out.push(`Patient: ${maskPatientId(r.patient.id)}`);
  out.push(
    `Journalens ordinationslista (Cosmic): ${plural(r.items.cosmic.length, 'ordination', 'ordinationer')}. ` +
      `E-receptlistan (Pascal): ${plural(r.items.pascal.length, 'recept', 'recept')}.`,
  );
  out.push('');
  if (r.discrepancies.length === 0) {
    out.push('Inga skillnader mellan listorna.');
  } else {
    out.push(`${plural(r.discrepancies.length, 'skillnad', 'skillnader')} mellan listorna – läkare eller farmaceut måste ta ställning:`);
    r.discrepancies.forEach((d, k) => {
      out.push(`${String(k + 1).padStart(3)}. ${discrepancyLabel(d)}: ${d.drug}`);
      out.push(`      Journal${d.cosmic.length > 0 ? ` ${d.cosmic.join(', ')}` : ''}: ${sideText(d, 'cosmic')}`);
      out.push(`      Pascal${d.pascal.length > 0 ? ` ${d.pascal.join(', ')}` : ''}: ${sideText(d, 'pascal')}`);
    });
  }
  const section = (title: string, lines: ReadonlyArray<Line>, describe: (l: Line) => string) => {
    if (lines.length === 0) return;
    out.push('');
    out.push(`${title} (${lines.length}):`);
    for (const l of lines) out.push(`   - ${describe(l)}`);
  };
  const ids = (l: Line) => [...l.items.cosmic.map((i) => `${SOURCE_NAME.cosmic} ${i.id}`), ...l.items.pascal.map((i) => `${SOURCE_NAME.pascal} ${i.id}`)].join(', ');
  section('Överensstämmer', r.lines.filter((l) => l.status === 'agreed'), (l) => `${l.drug} (${ids(l)})`);
  section('Ej på recept, förväntas saknas i Pascal', r.lines.filter((l) => l.status === 'not-on-prescription'), (l) => {
    const supply = [...new Set(l.items.cosmic.map((i) => (isUnknown(i.supply) ? 'okänt' : SUPPLY_LABEL[i.supply])))].join(', ');
    return `${l.drug}, ${supply} (${ids(l)})`;
  });
  section('Ej aktuella på avstämningsdagen', r.lines.filter((l) => l.status === 'inactive'), (l) => `${l.drug} (${ids(l)})`);
  const findings = checks.findings;
  if (findings.length > 0) {
    out.push('');
    out.push(`Läkemedelsgenomgång — att överväga (${findings.length}):`);
    for (const f of findings) out.push(`   - ${f.assessment === 'not-assessable' ? 'Kan inte bedömas. ' : ''}${f.text} [${f.source.citation}]`);
  }
  if (r.invalid.length > 0) {
    out.push('');
    out.push(`Poster som inte kunde läsas (${r.invalid.length}) – kontrollera dem i källsystemet:`);
    for (const i of r.invalid) out.push(`   - ${SOURCE_NAME[i.source]} ${i.id ?? `post nr ${i.index + 1}`}: ${i.path}: ${i.message}`);
  }
  if (r.problems.length > 0) {
    out.push('');
    out.push(`Uppgifter som inte kunde läsas (${r.problems.length} ${r.problems.length === 1 ? 'post' : 'poster'}, jämförda som okända) – kontrollera dem i källsystemet:`);
    for (const i of r.problems) for (const p of i.problems) out.push(`   - ${SOURCE_NAME[i.source]} ${i.id}: ${p.path}: ${p.message}`);
  }
  // The summary is read and passed on: a personnummer-shaped run in any data (an item id) is redacted.
  return `${redactPersonnummer(out.join('\n'))}\n`;
};
