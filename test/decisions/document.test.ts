import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson, decisionsTemplate, decodeDecisions, deviationFingerprint, fnv1a64, isFingerprint } from '../../src/decisions';
import { discrepancyText } from '../../src/render';
import { exampleDocs, reconcileDocs } from '../reconcile/reconcile-docs';

const example = () => {
  const { cosmic, pascal } = exampleDocs();
  return reconcileDocs(cosmic, pascal);
};

describe('the fingerprint of the values decided on', () => {
  it('is FNV-1a 64 (the published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes: å ä ö count as two bytes each', () => {
    expect(fnv1a64('å')).not.toBe(fnv1a64('\u00e5'.normalize('NFD')));
    expect(fnv1a64('zopiklon, utsatt')).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('reads keys sorted, without spaces, and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], e: undefined })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it('is one per deviation of the example pair, stable, and changes when a value does', () => {
    const r = example();
    const prints = r.deviations.map(deviationFingerprint);
    expect(prints.every(isFingerprint)).toBe(true);
    expect(new Set(prints).size).toBe(5);
    expect(example().deviations.map(deviationFingerprint)).toEqual(prints);
    const dose = r.deviations.find((d) => d.discrepancy.kind === 'dose')!;
    const changed = { ...dose, discrepancy: { ...dose.discrepancy, drug: 'furosemid ' } };
    expect(deviationFingerprint(changed)).not.toBe(deviationFingerprint(dose));
  });
});

describe('the template', () => {
  it('lists every deviation with its fingerprint, both values and its text, nothing decided', () => {
    const r = example();
    const template = decisionsTemplate(r, { describe: discrepancyText });
    expect(template).toMatchObject({ format: 'medrec-decisions', version: 1, asOf: '2026-11-20', decidedBy: null, decidedAt: null });
    expect(template.decisions.map((d) => d.deviation)).toEqual(r.deviations.map((d) => d.id));
    for (const entry of template.decisions) {
      expect(entry.choice).toBeNull();
      expect(isFingerprint(entry.fingerprint)).toBe(true);
      expect(entry.values).toBeDefined();
      expect(entry.text).toMatch(/\S/u);
    }
  });

  it('reads back as a document that decides nothing', () => {
    const read = decodeDecisions(JSON.parse(JSON.stringify(decisionsTemplate(example()))), { file: 'mall.json' });
    expect(E.isRight(read)).toBe(true);
    if (E.isRight(read)) {
      expect(read.right.decisions).toHaveLength(5);
      expect(read.right.rejected).toEqual([]);
      expect(read.right.decisions.every((d) => d.choice === null)).toBe(true);
    }
  });
});

describe('a decisions document as the spec writes it', () => {
  const doc = {
    format: 'medrec-decisions',
    version: 1,
    patient: { id: '19121212-1212' },
    asOf: '2026-11-20',
    decidedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' },
    decidedAt: '2026-11-20T15:30:00+01:00',
    decisions: [
      { deviation: 'dose:C-2:P-2', fingerprint: 'v1:3f9a0c2b7d41e865', choice: 'cosmic', comment: 'Dosen höjdes på avdelningen; Pascal ska rättas.' },
      { deviation: 'status:C-4:P-4', fingerprint: 'v1:0000000000000000', choice: 'stop', comment: null },
      {
        deviation: 'strength:C-9:P-7',
        fingerprint: 'v1:0000000000000001',
        choice: 'neither',
        value: { kind: 'dosage', dosage: { text: '1 tablett på morgonen', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }] } },
        comment: null,
      },
      { deviation: 'status:C-99:P-99', fingerprint: 'v1:0000000000000002', choice: 'neither', value: { kind: 'status', status: 'discontinued' }, comment: null },
      { deviation: 'duplicate:C-1,C-2:P-1', fingerprint: 'v1:0000000000000003', choice: 'keep', keep: ['C-1', 'P-1'], comment: null },
    ],
    signature: { signedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2' }, signedAt: '2026-11-20T15:31:00+01:00' },
  };

  it('decodes every entry, the signature and who decided', () => {
    const read = decodeDecisions(doc);
    expect(E.isRight(read)).toBe(true);
    if (E.isRight(read)) {
      expect(read.right.rejected).toEqual([]);
      expect(read.right.decisions.map((d) => d.choice)).toEqual(['cosmic', 'stop', 'neither', 'neither', 'keep']);
      expect(read.right.decidedBy?.role).toBe('physician');
      expect(read.right.signature?.signedAt).toBe('2026-11-20T15:31:00+01:00');
    }
  });
});
