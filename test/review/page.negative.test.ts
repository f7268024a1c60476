import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeDecisions, deviationFingerprint, type DecisionsDocument } from '../../src/decisions';
import { renderReviewPage } from '../../src/review';
import { editExample, examplePair, reconcilePair, type RawItem } from '../classify/arbitrary';

const markupOf = (page: string): string => page.replace(/<script[\s\S]*?<\/script>/gu, '');

const decisions = (entries: ReadonlyArray<unknown>, patient = '19121212-1212'): DecisionsDocument => {
  const doc = decodeDecisions({
    format: 'medrec-decisions',
    version: 1,
    patient: { id: patient },
    asOf: '2026-11-19',
    decidedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' },
    decidedAt: '2026-11-19T15:30:00+01:00',
    decisions: entries,
  });
  if (E.isLeft(doc)) throw new Error(doc.left.message);
  return doc.right;
};

describe('the review page when something is wrong or missing', () => {
  const r = reconcilePair(examplePair());
  const print = (id: string) => deviationFingerprint(r.deviations.find((d) => d.id === id)!);

  it("never shows another patient's decisions, and names neither id", () => {
    const page = renderReviewPage(r, { previous: decisions([{ deviation: 'dose:C-2:P-2', fingerprint: print('dose:C-2:P-2'), choice: 'cosmic', comment: 'Annan patient.' }], 'SYN-0000001') });
    expect(page).toContain('De tidigare besluten gäller en annan patient och visas inte.');
    expect(page).not.toContain('Annan patient.');
    expect(page).not.toContain(' checked');
    expect(markupOf(page)).not.toContain('SYN-0000001');
  });

  it('lists the entries of an earlier document that could not be read, with their path, and uses the rest', () => {
    const page = renderReviewPage(r, {
      previous: decisions([
        { deviation: 'dose:C-2:P-2', fingerprint: print('dose:C-2:P-2'), choice: 'neither', comment: null },
        { deviation: 'strength:C-9:P-7', fingerprint: print('strength:C-9:P-7'), choice: 'pascal', comment: null },
      ]),
    });
    expect(page).toMatch(/Kunde inte läsas: decisions\[0\]\.value: expected a decided value for choice &quot;neither&quot;/u);
    expect(page).toContain('name="choice:strength:C-9:P-7" value="pascal" data-choice="pascal" checked');
  });

  it('says plainly that there is nothing to decide when the lists agree', () => {
    const agreeing = reconcilePair(editExample({}, ['C-2', 'P-2', 'C-4', 'P-4', 'C-5', 'P-5', 'C-9', 'P-7']));
    expect(agreeing.deviations).toEqual([]);
    const page = renderReviewPage(agreeing);
    expect(page).toContain('Inga avvikelser.');
    expect(page).toContain('Listorna stämmer överens.');
    expect(page).toContain('data-counter aria-live="polite">Inga avvikelser att besluta</output>');
    expect(page).not.toContain('data-deviation=');
  });

  it('shows fields that could not be read, with their JSON path, never hidden (the item stays in its line)', () => {
    const broken = reconcilePair(
      editExample({
        'C-1': (item: RawItem) => {
          ((item['dosage'] as Record<string, unknown>)['doses'] as Array<Record<string, unknown>>)[0]!['time'] = '8.00';
        },
      }),
    );
    expect(broken.problems.length).toBeGreaterThan(0);
    const page = renderReviewPage(broken);
    expect(page).toContain('<h2>Uppgifter som inte kunde läsas</h2>');
    expect(page).toContain('ordinations[0].dosage.doses[0].time');
    expect(page).toContain('Listan är inte giltig som ordinationshandling');
  });
});
