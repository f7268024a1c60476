import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { matchItems } from '../../src/match';
import type { IsoDate } from '../../src/model';
import { generatePatient } from '../../src/synthetic';

const AS_OF = '2026-11-20' as IsoDate;

describe('duplicates among many left-over items', () => {
  // The duplicate search looks only among left-overs of the same side and substances; it must find
  // exactly what a search through all left-overs finds.
  // 20 patients of 120 drugs (18 injected duplicates) keep this near a tenth of a second of CPU; the
  // timeout is generous because a shared machine under load stretches wall time many times over.
  it('finds every injected duplicate on long lists with many unpaired items', { timeout: 60_000 }, () => {
    let duplicates = 0;
    for (let i = 0; i < 20; i++) {
      const p = generatePatient(77, i, { asOf: AS_OF, drugs: 120 });
      const journal = decodeJournal(p.line.cosmic);
      const list = decodePrescriptionList(p.line.pascal);
      if (E.isLeft(journal) || E.isLeft(list)) throw new Error('a generated patient must decode');
      const found = matchItems(journal.right.ordinations, list.right.prescriptions, AS_OF)
        .filter((m) => m.kind === 'duplicate')
        .map((m) => [...m.cosmic.map((x) => x.id), ...m.pascal.map((x) => x.id)].sort().join(','));
      const injected = p.truth.filter((t) => t.kind === 'duplicate').map((t) => [...t.cosmic, ...t.pascal].sort().join(','));
      expect(found.sort()).toEqual(injected.sort());
      duplicates += injected.length;
    }
    expect(duplicates).toBeGreaterThan(10);
  });
});
