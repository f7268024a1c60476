import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processLine } from '../../src/batch';
import { redactPersonnummer, looksLikePersonnummer, type IsoDate } from '../../src/model';
import { generatePatient, syntheticPatientId, truthKey } from '../../src/synthetic';

const AS_OF = '2026-11-20';

describe('synthetic patients', () => {
  it('are the same for the same seed and index, whatever else is generated', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat(1_000_000), (seed, index) => {
        expect(JSON.stringify(generatePatient(seed, index, { asOf: AS_OF }))).toBe(JSON.stringify(generatePatient(seed, index, { asOf: AS_OF })));
      }),
      { numRuns: 20 },
    );
  });

  it('differ between seeds', () => {
    expect(JSON.stringify(generatePatient(1, 0, { asOf: AS_OF }).line)).not.toBe(JSON.stringify(generatePatient(2, 0, { asOf: AS_OF }).line));
  });

  it('have SYN- ids and hold nothing shaped like a personnummer, anywhere in the line', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(10_000_000), (seed, index) => {
        const p = generatePatient(seed, index, { asOf: AS_OF });
        expect(p.id).toMatch(/^SYN-\d{7,}$/);
        expect(looksLikePersonnummer(p.id)).toBe(false);
        const text = JSON.stringify(p);
        expect(redactPersonnummer(text)).toBe(text);
      }),
      { numRuns: 50 },
    );
    expect(syntheticPatientId(9_999_999)).toBe('SYN-10000000');
  });

  it('are older patients with 6 to 40 drugs, about 12 on average', () => {
    const counts = Array.from({ length: 300 }, (_, i) => new Set(generatePatient(5, i, { asOf: AS_OF }).line.cosmic.ordinations.map((o) => o.product.substances[0]?.name)).size);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(41);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(9);
    expect(mean).toBeLessThan(15);
  });

  it('hold as-needed, dose-dispensed, tapered, weekly, self-care, ward-stock and combination items', () => {
    const items = Array.from({ length: 300 }, (_, i) => generatePatient(11, i, { asOf: AS_OF }).line.cosmic.ordinations).flat();
    expect(items.some((o) => o.dosage.asNeeded !== undefined)).toBe(true);
    expect(items.some((o) => o.dispensing === 'dose-dispensed')).toBe(true);
    expect(items.some((o) => (o.dosage.steps ?? []).length > 1)).toBe(true);
    expect(items.some((o) => o.dosage.intervalDays === 7)).toBe(true);
    expect(items.some((o) => o.supply === 'self-care')).toBe(true);
    expect(items.some((o) => o.supply === 'ward-stock')).toBe(true);
    expect(items.some((o) => o.product.substances.length > 1)).toBe(true);
  });

  // 120 patients (seed 19 has every kind of finding and four palliative patients by the 78th) keep this
  // near a tenth of a second of CPU; the timeout is generous because a shared machine under load can
  // stretch the wall time many times over (it timed out at vitest's 5 s with 400 patients).
  it('hold drugs the clinical checks flag, and palliative patients with (and without) their as-needed injections', { timeout: 60_000 }, () => {
    const results = Array.from({ length: 120 }, (_, i) => processLine(JSON.stringify(generatePatient(19, i, { asOf: AS_OF }).line), i + 1, AS_OF as IsoDate)).flatMap((o) =>
      o.kind === 'reconciled' ? [o.result] : [],
    );
    const kinds = new Set(results.flatMap((r) => r.findings.map((f) => f.kind)));
    for (const kind of ['avoid', 'dose', 'regimen', 'polypharmacy', 'psychotropics', 'palliative']) expect(kinds).toContain(kind);
    const palliative = results.filter((r) => r.checks.palliative);
    expect(palliative.length).toBeGreaterThan(3);
    expect(palliative.some((r) => Object.values(r.checks.palliativeInjections ?? {}).every(Boolean))).toBe(true);
    expect(palliative.some((r) => !Object.values(r.checks.palliativeInjections ?? {}).every(Boolean))).toBe(true);
  });

  it('can have a fixed number of drugs, beyond the catalogue', () => {
    const p = generatePatient(3, 0, { asOf: AS_OF, drugs: 200 });
    expect(p.line.cosmic.ordinations.length).toBeGreaterThanOrEqual(190);
  });

  it('decode without a single invalid item, and the engine finds exactly the injected discrepancies', () => {
    for (let i = 0; i < 150; i++) {
      const p = generatePatient(2026, i, { asOf: AS_OF });
      const outcome = processLine(JSON.stringify(p.line), i + 1, AS_OF as IsoDate);
      expect(outcome.kind).toBe('reconciled');
      if (outcome.kind !== 'reconciled') continue;
      expect(outcome.result.invalid).toEqual([]);
      const found = outcome.result.discrepancies.map((d) => truthKey({ patient: p.id, ...d })).sort();
      expect(found).toEqual(p.truth.map(truthKey).sort());
    }
  });
});
