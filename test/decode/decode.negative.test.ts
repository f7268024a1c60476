import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList, formatDocumentError, parseJournal, parsePrescriptionList, type DocumentError } from '../../src/decode';
import { UNKNOWN } from '../../src/model';
import { dose, doses, journal, ordination, prescription, prescriptionList, product } from '../builders';

const furix = product('Furix 40 mg tablett', 'furosemid', 40);
const morning = doses('1 tablett', dose('08:00'));

const leftOf = <A>(e: E.Either<DocumentError, A>): DocumentError => {
  if (E.isRight(e)) throw new Error('expected the document to be rejected');
  return e.left;
};

describe('documents that are rejected whole', () => {
  it('text that is not JSON names the file and where it broke, without quoting the text', () => {
    const error = leftOf(parseJournal('{"source": "cosmic", "patient": {"id": "19121212-1212"', { file: 'cosmic.json' }));
    expect(error).toMatchObject({ kind: 'not-json', file: 'cosmic.json', path: '(document)' });
    expect(formatDocumentError(error)).toMatch(/^cosmic\.json: \(document\): expected a JSON document/);
    expect(formatDocumentError(error)).not.toContain('19121212');
  });

  it('an empty file says so', () => {
    expect(leftOf(parsePrescriptionList('', { file: 'p.json' })).message).toContain('the file is empty');
  });

  it('a document without source, patient or item array is rejected with the path of each missing part', () => {
    const error = leftOf(decodeJournal({ exportedAt: '2026-11-20T14:05:00+01:00' }, { file: 'c.json' }));
    expect(error.kind).toBe('invalid-frame');
    expect(error.problems.map((p) => p.path)).toEqual(['source', 'patient', 'ordinations']);
    expect(error.problems[0]!.message).toBe('expected "cosmic", got missing');
  });

  it('the e-prescription list given where the journal is expected says which source it wanted', () => {
    const error = leftOf(decodeJournal(prescriptionList()));
    expect(error.problems[0]).toEqual({ path: 'source', message: 'expected "cosmic", got "pascal"' });
  });

  it('an item array that is not an array is a frame error at its path', () => {
    expect(leftOf(decodePrescriptionList({ ...prescriptionList(), prescriptions: {} })).path).toBe('prescriptions');
  });

  it('a timestamp without an offset is a frame error', () => {
    expect(leftOf(decodeJournal({ ...journal(), exportedAt: '2026-11-20T14:05:00' })).path).toBe('exportedAt');
  });

  it('a personnummer with a wrong check digit is rejected without echoing it', () => {
    // Skatteverket's test number with its check digit changed.
    const wrongCheckDigit = '19121212-1212'.slice(0, -1) + '3';
    const error = leftOf(decodeJournal({ ...journal(), patient: { id: wrongCheckDigit } }, { file: 'c.json' }));
    expect(error).toMatchObject({ kind: 'invalid-patient-id', path: 'patient.id' });
    expect(error.message).toContain('check digit');
    expect(JSON.stringify(error)).not.toContain('1213');
    expect(JSON.stringify(error)).not.toContain('19121212');
  });

  it('a personnummer whose date does not exist is rejected without echoing it', () => {
    // Skatteverket's test number with its day moved to the 32nd, a day no month has.
    const impossibleDay = '19121212-1212'.replace('1212-', '1232-');
    const error = leftOf(decodeJournal({ ...journal(), patient: { id: impossibleDay } }));
    expect(error.message).toContain('date');
    expect(JSON.stringify(error)).not.toContain(impossibleDay.slice(0, 8));
  });
});

describe('items that are kept as invalid while the rest is decoded', () => {
  const decodeOne = (item: unknown) => {
    const decoded = decodeJournal(journal(ordination('C-1', furix, morning), item));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    expect(decoded.right.ordinations.map((o) => o.id)).toEqual(['C-1']);
    expect(decoded.right.invalid).toHaveLength(1);
    return decoded.right.invalid[0]!;
  };

  it('an item that cannot be identified (no NPL-id, ATC code or substances) is invalid, never dropped', () => {
    expect(decodeOne(ordination('C-2', { name: 'Okänd' }, morning))).toMatchObject({
      path: 'ordinations[1].product',
      message: expect.stringContaining('at least one of nplId, atc, substances'),
    });
  });

  it('collects every problem of what makes an item invalid, not only the first', () => {
    const invalid = decodeOne({ ordinationId: 'C-2', type: 'daily', supply: 'apotek', dosage: { text: 1 } });
    expect(invalid.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['ordinations[1].product', 'ordinations[1].period']));
  });

  it('an unreadable identity (an NPL-id, an ATC code or a substance name) makes the item invalid', () => {
    expect(decodeOne(ordination('C-2', { ...furix, atc: 'furosemid' }, morning)).path).toBe('ordinations[1].product.atc');
    expect(decodeOne(ordination('C-2', { ...furix, substances: [{ name: 7 }] }, morning)).path).toBe('ordinations[1].product.substances[0].name');
  });

  it('an unreadable discontinuation date makes the item invalid: whether it is in force cannot be read', () => {
    expect(decodeOne(ordination('C-2', furix, morning, { discontinued: { date: '15/11/2026' } })).path).toBe('ordinations[1].discontinued.date');
  });

  it('an item without a readable id is reported by its index with id null', () => {
    expect(decodeOne('not an item')).toMatchObject({ id: null, index: 1, path: 'ordinations[1]' });
  });

  it('a date that does not exist is reported', () => {
    expect(decodeOne(ordination('C-2', furix, morning, { period: { start: '2026-02-30' } })).message).toBe('expected date (YYYY-MM-DD), got "2026-02-30"');
  });

  it('two items with the same id are both set apart, each naming the other', () => {
    const decoded = decodePrescriptionList(prescriptionList(prescription('P-1', furix, morning), prescription('P-1', furix, morning), prescription('P-2', furix, morning)));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    expect(decoded.right.prescriptions.map((p) => p.id)).toEqual(['P-2']);
    expect(decoded.right.invalid.map((i) => [i.index, i.path, i.message])).toEqual([
      [0, 'prescriptions[0].prescriptionId', 'expected an id used by one item only; prescriptions[1] has the same id'],
      [1, 'prescriptions[1].prescriptionId', 'expected an id used by one item only; prescriptions[0] has the same id'],
    ]);
  });

  it('a personnummer written into a field is masked when the value is quoted in a message', () => {
    const invalid = decodeOne(ordination('C-2', furix, morning, { period: { start: '19121212-1212' } }));
    expect(invalid.message).toBe('expected date (YYYY-MM-DD), got "[personnummer]"');
  });

  it('a prescription with an unknown status says which statuses there are', () => {
    const decoded = decodePrescriptionList(prescriptionList(prescription('P-1', furix, morning, { status: 'paused' })));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    expect(decoded.right.invalid[0]!.message).toBe('expected "active" | "discontinued" | "cancelled", got "paused"');
  });
});

describe('fields that cannot be read become unknown: the item takes part, the problem is listed', () => {
  const readOne = (item: unknown) => {
    const decoded = decodeJournal(journal(ordination('C-1', furix, morning), item));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    expect(decoded.right.ordinations.map((o) => o.id)).toEqual(['C-1', 'C-2']);
    expect(decoded.right.invalid).toEqual([]);
    expect(decoded.right.problems).toHaveLength(1);
    return { item: decoded.right.ordinations[1]!, problems: decoded.right.problems[0]! };
  };

  it('a clock time written 8.00 makes the dosage unknown (its text kept), reported at ordinations[1].dosage.doses[0].time', () => {
    const { item, problems } = readOne(ordination('C-2', furix, doses('1 tablett kl 8', dose('8.00'))));
    expect(item.dosage).toEqual({ kind: 'unknown', text: '1 tablett kl 8' });
    expect(problems).toEqual({
      source: 'cosmic',
      id: 'C-2',
      index: 1,
      path: 'ordinations[1].dosage.doses[0].time',
      message: 'expected HH:MM, got "8.00"',
      problems: [{ path: 'ordinations[1].dosage.doses[0].time', message: 'expected HH:MM, got "8.00"' }],
    });
  });

  it('collects every unreadable field of an item, each at its path, and makes each unknown', () => {
    const { item, problems } = readOne(
      ordination('C-2', { ...furix, form: 3, substances: [{ name: 'furosemid', strength: { value: -40, unit: 'mg' } }] }, morning, {
        route: '', dispensing: 'påse', purpose: 5, prescriber: 'dr', type: 'daily', supply: 'apotek',
      }),
    );
    expect(problems.problems.map((p) => p.path).sort()).toEqual([
      'ordinations[1].product.substances[0].strength.value',
      'ordinations[1].product.form',
      'ordinations[1].route',
      'ordinations[1].prescriber',
      'ordinations[1].purpose',
      'ordinations[1].type',
      'ordinations[1].supply',
      'ordinations[1].dispensing',
    ].sort());
    expect(item).toMatchObject({
      product: { form: UNKNOWN, substances: [{ name: 'furosemid', strength: UNKNOWN }] },
      route: UNKNOWN, dispensing: UNKNOWN, purpose: UNKNOWN, prescriber: UNKNOWN, kind: UNKNOWN, supply: UNKNOWN,
    });
  });

  it('an end before the start makes the end unknown; a dose step that ends before it begins makes the dosage unknown', () => {
    const end = readOne(ordination('C-2', furix, morning, { period: { start: '2026-11-10', end: '2026-11-01' } }));
    expect(end.problems.path).toBe('ordinations[1].period.end');
    expect(end.item.period).toEqual({ start: '2026-11-10', end: UNKNOWN });
    const steps = { text: 'nedtrappning', steps: [{ from: '2026-11-10', to: '2026-11-01', doses: [dose('08:00')] }] };
    const step = readOne(ordination('C-2', furix, steps));
    expect(step.problems.path).toBe('ordinations[1].dosage.steps[0].to');
    expect(step.item.dosage).toEqual({ kind: 'unknown', text: 'nedtrappning' });
  });

  it('a personnummer written into a dose time is masked when the value is quoted in a message', () => {
    expect(readOne(ordination('C-2', furix, doses('1', dose('19121212-1212')))).problems.message).toBe('expected HH:MM, got "[personnummer]"');
  });

  it('an unreadable validUntil or dispensing of a prescription is unknown, never a guess', () => {
    const decoded = decodePrescriptionList(prescriptionList(prescription('P-1', furix, morning, { validUntil: '2026-13-01', dispensing: 'dos' })));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    expect(decoded.right.prescriptions[0]).toMatchObject({ validUntil: UNKNOWN, dispensing: UNKNOWN });
    expect(decoded.right.problems[0]!.problems.map((p) => p.path)).toEqual(['prescriptions[0].dispensing', 'prescriptions[0].validUntil']);
  });
});
