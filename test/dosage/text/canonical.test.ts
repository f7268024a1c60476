import { describe, expect, it } from 'vitest';
import { canonicalDosage, canonicalDosageOf, formUnit, parseDosageText, textCanonical } from '../../../src/dosage';
import type { IsoDate, RecordedDosage } from '../../../src/model';
import { AS_OF, dosage, FENTANYL, FUROSEMID, ordination, ordinationItem } from '../items';

const asOf = AS_OF as IsoDate;
const textOnly = (text: string): RecordedDosage => ({ text, doses: [], intervalDays: 1, weekdays: [], steps: [] });

describe('the canonical dosage of a text', () => {
  it('is read from the text when the item has no structured doses', () => {
    expect(canonicalDosage(textOnly('1 tablett morgon och kväll'), asOf)).toEqual({
      kind: 'scheduled',
      schedule: {
        doses: [
          { slot: 'morning', quantity: 1, unit: 'tablett' },
          { slot: 'evening', quantity: 1, unit: 'tablett' },
        ],
        intervalDays: 1,
        weekdays: [],
      },
    });
  });

  it('keeps the slots unknown for 1 tablett 2 gånger dagligen', () => {
    expect(canonicalDosage(textOnly('1 tablett 2 gånger dagligen'), asOf)).toEqual({
      kind: 'scheduled',
      schedule: { doses: [], unslotted: { timesPerDay: 2, quantity: 1, unit: 'tablett' }, intervalDays: 1, weekdays: [] },
    });
  });

  it('counts a quantity without a unit in the unit it is given, else in pieces (st)', () => {
    const shorthand = textOnly('1+0+1+0');
    expect(canonicalDosage(shorthand, asOf, { unit: 'kapsel' })).toMatchObject({ schedule: { doses: [{ unit: 'kapsel' }, { unit: 'kapsel' }] } });
    expect(canonicalDosage(shorthand, asOf)).toMatchObject({ schedule: { doses: [{ unit: 'st' }, { unit: 'st' }] } });
  });

  it('of an item counts the product’s own units: tablets of a tablet, patches of a patch', () => {
    expect(formUnit('filmdragerad tablett')).toBe('tablett');
    expect(formUnit('enterokapsel, hård')).toBe('kapsel');
    expect(formUnit('depotplåster')).toBe('plåster');
    expect(formUnit('oral lösning')).toBeUndefined();
    const patch = ordinationItem(ordination('C-1', FENTANYL, dosage('1 var 3:e dag')));
    expect(canonicalDosageOf(patch, asOf)).toMatchObject({ schedule: { unslotted: { timesPerDay: 1, quantity: 1, unit: 'plåster' }, intervalDays: 3 } });
  });

  it('is no-dose, folded, for an instruction that carries none', () => {
    expect(canonicalDosage(textOnly('  Enligt  ordination '), asOf)).toEqual({ kind: 'no-dose', text: 'enligt ordination' });
  });

  it('is unparsed, folded, with where it stopped, for a text not understood', () => {
    expect(canonicalDosage(textOnly('1 tablett efter behag'), asOf)).toEqual({
      kind: 'unparsed',
      text: '1 tablett efter behag',
      stoppedAt: { offset: 10, rest: 'efter behag' },
      reason: 'unknown-word',
    });
  });

  it('comes from the structure, not the text, when the item has structured doses', () => {
    const recorded: RecordedDosage = { ...textOnly('1 tablett till natten'), doses: [{ time: '08:00' as never, quantity: 2, unit: 'tablett' }] };
    expect(canonicalDosage(recorded, asOf)).toMatchObject({ schedule: { doses: [{ slot: 'morning', quantity: 2 }] } });
  });
});

describe('the dose step of a text in force on the reconciliation day', () => {
  const taper = parseDosageText('2 tabletter dagligen i 5 dagar, därefter 1 tablett dagligen i 5 dagar');
  const on = (start: string) => textCanonical(taper, asOf, { start: start as IsoDate });

  it('is the first step while its days last', () => {
    expect(on('2026-11-18')).toMatchObject({ step: 0, schedule: { unslotted: { quantity: 2 } } });
    expect(on('2026-11-16')).toMatchObject({ step: 0 });
  });

  it('is the second from the sixth day', () => {
    expect(on('2026-11-15')).toMatchObject({ step: 1, schedule: { unslotted: { quantity: 1 } } });
    expect(on('2026-11-11')).toMatchObject({ step: 1 });
  });

  it('is none after the last step has run out: no dose that day', () => {
    expect(on('2026-11-10')).toEqual({ kind: 'scheduled', schedule: { doses: [], intervalDays: 1, weekdays: [] }, step: -1 });
  });

  it('is the first before the treatment starts', () => {
    expect(on('2026-12-01')).toMatchObject({ step: 0 });
  });

  it('counts weeks and months in calendar time', () => {
    const monthly = parseDosageText('1 tablett dagligen i 1 månad, därefter 2 tabletter dagligen');
    expect(textCanonical(monthly, asOf, { start: '2026-10-21' as IsoDate })).toMatchObject({ step: 0 });
    expect(textCanonical(monthly, asOf, { start: '2026-10-20' as IsoDate })).toMatchObject({ step: 1 });
  });

  it('of an item, begins on the item’s start date', () => {
    const item = ordinationItem(ordination('C-1', FUROSEMID, dosage('2 tabletter dagligen i 5 dagar, därefter 1 tablett dagligen'), { period: { start: '2026-11-19' } }));
    expect(canonicalDosageOf(item, asOf)).toMatchObject({ step: 0, schedule: { unslotted: { quantity: 2 } } });
  });
});
