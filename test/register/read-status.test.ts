import { afterAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model';
import { ingest, readStatus, statusFold, type DeviationRow, type RegisterStatus, type RegisterStore } from '../../src/register';
import { BACKENDS, open } from './backends';
import { reconciledNights, source } from './nights';
import { row } from './rows';

const d = (s: string) => s as IsoDate;

/** The status folded in JavaScript from every deviation: the reference the database's counting must equal. */
const folded = async (store: RegisterStore): Promise<RegisterStatus> => {
  const { latestRun, patients } = await store.extent();
  const fold = statusFold(latestRun);
  for await (const page of store.scan({}, 53)) fold.add(page);
  return fold.status(patients);
};

// The latest run is 2026-11-30: ages on and either side of each threshold (3, 7 and 30 days), days to
// resolution on either side of 7, a resolution dated before its opening (counted as 0 days), unknown
// unit and municipality, a risk band outside the four, Swedish names to sort, two months, reopenings.
const EDGES: ReadonlyArray<DeviationRow> = [
  row({ key: 'a', openedOn: d('2026-11-30'), firstSeen: d('2026-11-30') }),
  row({ key: 'b', openedOn: d('2026-11-27'), riskBand: 'low' }),
  row({ key: 'c', openedOn: d('2026-11-26'), serious: false }),
  row({ key: 'd', openedOn: d('2026-11-26'), municipality: 'Åmål', unit: 'Åmåls hemsjukvård' }),
  row({ key: 'e', openedOn: d('2026-11-23'), riskBand: 'very-high' }),
  row({ key: 'f', openedOn: d('2026-11-22'), riskBand: 'moderate', municipality: 'Arvika' }),
  row({ key: 'g', openedOn: d('2026-10-31'), firstSeen: d('2026-10-31'), municipality: null, unit: null }),
  row({ key: 'h', openedOn: d('2026-10-30'), firstSeen: d('2026-10-02'), reopened: 2, riskBand: 'okänd' }),
  row({ key: 'i', openedOn: d('2026-11-20'), resolvedOn: d('2026-11-20') }),
  row({ key: 'j', openedOn: d('2026-11-10'), resolvedOn: d('2026-11-17'), kind: 'missing-in-pascal', municipality: 'Älvdalen' }),
  row({ key: 'k', openedOn: d('2026-11-10'), resolvedOn: d('2026-11-18'), reopened: 1, municipality: 'Arvika', unit: null }),
  row({ key: 'l', openedOn: d('2026-11-25'), resolvedOn: d('2026-11-24'), kind: 'schedule' }),
  row({ key: 'm', patientId: 'SYN-0000002', openedOn: d('2026-10-01'), firstSeen: d('2026-10-01'), resolvedOn: d('2026-11-29'), municipality: 'Åmål' }),
];

describe.each(BACKENDS)('register status counted by $name', (backend) => {
  const stores: RegisterStore[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close().catch(() => undefined);
  });
  const fresh = async () => {
    const store = await open(await backend.fresh());
    stores.push(store);
    return store;
  };

  it('is the status folded from every deviation, at every threshold and for unknown groups', async () => {
    const store = await fresh();
    await store.transaction(async (tx) =>
      tx.save(
        [
          { patientId: 'SYN-0000001', lastRun: d('2026-11-30'), unit: 'Hemsjukvården', municipality: 'Karlstad' },
          { patientId: 'SYN-0000002', lastRun: d('2026-11-29'), unit: 'Åmåls hemsjukvård', municipality: 'Åmål' },
        ],
        EDGES,
      ),
    );
    const status = await readStatus(store);
    expect(status).toEqual(await folded(store));
    expect(status.openByAge.map((a) => a.total)).toEqual([2, 3, 2, 1]);
    expect(status.totals).toMatchObject({ deviations: 13, open: 8, resolved: 5, reopened: 2, seriousOpenOver3Days: 5 });
  }, 60_000); // opens a real database (PostgreSQL: a new schema) on a shared machine

  it('is the status folded from every deviation after nights of ingest', async () => {
    const store = await fresh();
    const nights = reconciledNights(17, 30, 4);
    for (const n of nights) {
      const done = await ingest(store, [source(`natt-${n.date}.ndjson`, n.results)]);
      expect(done._tag).toBe('Right');
    }
    expect(await readStatus(store)).toEqual(await folded(store));
  }, 120_000); // reconciles 30 synthetic patients over 4 nights, then ingests them

  it('is the empty status for an empty register', async () => {
    const store = await fresh();
    expect(await readStatus(store)).toEqual(statusFold(null).status(0));
  }, 60_000);
});
