import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handoverList, isLeft, parseJournal, parsePreviousList, parsePrescriptionList, reconcile, toHandoverJson } from '../../src/index';

const read = (file: string): string => readFileSync(file, 'utf8');

describe('the handover list from the library', () => {
  it('is the one medrec handover writes, sources and all, from the README flow with no options but previous', () => {
    const journal = parseJournal(read('examples/data/cosmic-export.json'), { file: 'cosmic-export.json' });
    const list = parsePrescriptionList(read('examples/data/pascal-export.json'), { file: 'pascal-export.json' });
    const previous = parsePreviousList(read('examples/handover/forra-listan.json'));
    if (isLeft(journal) || isLeft(list) || isLeft(previous)) throw new Error('the example pair reads');
    const result = reconcile(journal.right, list.right, { asOf: '2026-11-20' });
    if (isLeft(result)) throw new Error('the example pair reconciles');
    const handover = handoverList(result.right, { previous: previous.right });
    if (isLeft(handover)) throw new Error('the previous list is of the same patient');
    const json = toHandoverJson(handover.right);
    expect(json.sources).toEqual({
      cosmic: { exportedAt: journal.right.exportedAt, unit: journal.right.unit ?? null },
      pascal: { exportedAt: list.right.exportedAt, doseDispensing: list.right.doseDispensing },
    });
    // examples/handover/lista.json is what the CLI writes (test/cli/examples.test.ts keeps it so).
    expect(`${JSON.stringify(json, null, 2)}\n`).toBe(read('examples/handover/lista.json'));
  });

  it('takes asOf as a Date as well as a string, and never defaults it', () => {
    const journal = parseJournal(read('examples/data/cosmic-export.json'));
    const list = parsePrescriptionList(read('examples/data/pascal-export.json'));
    if (isLeft(journal) || isLeft(list)) throw new Error('the example pair reads');
    const byString = reconcile(journal.right, list.right, { asOf: '2026-11-20' });
    const byDate = reconcile(journal.right, list.right, { asOf: new Date(2026, 10, 20) });
    expect(byDate).toEqual(byString);
    const missing = reconcile(journal.right, list.right, undefined as unknown as { asOf: string });
    expect(missing).toMatchObject({ _tag: 'Left', left: { kind: 'invalid-as-of', message: 'asOf: expected a date (YYYY-MM-DD, or a valid Date), got missing' } });
    expect(reconcile(journal.right, list.right, { asOf: new Date(Number.NaN) })).toMatchObject({ _tag: 'Left', left: { message: 'asOf: expected a date (YYYY-MM-DD, or a valid Date), got Invalid Date' } });
  });
});
