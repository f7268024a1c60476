import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir, HSA_ID_SYSTEM, HSA_ID_SYSTEMS, identifierKind, IDENTIFIER_SYSTEMS, isHsaIdSystem, prescriptionToRequest } from '../../src/fhir';
import { bundle, medication, request, timed } from './builders';

const TEST_PNR = '191212121212';

const withPatient = (patientResource: Record<string, unknown>, ...resources: Record<string, unknown>[]) => {
  const b = bundle(...resources) as { entry: Array<{ resource: unknown }> };
  return { ...b, entry: [{ resource: patientResource }, ...b.entry.slice(1)] };
};

const metformin = (id: string, extra: Record<string, unknown> = {}) =>
  request(id, medication('Metformin 500 mg tablett', 'metformin', 500), [timed('1 tablett morgon', 1, ['08:00:00'])], extra);

describe('every alias of every identifier system is accepted, by system and value together', () => {
  it.each(IDENTIFIER_SYSTEMS.personnummer)('reads the patient\'s personnummer under %s', (system) => {
    const list = fromFhir(withPatient({ resourceType: 'Patient', id: 'pat', identifier: [{ system, value: TEST_PNR }] }, metformin('rx-1')), { source: 'pascal' });
    expect(E.isRight(list) && list.right.patient).toEqual({ id: TEST_PNR, idKind: 'personnummer' });
  });

  it.each(IDENTIFIER_SYSTEMS.personnummer)('reads a logical subject reference by personnummer under %s', (system) => {
    const b = bundle(metformin('rx-1', { subject: { identifier: { system, value: TEST_PNR } } })) as { entry: unknown[] };
    const list = fromFhir({ ...b, entry: b.entry.slice(1) }, { source: 'pascal' });
    expect(E.isRight(list) && list.right.patient).toEqual({ id: TEST_PNR, idKind: 'personnummer' });
  });

  it.each(IDENTIFIER_SYSTEMS.samordningsnummer)('knows %s as a samordningsnummer system, and checks the number against it', (system) => {
    expect(identifierKind(system)).toBe('samordningsnummer');
    // The test personnummer is no samordningsnummer (its day is not raised by 60): the system and the number disagree.
    const list = fromFhir(withPatient({ resourceType: 'Patient', id: 'pat', identifier: [{ system, value: TEST_PNR }] }, metformin('rx-1')), { source: 'pascal' });
    expect(E.isLeft(list) && [list.left.kind, list.left.path, list.left.message]).toEqual([
      'invalid-patient-id',
      'entry[0].resource.identifier[0].system',
      'expected the system of a personnummer: the number is not a samordningsnummer',
    ]);
    expect(JSON.stringify(list)).not.toContain(TEST_PNR.slice(8));
  });

  it.each([...IDENTIFIER_SYSTEMS['npl-id'].map((s) => ['npl-id', s]), ...IDENTIFIER_SYSTEMS['npl-pack-id'].map((s) => ['npl-pack-id', s]), ...IDENTIFIER_SYSTEMS.atc.map((s) => ['atc', s])])(
    'reads a %s under %s from medicationCodeableConcept, Medication.code and Medication.identifier',
    (kind, system) => {
      const value = kind === 'atc' ? 'A10BA02' : '20090915000019';
      const field = kind === 'atc' ? 'atc' : kind === 'npl-id' ? 'nplId' : 'nplPackId';
      const dosage = [timed('1 tablett morgon', 1, ['08:00:00'])];
      // A pack id alone does not identify an item (as in the JSON format), so it comes with an ATC code.
      const atc = kind === 'npl-pack-id' ? [{ system: 'http://www.whocc.no/atc', code: 'A10BA02' }] : [];
      const inline = { resourceType: 'MedicationRequest', id: 'rx-1', status: 'active', intent: 'order', subject: { reference: 'Patient/pat' }, authoredOn: '2025-01-01', medicationCodeableConcept: { text: 'Metformin', coding: [{ system, code: value }, ...atc] }, dosageInstruction: dosage };
      const coded = request('rx-2', { resourceType: 'Medication', id: 'med', code: { text: 'Metformin', coding: [{ system, code: value }, ...atc] } }, dosage);
      const identified = request('rx-3', { resourceType: 'Medication', id: 'med', code: { text: 'Metformin', coding: atc }, identifier: [{ system, value }] }, dosage);
      const list = fromFhir(bundle(inline, coded, identified), { source: 'pascal', defaultDispensing: 'whole-package' });
      if (E.isLeft(list)) throw new Error(list.left.message);
      expect(list.right.invalid).toEqual([]);
      expect(list.right.prescriptions.map((p) => (p.product as unknown as Record<string, unknown>)[field])).toEqual([value, value, value]);
    },
  );

  it('ignores a trailing slash on a system, and takes no bare value: 14 digits under an unknown system are not an NPL-id, but a product code of that system', () => {
    expect(identifierKind('http://www.whocc.no/atc/')).toBe('atc');
    const list = fromFhir(
      bundle(request('rx-1', { resourceType: 'Medication', id: 'med', code: { text: 'Okänd', coding: [{ system: 'http://example.org/local', code: '20090915000019' }] } }, [timed('1 tablett', 1, ['08:00:00'])])),
      { source: 'pascal' },
    );
    expect(E.isRight(list) && list.right.invalid).toEqual([]);
    expect(E.isRight(list) && list.right.prescriptions[0]!.product).toEqual({ name: 'Okänd', substances: [], codes: [{ system: 'http://example.org/local', code: '20090915000019' }] });
  });

  it('cannot identify a product with only a text, or only a coding without a system', () => {
    const list = fromFhir(bundle(request('rx-1', { resourceType: 'Medication', id: 'med', code: { text: 'Lilla rosa pillret', coding: [{ code: '123' }] } }, [timed('1 tablett', 1, ['08:00:00'])])), { source: 'pascal' });
    expect(E.isRight(list) && list.right.invalid.map((i) => i.path)).toEqual(['entry[1].resource.medication[x]']);
  });

  it('reports a malformed NPL-id or ATC code at its coding', () => {
    const list = fromFhir(
      bundle(request('rx-1', { resourceType: 'Medication', id: 'med', code: { text: 'X', coding: [{ system: IDENTIFIER_SYSTEMS['npl-id'][1], code: '123' }, { system: IDENTIFIER_SYSTEMS.atc[0], code: 'A10B A02' }] } }, [timed('1 tablett', 1, ['08:00:00'])])),
      { source: 'pascal' },
    );
    expect(E.isRight(list) && list.right.invalid[0]!.problems).toEqual([
      { path: 'entry[1].resource.medication[x]', message: 'expected a coded product (an NPL-id, an ATC code, any coding with a system) or active ingredients: the item cannot be identified' },
      { path: 'entry[1].resource.contained[0].code.coding[0].code', message: 'expected an NPL-id (14 digits), got "123"; the code is left out' },
      { path: 'entry[1].resource.contained[0].code.coding[1].code', message: 'expected an ATC code (e.g. A10BA02), got "A10B A02"; the code is left out' },
    ]);
  });
});

describe("a prescriber's HSA-id: read under either OID, written under one", () => {
  it.each(HSA_ID_SYSTEMS)('reads the requester\'s HSA-id under %s, and writes it back under the basprofiler OID', (system) => {
    const list = fromFhir(bundle(metformin('rx-1', { requester: { identifier: { system, value: 'SE2321000016-1234' }, display: 'Dr Berg' } })), { source: 'pascal' });
    if (E.isLeft(list)) throw new Error(list.left.message);
    const p = list.right.prescriptions[0]!;
    expect(p.prescriber).toEqual({ hsaId: 'SE2321000016-1234', name: 'Dr Berg' });
    expect(prescriptionToRequest(p, { reference: 'Patient/pat' }).requester).toEqual({ identifier: { system: HSA_ID_SYSTEM, value: 'SE2321000016-1234' }, display: 'Dr Berg' });
  });

  it('writes urn:oid:1.2.752.29.4.19 (HL7 Sweden basprofiler, Inera HSA FHIR) and accepts RIV-TA\'s 1.2.752.129.2.1.4.1', () => {
    expect(HSA_ID_SYSTEM).toBe('urn:oid:1.2.752.29.4.19');
    expect([isHsaIdSystem('urn:oid:1.2.752.129.2.1.4.1'), isHsaIdSystem(' urn:oid:1.2.752.29.4.19/'), isHsaIdSystem('urn:oid:1.2.752.129.2.1.3.1'), isHsaIdSystem(undefined)]).toEqual([true, true, false, false]);
  });

  it('takes no HSA-id from an identifier under another system: the name alone is kept', () => {
    const list = fromFhir(bundle(metformin('rx-1', { requester: { identifier: { system: 'http://example.org/staff', value: 'SE2321000016-1234' }, display: 'Dr Berg' } })), { source: 'pascal' });
    expect(E.isRight(list) && list.right.prescriptions[0]!.prescriber).toEqual({ name: 'Dr Berg' });
  });
});
