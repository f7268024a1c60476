import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeDecisions, parseDecisions } from '../../src/decisions';
import { formatDocumentError } from '../../src/decode';

const frame = (decisions: ReadonlyArray<unknown>, extra: Record<string, unknown> = {}) => ({
  format: 'medrec-decisions',
  version: 1,
  patient: { id: '19121212-1212' },
  asOf: '2026-11-20',
  decidedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' },
  decidedAt: '2026-11-20T15:30:00+01:00',
  decisions,
  ...extra,
});

const good = { deviation: 'dose:C-2:P-2', fingerprint: 'v1:3f9a0c2b7d41e865', choice: 'cosmic', comment: null };

const rejectedOf = (doc: unknown) => {
  const read = decodeDecisions(doc, { file: 'beslut.json' });
  if (E.isLeft(read)) throw new Error(formatDocumentError(read.left));
  return read.right;
};

describe('a decisions document that cannot be read', () => {
  it('is not JSON: rejected whole, naming the file', () => {
    const read = parseDecisions('{"format":', { file: 'beslut.json' });
    expect(E.isLeft(read) && formatDocumentError(read.left)).toMatch(/^beslut\.json: \(document\): expected a JSON document/u);
  });

  it('is another format or version: rejected whole with the path', () => {
    const read = decodeDecisions(frame([good], { format: 'medrec-handover' }), { file: 'beslut.json' });
    expect(E.isLeft(read) && read.left.path).toBe('format');
    const v2 = decodeDecisions(frame([good], { version: 2 }));
    expect(E.isLeft(v2) && v2.left.path).toBe('version');
  });

  it('has a bad patient id: the message never quotes a personnummer', () => {
    const read = decodeDecisions(frame([good], { patient: { id: 19121212 } }));
    expect(E.isLeft(read) && read.left.path).toBe('patient.id');
    const role = decodeDecisions(frame([good], { decidedBy: { name: 'X', hsaId: 'SE2321000016-0001', role: 'chief' } }));
    expect(E.isLeft(role) && role.left.path).toBe('decidedBy.role');
  });
});

describe('a bad entry is set apart; the rest of the document counts', () => {
  it('neither without a value: the path of the value and what was expected', () => {
    const doc = rejectedOf(frame([good, { deviation: 'strength:C-9:P-7', fingerprint: 'v1:0000000000000001', choice: 'neither', comment: null }]));
    expect(doc.decisions).toHaveLength(1);
    expect(doc.rejected).toEqual([
      { index: 1, deviation: 'strength:C-9:P-7', path: 'decisions[1].value', message: expect.stringMatching(/^expected a decided value for choice "neither" .*got missing$/u) },
    ]);
  });

  it('a value that does not decode: the deepest path and what was expected', () => {
    const bad = { kind: 'dosage', dosage: { text: '1 tablett', doses: [{ time: '8.00', quantity: 1, unit: 'tablett' }] } };
    const doc = rejectedOf(frame([{ deviation: 'dose:C-2:P-2', fingerprint: 'v1:3f9a0c2b7d41e865', choice: 'neither', value: bad, comment: null }, good]));
    expect(doc.decisions).toHaveLength(1);
    expect(doc.rejected[0]).toMatchObject({ index: 0, path: 'decisions[0].value.dosage.doses[0].time', message: 'expected HH:MM, got "8.00"' });
    const status = rejectedOf(frame([{ ...good, choice: 'neither', value: { kind: 'status', status: 'paused' } }]));
    expect(status.rejected[0]).toMatchObject({ path: 'decisions[0].value.status' });
  });

  it('an unknown choice, a malformed fingerprint, keep without ids', () => {
    const doc = rejectedOf(
      frame([
        { ...good, choice: 'journal' },
        { ...good, fingerprint: 'abc' },
        { ...good, choice: 'keep', keep: [] },
        { ...good, choice: 'keep' },
        'not an entry',
        good,
      ]),
    );
    expect(doc.decisions).toHaveLength(1);
    expect(doc.rejected.map((r) => r.path)).toEqual(['decisions[0].choice', 'decisions[1].fingerprint', 'decisions[2].keep', 'decisions[3].keep', 'decisions[4]']);
    expect(doc.rejected[4]?.deviation).toBeNull();
  });

  it('never quotes a personnummer written where a deviation id should be', () => {
    const doc = rejectedOf(frame([{ deviation: '19121212-1212', fingerprint: 'nope', choice: 'cosmic' }]));
    expect(JSON.stringify(doc.rejected)).not.toContain('19121212-1212');
  });
});
