import { canonicalDosage } from '../dosage';
import { compareDates, compareTimestamps, isUnknown, type IsoDate, type MedicationItem, type Source, type Timestamp } from '../model';
import type { Intent, IntentEvidence } from './deviation';

/** The facts an item records about when or why it changed. */
const evidenceOf = (item: MedicationItem, asOf: IsoDate): ReadonlyArray<IntentEvidence> => {
  const base = { source: item.source, item: item.id } as const;
  const found: IntentEvidence[] = [{ kind: 'started', ...base, date: item.period.start }];
  if (item.status.kind === 'discontinued') found.push({ kind: 'discontinued', ...base, date: item.status.date ?? null, reason: item.status.reason ?? null });
  if (item.status.kind === 'cancelled') found.push({ kind: 'cancelled', ...base });
  const dosage = item.dosage;
  if (!isUnknown(dosage) && dosage.steps.length > 0) {
    const canon = canonicalDosage(dosage, asOf);
    const index = canon.kind === 'scheduled' && canon.step !== undefined && canon.step >= 0 ? canon.step : 0;
    const step = dosage.steps[index]!;
    found.push({ kind: 'dose-step', ...base, from: step.from, to: step.to ?? null });
  }
  if (item.updatedAt !== undefined) found.push({ kind: 'updated', ...base, at: item.updatedAt });
  return found;
};

/** When a side last recorded a change: the latest date it records (on or before `asOf`), and its latest `updatedAt` on that day. */
interface LastChange {
  readonly date: IsoDate;
  readonly at?: Timestamp;
}

const dateOf = (e: IntentEvidence): IsoDate | null => {
  switch (e.kind) {
    case 'started':
      return e.date;
    case 'discontinued':
      return e.date;
    case 'dose-step':
      return e.from;
    case 'updated':
      return e.at.slice(0, 10) as IsoDate;
    case 'cancelled':
      return null;
  }
};

const lastChange = (evidence: ReadonlyArray<IntentEvidence>, asOf: IsoDate): LastChange | null => {
  let latest: IsoDate | null = null;
  for (const e of evidence) {
    const date = dateOf(e);
    // A date after the reconciliation day is a plan (a future stop or step), not a change already made.
    if (date !== null && compareDates(date, asOf) <= 0 && (latest === null || compareDates(date, latest) > 0)) latest = date;
  }
  if (latest === null) return null;
  const stamps = evidence.flatMap((e) => (e.kind === 'updated' && e.at.startsWith(latest) ? [e.at] : []));
  const at = stamps.reduce<Timestamp | undefined>((max, s) => (max === undefined || compareTimestamps(s, max) > 0 ? s : max), undefined);
  return at === undefined ? { date: latest } : { date: latest, at };
};

/** Positive when `a` is later than `b`, negative when earlier, zero when the records cannot tell. */
const compareChanges = (a: LastChange, b: LastChange): number => {
  const byDate = compareDates(a.date, b.date);
  if (byDate !== 0) return byDate;
  return a.at !== undefined && b.at !== undefined ? Math.sign(compareTimestamps(a.at, b.at)) : 0;
};

/**
 * The intent behind a discrepancy between `cosmic` and `pascal` items (either side may be empty),
 * after the WHO High 5s taxonomy. `documented-change` when one side records the change:
 * - a discontinuation with both a date and a reason;
 * - a dose step;
 * - an `updatedAt` later than everything the other side records (its own `updatedAt`, start,
 *   discontinuation, dose steps).
 * Otherwise `unexplained`. `changedMostRecently` is the side whose latest recorded change (on or
 * before `asOf`) is later, the only side with items when the other has none, or null when the records
 * cannot tell. Never says which side is right.
 *
 * @example
 * intentOf([zopiklonC4], [zopiklonP4], '2026-11-20')
 * // { kind: 'documented-change', changedMostRecently: 'cosmic', documentedBy: [discontinued C-4 2026-11-15 'fallrisk, dagtrötthet'], evidence: [...] }
 */
export const intentOf = (cosmic: ReadonlyArray<MedicationItem>, pascal: ReadonlyArray<MedicationItem>, asOf: IsoDate): Intent => {
  const sides: Record<Source, ReadonlyArray<IntentEvidence>> = {
    cosmic: cosmic.flatMap((i) => evidenceOf(i, asOf)),
    pascal: pascal.flatMap((i) => evidenceOf(i, asOf)),
  };
  const last = { cosmic: lastChange(sides.cosmic, asOf), pascal: lastChange(sides.pascal, asOf) };
  const changedMostRecently = ((): Source | null => {
    if (cosmic.length === 0 || pascal.length === 0) return cosmic.length > 0 ? 'cosmic' : pascal.length > 0 ? 'pascal' : null;
    if (last.cosmic === null || last.pascal === null) return last.cosmic !== null ? 'cosmic' : last.pascal !== null ? 'pascal' : null;
    const order = compareChanges(last.cosmic, last.pascal);
    return order > 0 ? 'cosmic' : order < 0 ? 'pascal' : null;
  })();

  const updatedAfterOther = (side: Source, e: IntentEvidence): boolean => {
    if (e.kind !== 'updated' || (side === 'cosmic' ? pascal : cosmic).length === 0) return false;
    if (compareDates(e.at.slice(0, 10) as IsoDate, asOf) > 0) return false;
    const other = last[side === 'cosmic' ? 'pascal' : 'cosmic'];
    return other === null || compareChanges({ date: e.at.slice(0, 10) as IsoDate, at: e.at }, other) > 0;
  };
  const documents = (side: Source) => (e: IntentEvidence): boolean =>
    (e.kind === 'discontinued' && e.date !== null && e.reason !== null) || e.kind === 'dose-step' || updatedAfterOther(side, e);
  const documentedBy = [...sides.cosmic.filter(documents('cosmic')), ...sides.pascal.filter(documents('pascal'))];
  return {
    kind: documentedBy.length > 0 ? 'documented-change' : 'unexplained',
    changedMostRecently,
    documentedBy,
    evidence: [...sides.cosmic, ...sides.pascal],
  };
};
