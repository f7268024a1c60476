import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handoverList, parsePreviousList, type HandoverList, type PreviousList } from '../../src/handover';
import { toHandoverJson } from '../../src/render';
import { examplePair, reconcilePair, type RawPair } from '../classify/arbitrary';

// The patient before the hospital stay (examples/handover/fore-sjukhusvistelsen): furosemid 40 mg in the
// morning, zopiklon in force, no oxikodon. Its list was handed over on 2026-11-01.
const before = (): RawPair => ({
  cosmic: JSON.parse(readFileSync('examples/handover/fore-sjukhusvistelsen/cosmic-export.json', 'utf8')) as RawPair['cosmic'],
  pascal: JSON.parse(readFileSync('examples/handover/fore-sjukhusvistelsen/pascal-export.json', 'utf8')) as RawPair['pascal'],
});

const listOf = (pair: RawPair, asOf: string, previous?: PreviousList): HandoverList => {
  const list = handoverList(reconcilePair(pair, asOf), previous === undefined ? {} : { previous });
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

const handedOver = (): PreviousList => {
  const read = parsePreviousList(JSON.stringify(toHandoverJson(listOf(before(), '2026-11-01'))));
  if (E.isLeft(read)) throw new Error(read.left.message);
  return read.right;
};

describe('changes since the list handed over before the hospital stay (läkemedelsberättelse)', () => {
  const changes = listOf(examplePair(), '2026-11-20', handedOver()).changes;

  it('compares against the list of 2026-11-01', () => {
    expect(changes.previous).toEqual({ asOf: '2026-11-01' });
  });

  it('lists oxikodon as started in the journal, with its purpose', () => {
    expect(changes.entries).toContainEqual({ kind: 'started', key: 'oxikodon', drug: 'oxikodon', sources: ['cosmic'], purpose: ['mot smärta'] });
  });

  it('lists zopiklon as stopped in the journal, with the date and reason the journal gives', () => {
    expect(changes.entries).toContainEqual({ kind: 'stopped', key: 'zopiklon', drug: 'zopiklon', sources: ['cosmic'], absent: false, date: '2026-11-15', reason: 'fallrisk, dagtrötthet' });
  });

  it('lists the furosemid dose as changed in the journal, keeping both the old and the new cells', () => {
    const change = changes.entries.find((c) => c.kind === 'changed');
    expect(change).toMatchObject({ kind: 'changed', key: 'furosemid', field: 'dose', sources: ['cosmic'], before: { kind: 'same' }, after: { kind: 'differs' } });
  });

  it('lists nothing else: started first, then stopped, then changed', () => {
    expect(changes.entries.map((c) => `${c.kind} ${c.drug}`)).toEqual(['started oxikodon', 'stopped zopiklon', 'changed furosemid']);
  });

  it('has no previous list, and no changes, when none is given', () => {
    expect(listOf(examplePair(), '2026-11-20').changes).toEqual({ previous: null, entries: [] });
  });

  it('says a drug that is on neither list any more is absent', () => {
    const pair = examplePair();
    const without = {
      cosmic: { ...pair.cosmic, ordinations: pair.cosmic.ordinations.filter((o) => o['ordinationId'] !== 'C-3') },
      pascal: { ...pair.pascal, prescriptions: pair.pascal.prescriptions.filter((p) => p['prescriptionId'] !== 'P-3') },
    };
    expect(listOf(without, '2026-11-20', handedOver()).changes.entries).toContainEqual({
      kind: 'stopped',
      key: 'apixaban',
      drug: 'apixaban',
      sources: ['cosmic', 'pascal'],
      absent: true,
      date: null,
      reason: null,
    });
  });
});
