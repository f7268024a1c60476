import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import type { Bundle, DetectedIssue, List, MedicationStatement } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJournal, parsePrescriptionList } from '../../src/decode';
import { CHANGE_TYPE_SYSTEM, issueSeverityOf, toFhir } from '../../src/fhir';
import { reconcile, type Reconciliation } from '../../src/reconcile';
import { loadR4, R4_LOAD_TIMEOUT_MS, r4Errors } from './validate';

const AS_OF = '2026-11-20';

const reconciled = (cosmic = JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8')), pascal = JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8'))): Reconciliation => {
  const journal = parseJournal(JSON.stringify(cosmic));
  const list = parsePrescriptionList(JSON.stringify(pascal));
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('must decode');
  const r = reconcile(journal.right, list.right, { asOf: AS_OF });
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
};

const resources = <T>(bundle: Bundle, type: string): T[] => (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource as T] : []));
const byFullUrl = (bundle: Bundle) => new Map((bundle.entry ?? []).map((e) => [e.fullUrl, e.resource]));


// The R4 definitions are indexed once per file; see validate.ts for why the timeout is generous.
beforeAll(loadR4, R4_LOAD_TIMEOUT_MS);

describe('toFhir: the reconciled list as a FHIR R4 collection Bundle', () => {
  const result = reconciled();
  const bundle = toFhir(result);

  it('validates with 0 errors in the R4 validator (@medplum/core)', () => {
    expect(bundle.type).toBe('collection');
    expect(r4Errors(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
  });

  it('holds one snapshot medication List with one entry per reconciled line, each a MedicationStatement', () => {
    const [list, ...more] = resources<List>(bundle, 'List');
    expect(more).toEqual([]);
    expect(list).toMatchObject({ status: 'current', mode: 'snapshot', date: AS_OF, code: { coding: expect.arrayContaining([{ system: 'http://loinc.org', code: '10160-0', display: 'History of Medication use Narrative' }]) } });
    expect(list!.entry).toHaveLength(result.lines.length);
    const urls = byFullUrl(bundle);
    for (const entry of list!.entry!) expect(urls.get(entry.item.reference)?.resourceType).toBe('MedicationStatement');
    expect(list!.entry!.every((e) => e.flag === undefined)).toBe(true);
  });

  it('describes each line: the zopiklon line is stopped, derived from C-4 and P-4, with a Swedish note', () => {
    const urls = byFullUrl(bundle);
    const list = resources<List>(bundle, 'List')[0]!;
    const zopiklon = list.entry!.find((e) => e.item.display === 'zopiklon')!;
    const statement = urls.get(zopiklon.item.reference) as MedicationStatement;
    expect(statement.status).toBe('stopped');
    expect(statement.note?.[0]?.text).toBe('Kräver beslut. Utsatt, makulerad eller ej påbörjad i ena systemet.');
    expect(statement.derivedFrom?.map((r) => r.display)).toEqual(['Journal C-4', 'E-recept P-4']);
  });

  it('has one DetectedIssue per deviation, implicating the items of both sides, with the action and risk in Swedish', () => {
    const issues = resources<DetectedIssue>(bundle, 'DetectedIssue');
    expect(issues).toHaveLength(result.deviations.length);
    expect(issues).toHaveLength(5);
    expect(issues.every((i) => i.status === 'preliminary')).toBe(true);
    const dose = issues.find((i) => i.code?.coding?.[0]?.code === 'dose')!;
    const doseDeviation = result.deviations.find((d) => d.discrepancy.kind === 'dose')!;
    expect(dose.implicated?.map((r) => r.display)).toEqual(['Journal C-2', 'E-recept P-2']);
    expect(dose.detail).toContain('Dosen skiljer: furosemid');
    expect(dose.detail).toContain(`Riskpoäng ${doseDeviation.riskScore}`);
    expect(dose.mitigation?.[0]?.action.text).toBe(doseDeviation.action.sv);
    const urls = byFullUrl(bundle);
    for (const ref of dose.implicated!) expect(['MedicationStatement', 'MedicationRequest']).toContain(urls.get(ref.reference)?.resourceType);
    const missing = issues.find((i) => i.code?.coding?.[0]?.code === 'missing-in-pascal')!;
    expect(missing.implicated?.map((r) => r.display)).toEqual(['Journal C-5']);
  });

  it('grades severity by the risk bands: 8–16 high, 4–7 moderate, 1–3 low; an unknown score counts as high', () => {
    const issues = resources<DetectedIssue>(bundle, 'DetectedIssue');
    expect(issues.map((i) => i.severity)).toEqual(result.deviations.map((d) => issueSeverityOf(d.riskScore)));
    expect(issues.find((i) => i.code?.coding?.[0]?.code === 'status')?.severity).toBe('high');
    expect(issues.find((i) => i.code?.coding?.[0]?.code === 'strength')?.severity).toBe('low');
    expect([1, 3, 4, 7, 8, 16, 0, 17, NaN].map(issueSeverityOf)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high', 'high', 'high', 'high']);
  });

  it('is deterministic: the same reconciliation gives the same Bundle', () => {
    expect(JSON.stringify(toFhir(reconciled()))).toBe(JSON.stringify(bundle));
  });

  it('never writes the personnummer but in the Patient identifier', () => {
    const text = JSON.stringify(bundle);
    expect(text.split('191212121212').length - 1).toBe(1);
    expect(text).not.toContain('19121212-1212');
  });
});

describe('toFhir with a previous list: Patient Medicine Change Types on each entry', () => {
  it('flags unchanged, changed, prescribed and ceased lines, and lists a drug that is gone as ceased', () => {
    const cosmic = JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8'));
    const pascal = JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8'));
    const before = structuredClone(cosmic);
    // Before: zopiklon still given, metformin at another dose, no oxikodon, an extra drug since removed.
    delete before.ordinations[3].discontinued;
    before.ordinations[0].dosage = { text: '1 tablett morgon', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }] };
    before.ordinations = before.ordinations.filter((o: { ordinationId: string }) => o.ordinationId !== 'C-5');
    before.ordinations.push({ ...before.ordinations[1], ordinationId: 'C-99', product: { name: 'Simvastatin 20 mg tablett', atc: 'C10AA01', substances: [{ name: 'simvastatin', strength: { value: 20, unit: 'mg' } }] } });
    const previous = reconciled(before, pascal);
    const now = reconciled(cosmic, pascal);
    const bundle = toFhir(now, { previousReconciliation: previous });
    expect(r4Errors(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
    const list = resources<List>(bundle, 'List')[0]!;
    const flag = (drug: string) => list.entry!.find((e) => e.item.display === drug)?.flag?.coding?.[0];
    expect(flag('metformin')).toEqual({ system: CHANGE_TYPE_SYSTEM, code: '02', display: 'Changed' });
    expect(flag('apixaban')?.code).toBe('01');
    expect(flag('oxikodon')?.code).toBe('04');
    expect(flag('zopiklon')?.code).toBe('05');
    expect(flag('simvastatin')?.code).toBe('05');
    const urls = byFullUrl(bundle);
    expect((urls.get(list.entry!.find((e) => e.item.display === 'simvastatin')!.item.reference) as MedicationStatement).status).toBe('unknown');
  });
});

describe('an OperationOutcome for the unreadable items', () => {
  it('is valid R4, and keeps the input path in its text, never in expression', () => {
    const cosmic = JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8'));
    cosmic.ordinations[0].period.start = 'not a date';
    const bundle = JSON.parse(JSON.stringify(toFhir(reconciled(cosmic))));
    expect(r4Errors(bundle)).toEqual([]);
    const outcome = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource).find((r: { resourceType: string }) => r.resourceType === 'OperationOutcome');
    expect(outcome.issue).toHaveLength(1);
    expect(outcome.issue[0].expression).toBeUndefined();
    expect(outcome.issue[0].diagnostics).toMatch(/\(i indata: ordinations\[0\]\.period\.start\)$/u);
  });

  it('says, as a warning, what could not be read of an item that is still on the list', () => {
    const cosmic = JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8'));
    cosmic.ordinations[0].route = 42;
    const bundle = JSON.parse(JSON.stringify(toFhir(reconciled(cosmic))));
    expect(r4Errors(bundle)).toEqual([]);
    const outcome = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource).find((r: { resourceType: string }) => r.resourceType === 'OperationOutcome');
    expect(outcome.issue.map((i: { severity: string; code: string; diagnostics: string }) => [i.severity, i.code, /\(i indata: ordinations\[0\]\.route\)$/u.test(i.diagnostics)])).toEqual([['warning', 'incomplete', true]]);
  });
});
