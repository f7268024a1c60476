import { describe, expect, it } from 'vitest';
import { processLine } from '../../src/batch';
import type { IsoDate } from '../../src/model';
import { generateNight, generatePatient, nightDate, truthKey } from '../../src/synthetic';

const AS_OF = '2026-11-20';

describe('synthetic nights', () => {
  it('night 1 is exactly the patient generatePatient writes, with the same discrepancies', () => {
    for (let i = 0; i < 30; i++) {
      const one = generateNight(7, i, 1, { asOf: AS_OF });
      const today = generatePatient(7, i, { asOf: AS_OF });
      expect(JSON.stringify(one.line)).toBe(JSON.stringify(today.line));
      expect(one.truth.map(truthKey)).toEqual(today.truth.map(truthKey));
    }
  });

  it('are the same for the same seed, index and night, and dated a day apart', () => {
    expect(JSON.stringify(generateNight(3, 5, 4, { asOf: AS_OF }))).toBe(JSON.stringify(generateNight(3, 5, 4, { asOf: AS_OF })));
    expect(generateNight(3, 5, 4, { asOf: AS_OF }).date).toBe('2026-11-23');
    expect(generateNight(3, 5, 4, { asOf: AS_OF }).line.cosmic.exportedAt).toBe('2026-11-23T05:30:00+01:00');
    expect(nightDate('2026-12-31', 2)).toBe('2027-01-01');
  });

  it('correct some discrepancies, inject new ones and reopen a few, and the engine finds exactly the truth every night', () => {
    let corrected = 0;
    let added = 0;
    let reopened = 0;
    for (let i = 0; i < 50; i++) {
      let before = new Set<string>();
      for (let night = 1; night <= 4; night++) {
        const p = generateNight(11, i, night, { asOf: AS_OF });
        const outcome = processLine(JSON.stringify(p.line), i + 1, p.date as IsoDate);
        if (outcome.kind !== 'reconciled') throw new Error(`patient ${p.id} night ${night} is invalid`);
        const found = outcome.result.discrepancies.map((d) => truthKey({ patient: p.id, ...d })).sort();
        expect(found).toEqual(p.truth.map(truthKey).sort());
        const identities = new Set(p.truth.map((t) => `${t.kind}|${t.substances.join('+')}`));
        corrected += [...before].filter((k) => !identities.has(k)).length;
        added += p.truth.filter((t) => t.since === night && night > 1 && !t.reopened).length;
        reopened += p.truth.filter((t) => t.since === night && t.reopened).length;
        before = identities;
      }
    }
    expect(corrected).toBeGreaterThan(10);
    expect(added).toBeGreaterThan(2);
    expect(reopened).toBeGreaterThan(0);
    // 200 reconciliations: well under a second alone, but the machine is shared; a generous bound, not a timing.
  }, 60_000);
});
