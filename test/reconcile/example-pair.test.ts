import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brief, EXAMPLE_DISCREPANCIES, exampleDocs, reconcileDocs } from './reconcile-docs';

const load = () => {
  const { cosmic, pascal } = exampleDocs();
  return reconcileDocs(cosmic, pascal);
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
    const found = load().discrepancies.map(brief);
    expect(found).toHaveLength(5);
    expect(found).toEqual(expect.arrayContaining([...EXAMPLE_DISCREPANCIES]));
  });

  it('agrees on metformin, apixaban, the enalapril combination and fentanyl, and lists paracetamol as self-care', () => {
    const lines = load().lines.map((l) => ({ status: l.status, cosmic: l.items.cosmic.map((i) => i.id), pascal: l.items.pascal.map((i) => i.id) }));
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
