import * as E from 'fp-ts/lib/Either.js';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJournal, parsePrescriptionList } from '../../src/decode';
import { reconcile } from '../../src/reconcile';

const AS_OF = '2026-11-20';

const load = () => {
  const journal = parseJournal(readFileSync('examples/data/cosmic-export.json', 'utf8'));
  const list = parsePrescriptionList(readFileSync('examples/data/pascal-export.json', 'utf8'));
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('the bundled example must decode');
  const result = reconcile(journal.right, list.right, { asOf: AS_OF });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

describe('the shared example pair, reconciled on 2026-11-20', () => {
  // The data contract sits beside a checkout (as in CI); a clone on its own has only the copy.
  it.skipIf(!existsSync('../shared/formats'))('is the same pair as ../shared/formats', () => {
    for (const name of ['cosmic', 'pascal']) {
      const shared = readFileSync(`../shared/formats/${name}-export.example.json`, 'utf8');
      expect(JSON.parse(readFileSync(`examples/data/${name}-export.json`, 'utf8'))).toEqual(JSON.parse(shared));
    }
  });

  it('yields exactly the five documented discrepancies, and no others', () => {
    const found = load().discrepancies.map((d) => ({ kind: d.kind, cosmic: d.cosmic, pascal: d.pascal }));
    expect(found).toHaveLength(5);
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'dose', cosmic: ['C-2'], pascal: ['P-2'] },
        { kind: 'status', cosmic: ['C-4'], pascal: ['P-4'] },
        { kind: 'missing-in-pascal', cosmic: ['C-5'], pascal: [] },
        { kind: 'missing-in-cosmic', cosmic: [], pascal: ['P-5'] },
        { kind: 'strength', cosmic: ['C-9'], pascal: ['P-7'] },
      ]),
    );
  });

  it('agrees on metformin, apixaban, the enalapril combination and fentanyl, and lists paracetamol as self-care', () => {
    const lines = load().lines.map((l) => ({ status: l.status, cosmic: l.cosmic, pascal: l.pascal }));
    expect(lines).toEqual(
      expect.arrayContaining([
        { status: 'agreed', cosmic: ['C-1'], pascal: ['P-1'] },
        { status: 'agreed', cosmic: ['C-3'], pascal: ['P-3'] },
        { status: 'agreed', cosmic: ['C-7', 'C-8'], pascal: ['P-6'] },
        { status: 'agreed', cosmic: ['C-10'], pascal: ['P-8'] },
        { status: 'not-on-prescription', cosmic: ['C-6'], pascal: [] },
      ]),
    );
  });

  it('shows both values of the furosemid dose: 80 mg against 40 mg a day', () => {
    const dose = load().discrepancies.find((d) => d.kind === 'dose');
    expect(dose?.values).toMatchObject({
      cosmic: { amounts: [{ substance: 'furosemid', value: 80_000, unit: 'mikrog' }] },
      pascal: { amounts: [{ substance: 'furosemid', value: 40_000, unit: 'mikrog' }] },
    });
  });
});
