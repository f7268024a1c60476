import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeJournal } from '../../src/decode';
import { activityOn, type IsoDate, type Ordination } from '../../src/model';
import { dose, doses, journal, ordination, product } from '../builders';

const AS_OF = '2026-11-20' as IsoDate;
const item = (extra: Record<string, unknown>, dosage = doses('1', dose('08:00'))): Ordination => {
  const decoded = decodeJournal(journal(ordination('C-1', product('Furix 40 mg', 'furosemid', 40), dosage, extra)));
  if (E.isLeft(decoded) || decoded.right.ordinations.length !== 1) throw new Error('test item must decode');
  return decoded.right.ordinations[0]!;
};

describe('whether an item is in force on the reconciliation date', () => {
  it('is active with no end, no discontinuation, started before', () => {
    expect(activityOn(item({}), AS_OF)).toEqual({ kind: 'active' });
  });

  it('a discontinuation on or before the day stops it; one in the future does not yet', () => {
    expect(activityOn(item({ discontinued: { date: '2026-11-20', reason: 'biverkan' } }), AS_OF)).toEqual({ kind: 'discontinued', date: '2026-11-20', reason: 'biverkan' });
    expect(activityOn(item({ discontinued: { date: '2026-11-21' } }), AS_OF)).toEqual({ kind: 'active' });
  });

  it('the planned last day is still a day in force; the day after, it has ended', () => {
    expect(activityOn(item({ period: { start: '2026-11-01', end: '2026-11-20' } }), AS_OF)).toEqual({ kind: 'active' });
    expect(activityOn(item({ period: { start: '2026-11-01', end: '2026-11-19' } }), AS_OF)).toEqual({ kind: 'ended', end: '2026-11-19' });
  });

  it('starting tomorrow is not yet in force', () => {
    expect(activityOn(item({ period: { start: '2026-11-21' } }), AS_OF)).toEqual({ kind: 'not-started', start: '2026-11-21' });
  });

  it('a taper whose every step has ended has ended; one with an open last step goes on', () => {
    const closed = { text: 'nedtrappning', steps: [{ from: '2026-11-01', to: '2026-11-10', doses: [dose('08:00', 2)] }, { from: '2026-11-11', to: '2026-11-15', doses: [dose('08:00')] }] };
    expect(activityOn(item({}, closed), AS_OF)).toEqual({ kind: 'ended', end: '2026-11-15' });
    const open = { text: 'nedtrappning', steps: [{ from: '2026-11-01', to: '2026-11-10', doses: [dose('08:00', 2)] }, { from: '2026-11-11', doses: [dose('08:00')] }] };
    expect(activityOn(item({}, open), AS_OF)).toEqual({ kind: 'active' });
  });
});
