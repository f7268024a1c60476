import { describe, expect, it } from 'vitest';
import { brief, EXAMPLE_DISCREPANCIES, exampleDocs, reconcileDocs } from './reconcile-docs';

type Json = Record<string, unknown>;

/** The item with only its dosage text left: no doses, as-needed fields, interval, weekdays or steps. */
const textOnly = (item: Json): Json => ({ ...item, dosage: { text: (item.dosage as Json).text } });

const load = (strip: boolean) => {
  const { cosmic, pascal } = exampleDocs();
  return strip
    ? reconcileDocs({ ...cosmic, ordinations: (cosmic.ordinations as Json[]).map(textOnly) }, { ...pascal, prescriptions: (pascal.prescriptions as Json[]).map(textOnly) })
    : reconcileDocs(cosmic, pascal);
};

describe('the shared example pair read from its dosage texts alone, reconciled on 2026-11-20', () => {
  it('still yields exactly its five documented discrepancies when every structured dosage field is removed', () => {
    const found = load(true).discrepancies.map(brief);
    expect(found).toEqual(EXAMPLE_DISCREPANCIES);
  });

  it('reads "1 tablett morgon och 1 tablett mitt på dagen" against "1 tablett på morgonen" as 80 mg against 40 mg a day', () => {
    const dose = load(true).discrepancies.find((d) => d.kind === 'dose');
    expect(dose?.values).toMatchObject({
      cosmic: { amounts: [{ substance: 'furosemid', value: 80_000, unit: 'mikrog' }] },
      pascal: { amounts: [{ substance: 'furosemid', value: 40_000, unit: 'mikrog' }] },
    });
  });

  it('agrees on "1 tablett 2 gånger dagligen" against "1+0+1+0", the morning-and-evening metformin and the patch changed every third day', () => {
    const lines = load(true).lines.map((l) => ({ status: l.status, cosmic: l.items.cosmic.map((i) => i.id), pascal: l.items.pascal.map((i) => i.id) }));
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

  it('with its structure, finds that every text says what the structure says: the same five, no text-mismatch', () => {
    const found = load(false).discrepancies.map(brief);
    expect(found).toEqual(EXAMPLE_DISCREPANCIES);
  });
});
