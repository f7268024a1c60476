import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discrepancyText } from '../../src/render';
import { arbCycleDosing, cycleDosageJson, type CycleDosing } from '../arbitrary';
import { journal, ordination, prescription, prescriptionList, product } from '../builders';
import { reconcileDocs } from './reconcile-docs';

const methotrexate = product('Methotrexate Orion 2,5 mg tablett', 'metotrexat', 2.5, 'mg', 'tablett', { atc: 'L04AX03' });

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const cycle = (c: CycleDosing) => c.intervalDays;
const perCycle = (c: CycleDosing) => Math.max(1, c.weekdays.length);
const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/** The tablets a side gives over `days` (a whole number of its cycles). */
const over = (c: CycleDosing, days: number) => c.quantity * perCycle(c) * (days / cycle(c));

/** Whether both sides give their doses on the same days (same cycle, same weekdays, same phase). */
const sameDays = (a: CycleDosing, b: CycleDosing) =>
  a.intervalDays === b.intervalDays &&
  a.weekdays.join() === b.weekdays.join() &&
  (a.weekdays.length > 0 || a.intervalDays === 1 || (dayNumber(a.start) - dayNumber(b.start)) % a.intervalDays === 0);

describe('rule 1, as a law: the amount over the common period of both cycles decides', () => {
  it('different amounts over the period are dose; the same amount on other days is schedule; the same days and amount, nothing', () => {
    fc.assert(
      fc.property(arbCycleDosing, arbCycleDosing, (c, p) => {
        const r = reconcileDocs(
          journal(ordination('C-1', methotrexate, cycleDosageJson(c), { period: { start: c.start } })),
          prescriptionList(prescription('P-1', methotrexate, cycleDosageJson(p), { period: { start: p.start } })),
        );
        const days = (cycle(c) * cycle(p)) / gcd(cycle(c), cycle(p));
        const kinds = r.discrepancies.map((d) => d.kind);
        if (over(c, days) !== over(p, days)) {
          expect(kinds).toEqual(['dose']);
          // The text gives both totals over the period, never a zero or a unit-less amount.
          expect(discrepancyText(r.discrepancies[0]!)).not.toMatch(/none|(^|\s)0 mg/u);
        } else if (sameDays(c, p)) {
          expect(kinds).toEqual([]);
        } else {
          expect(kinds).toEqual(['schedule']);
        }
      }),
      { numRuns: 150 },
    );
    // A generous limit: 150 reconciliations take well under a second of CPU, but the machine is shared.
  }, 30_000);

  it('is symmetric: swapping the sides gives the same kind', () => {
    fc.assert(
      fc.property(arbCycleDosing, arbCycleDosing, (c, p) => {
        const kinds = (a: CycleDosing, b: CycleDosing) =>
          reconcileDocs(
            journal(ordination('C-1', methotrexate, cycleDosageJson(a), { period: { start: a.start } })),
            prescriptionList(prescription('P-1', methotrexate, cycleDosageJson(b), { period: { start: b.start } })),
          ).discrepancies.map((d) => d.kind);
        expect(kinds(c, p)).toEqual(kinds(p, c));
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
