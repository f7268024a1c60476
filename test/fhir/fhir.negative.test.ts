import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir, parseFhirBundle } from '../../src/fhir';
import { bundle, dose, medication, patient, request, statement, timed } from './builders';

const metformin = medication('Metformin 500 mg tablett', 'metformin', 500);
const good = request('rx-ok', metformin, [timed('1 tablett morgon', 1, ['08:00:00'])]);

/** Reads a bundle of one bad resource and one good one: the good one must be read, the bad one reported. */
const invalidOf = (bad: Record<string, unknown>, source: 'cosmic' | 'pascal' = 'pascal') => {
  const list = fromFhir(bundle(bad, source === 'pascal' ? good : statement('ms-ok', metformin, [timed('1 tablett morgon', 1, ['08:00:00'])])), { source });
  if (E.isLeft(list)) throw new Error(`the document was rejected: ${list.left.message}`);
  const items = list.right.source === 'pascal' ? list.right.prescriptions : list.right.ordinations;
  expect(items.map((i) => i.id)).toEqual([source === 'pascal' ? 'rx-ok' : 'ms-ok']);
  expect(list.right.invalid).toHaveLength(1);
  return list.right.invalid[0]!;
};

/**
 * Reads a bundle of one resource with an unreadable field and one good one: both take part, and the
 * field's problems are listed in `problems` (the item's id, index and FHIR path), never in `invalid`.
 */
const unknownOf = (bad: Record<string, unknown>) => {
  const list = fromFhir(bundle(bad, good), { source: 'pascal' });
  if (E.isLeft(list)) throw new Error(`the document was rejected: ${list.left.message}`);
  expect(list.right.invalid).toEqual([]);
  expect(list.right.prescriptions.map((i) => i.id)).toEqual(['rx-bad', 'rx-ok']);
  expect(list.right.problems).toHaveLength(1);
  return list.right.problems[0]!;
};

const withDosage = (...dosageInstruction: Record<string, unknown>[]) => request('rx-bad', metformin, dosageInstruction);

describe('an unmappable dosage is unknown, its problem listed with its FHIR path; the item takes part', () => {
  it('a period in months', () => {
    const bad = unknownOf(withDosage(timed('1 injektion var tredje månad', 1, ['08:00:00'], {}, { frequency: 1, period: 3, periodUnit: 'mo' })));
    expect([bad.id, bad.index, bad.path, bad.message]).toEqual([
      'rx-bad',
      1,
      'entry[1].resource.dosageInstruction[0].timing.repeat.periodUnit',
      'expected d, wk or h; a period in months has no fixed number of days; the dosage is unknown (its text is kept)',
    ]);
  });

  it('an afternoon, which spans two slots of the day', () => {
    const bad = unknownOf(withDosage({ text: '1 tablett på eftermiddagen', timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['AFT'] } }, ...dose(1) }));
    expect(bad.path).toBe('entry[1].resource.dosageInstruction[0].timing.repeat.when[0]');
    expect(bad.message).toMatch(/^expected an event timing with one slot of the day; an afternoon spans the midday and the evening slot/u);
  });

  it('a rate that is a range, not per a time, given at times or as needed', () => {
    const range = unknownOf(withDosage({ text: 'infusion 2–5 ml/h', doseAndRate: [{ rateRange: { low: { value: 2, unit: 'ml/h' }, high: { value: 5, unit: 'ml/h' } } }] }));
    expect([range.path, range.message]).toEqual([
      'entry[1].resource.dosageInstruction[0].doseAndRate[0].rateRange',
      'expected one rate (rateQuantity or rateRatio): a range of rates cannot be compared; the dosage is unknown (its text is kept)',
    ]);
    expect(unknownOf(withDosage({ text: 'infusion 5 ml', doseAndRate: [{ rateQuantity: { value: 5, unit: 'ml' } }] })).path).toBe('entry[1].resource.dosageInstruction[0].doseAndRate[0].rateQuantity.unit');
    expect(unknownOf(withDosage({ text: 'infusion', doseAndRate: [{ rateRatio: { numerator: { value: 5, unit: 'ml' }, denominator: { value: 1, unit: 'ml' } } }] })).path).toBe(
      'entry[1].resource.dosageInstruction[0].doseAndRate[0].rateRatio.denominator.code',
    );
    expect(unknownOf(withDosage({ text: '5 ml/h morgon', timing: { repeat: { when: ['MORN'] } }, doseAndRate: [{ rateQuantity: { value: 5, unit: 'ml/h' } }] })).path).toBe('entry[1].resource.dosageInstruction[0].timing');
    expect(unknownOf(withDosage({ text: '5 ml/h vid behov', asNeededBoolean: true, doseAndRate: [{ rateQuantity: { value: 5, unit: 'ml/h' } }] })).path).toBe('entry[1].resource.dosageInstruction[0].doseAndRate');
  });

  it('a continuous rate beside doses, and dated doses beside a repeating timing in another Dosage', () => {
    const mixed = unknownOf(withDosage({ sequence: 1, text: '5 ml/h', doseAndRate: [{ rateQuantity: { value: 5, unit: 'ml/h' } }] }, { ...timed('1 tablett morgon', 1, ['08:00:00']), sequence: 1 }));
    expect([mixed.path, mixed.message]).toEqual([
      'entry[1].resource.dosageInstruction[1].doseAndRate',
      'expected a rate alone: a continuous rate and doses in one item cannot be compared; the dosage is unknown (its text is kept)',
    ]);
    const dated = unknownOf(withDosage({ sequence: 1, text: 'en dos', timing: { event: ['2026-11-20T08:00:00+01:00'] }, ...dose(1) }, { ...timed('1 tablett morgon', 1, ['08:00:00']), sequence: 1 }));
    expect(dated.path).toBe('entry[1].resource.dosageInstruction[1].timing.repeat');
  });

  it('a dose at a listed day with no time of day', () => {
    const bad = unknownOf(withDosage({ text: 'en dos den 20 november', timing: { event: ['2026-11-20'] }, ...dose(1) }));
    expect([bad.path, bad.message]).toEqual([
      'entry[1].resource.dosageInstruction[0].timing.event[0]',
      'expected a date and a time of day: a dose on a day at no stated time has no slot, got "2026-11-20"; the dosage is unknown (its text is kept)',
    ]);
  });

  it('a frequency that does not match the times of day, and parallel doses without times', () => {
    const freq = unknownOf(withDosage(timed('1 tablett 3 gånger', 1, ['08:00:00', '20:00:00'], {}, { frequency: 3 })));
    expect([freq.path, freq.message]).toEqual(['entry[1].resource.dosageInstruction[0].timing.repeat.frequency', 'expected 2 (one dose per time of day given), got 3; the dosage is unknown (its text is kept)']);
    const untimed = unknownOf(withDosage(timed('morgon', 1, ['08:00:00']), { sequence: 1, text: 'och 2 gånger till', timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } }, ...dose(1) }));
    expect(untimed.path).toBe('entry[1].resource.dosageInstruction[1].timing.repeat');
  });

  it('a scheduled dose range, a dose without a size, and no dosage at all', () => {
    expect(unknownOf(withDosage({ text: '1–2 tabletter morgon', timing: { repeat: { when: ['MORN'] } }, doseAndRate: [{ doseRange: { low: { value: 1, unit: 'tablett' }, high: { value: 2, unit: 'tablett' } } }] })).path).toBe(
      'entry[1].resource.dosageInstruction[0].doseAndRate[0].doseRange',
    );
    expect(unknownOf(withDosage({ text: 'morgon', timing: { repeat: { when: ['MORN'] } } })).path).toBe('entry[1].resource.dosageInstruction[0].doseAndRate');
    const none = unknownOf({ ...withDosage(), dosageInstruction: undefined });
    expect([none.path, none.message]).toEqual(['entry[1].resource.dosageInstruction', 'expected at least one Dosage; the dosage is unknown']);
  });

  it('a sequence on some Dosage elements only, and a dose step with no start', () => {
    expect(unknownOf(withDosage(timed('a', 1, ['08:00:00']), { ...timed('b', 1, ['20:00:00']), sequence: undefined })).path).toBe('entry[1].resource.dosageInstruction[1].sequence');
    // With no start of its own, a dose step's start is the item's: without one, whether it is in force cannot be read.
    const steps = invalidOf({ ...withDosage(timed('steg 1', 2, ['08:00:00']), { ...timed('steg 2', 1, ['08:00:00']), sequence: 2 }), authoredOn: undefined, dispenseRequest: undefined });
    expect(steps.path).toBe('entry[1].resource.authoredOn');
    const later = unknownOf({ ...withDosage(timed('steg 1', 2, ['08:00:00']), { ...timed('steg 2', 1, ['08:00:00']), sequence: 2 }) });
    expect(later.path).toBe('entry[1].resource.dosageInstruction[1].timing.repeat.boundsPeriod.start');
  });
});

describe('bad FHIR gets the same clear errors with paths', () => {
  it('a value of the wrong type, at its path, with what was expected', () => {
    const bad = unknownOf(withDosage({ ...timed('x', 1, ['8:00']), doseAndRate: [{ doseQuantity: { value: '1', unit: 'tablett' } }] }));
    expect(bad.problems).toEqual([
      { path: 'entry[1].resource.dosageInstruction[0].timing.repeat.timeOfDay[0]', message: 'expected time of day (hh:mm:ss), got "8:00"; the element is unknown' },
      { path: 'entry[1].resource.dosageInstruction[0].doseAndRate[0].doseQuantity.value', message: 'expected number, got "1"; the element is unknown' },
      { path: 'entry[1].resource.dosageInstruction', message: 'expected at least one Dosage; the dosage is unknown' },
    ]);
  });

  it('a medicationReference that names nothing, a modifier extension, an e-prescription that does not say how it is dispensed', () => {
    expect(invalidOf({ ...good, id: 'rx-bad', medicationReference: { reference: 'Medication/nope' } }).path).toBe('entry[1].resource.medicationReference.reference');
    expect(invalidOf({ ...good, id: 'rx-bad', modifierExtension: [{ url: 'http://example.org/x', valueBoolean: true }] }).path).toBe('entry[1].resource.modifierExtension');
    const undispensed = unknownOf({ ...good, id: 'rx-bad', extension: undefined });
    expect(undispensed.message).toMatch(/^expected the dispensing extension .* or the defaultDispensing option/u);
    const defaulted = fromFhir(bundle({ ...good, extension: undefined }), { source: 'pascal', defaultDispensing: 'whole-package' });
    expect(E.isRight(defaulted) && defaulted.right.prescriptions.map((p) => p.dispensing)).toEqual(['whole-package']);
  });

  it('a resource whose subject names no patient, and two resources with one id', () => {
    expect(invalidOf({ ...good, id: 'rx-bad', subject: { display: 'någon' } }).path).toBe('entry[1].resource.subject');
    const list = fromFhir(bundle(good, { ...good }), { source: 'pascal' });
    expect(E.isRight(list) && list.right.invalid.map((i) => i.path)).toEqual(['entry[1].resource.id', 'entry[2].resource.id']);
  });

  it('a partial date where a day is needed', () => {
    expect(unknownOf(withDosage(timed('x', 1, ['08:00:00'], {}, { boundsPeriod: { start: '2026-11' } }))).path).toBe('entry[1].resource.dosageInstruction[0].timing.repeat.boundsPeriod.start');
  });
});

describe('whole documents that cannot be read are rejected with the file and path', () => {
  it('not JSON, not a Bundle, no time of export, several patients, no patient', () => {
    const notJson = parseFhirBundle('{"resourceType":', { source: 'cosmic', file: 'c.json' });
    expect(E.isLeft(notJson) && [notJson.left.kind, notJson.left.file]).toEqual(['not-json', 'c.json']);
    const notBundle = fromFhir({ resourceType: 'Patient' }, { source: 'cosmic', file: 'c.json' });
    expect(E.isLeft(notBundle) && [notBundle.left.path, notBundle.left.message]).toEqual(['resourceType', 'expected a Bundle, MedicationRequest, MedicationStatement or List, got "Patient"']);
    const noTime = fromFhir({ ...bundle(good), timestamp: undefined }, { source: 'pascal' });
    expect(E.isLeft(noTime) && noTime.left.path).toBe('timestamp');
    expect(E.isRight(fromFhir({ ...bundle(good), timestamp: undefined }, { source: 'pascal', exportedAt: '2026-11-20T14:07:00+01:00' }))).toBe(true);
    const two = fromFhir(bundle(good, { ...good, id: 'rx-2', subject: { reference: 'Patient/other' } }), { source: 'pascal' });
    expect(E.isLeft(two) && [two.left.path, two.left.message]).toEqual(['entry', 'expected the resources of one patient, got 2 patients; read a multi-patient export with groupBulkNdjson']);
    const none = fromFhir({ resourceType: 'Bundle', type: 'collection', timestamp: '2026-11-20T14:07:00+01:00' }, { source: 'pascal' });
    expect(E.isLeft(none) && none.left.path).toBe('entry');
  });

  it('never echoes a personnummer: a wrong check digit, or a personnummer as a bare id', () => {
    const testNumber = ['1912', '1212', '1212'].join('');
    const wrongCheck = `${testNumber.slice(0, 11)}${(Number(testNumber[11]) + 1) % 10}`;
    const bad = fromFhir({ ...bundle(good), entry: [{ resource: patient(undefined, wrongCheck) }, { resource: good }] }, { source: 'pascal' });
    expect(E.isLeft(bad) && [bad.left.kind, bad.left.path, bad.left.message]).toEqual(['invalid-patient-id', 'entry[0].resource.identifier[0].value', 'expected a valid personnummer; its check digit is wrong']);
    expect(JSON.stringify(bad)).not.toContain(wrongCheck.slice(6));
    const bare = fromFhir({ ...bundle(good), entry: [{ resource: { resourceType: 'Patient', id: testNumber } }, { resource: { ...good, subject: { reference: `Patient/${testNumber}` } } }] }, { source: 'pascal' });
    expect(E.isLeft(bare) && bare.left.message).toBe('expected a personnummer under a personnummer system, not as a bare id');
    expect(JSON.stringify(E.isLeft(bare) ? bare.left : null)).not.toContain(testNumber);
  });
});
