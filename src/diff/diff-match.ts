import type { Match } from '../match';
import {
  activityOn,
  compareDates,
  foldText,
  formsDiffer,
  routesDiffer,
  type Activity,
  type IsoDate,
  type MedicationItem,
  type Ordination,
  type Prescription,
} from '../model';
import { discrepancy, type Discrepancy, type StatusValue } from './discrepancy';
import { compareDosages } from './dosage';
import { textMismatches } from './text-mismatch';

const ids = (items: ReadonlyArray<MedicationItem>) => items.map((i) => i.id);

const statusValue = (activity: Activity): StatusValue => ({
  status: activity.kind,
  date: activity.kind === 'discontinued' ? (activity.date ?? null) : activity.kind === 'not-started' ? activity.start : activity.kind === 'ended' ? activity.end : null,
  reason: activity.kind === 'discontinued' ? (activity.reason ?? null) : null,
});

/** True when some item of `as` and some item of `bs` differ by `differs`. */
const anyPairDiffers = <T>(as: ReadonlyArray<MedicationItem>, bs: ReadonlyArray<MedicationItem>, get: (i: MedicationItem) => T, differs: (a: T, b: T) => boolean): boolean =>
  as.some((a) => bs.some((b) => differs(get(a), get(b))));

const defined = <T>(values: ReadonlyArray<T | undefined>): ReadonlyArray<T> => values.flatMap((v) => (v === undefined ? [] : [v]));

/**
 * The discrepancies between the two sides of a line whose items are all in force: dosage, strength,
 * form, route, dispensing, planned end, purpose and an expired prescription.
 */
const diffActive = (cosmic: ReadonlyArray<Ordination>, pascal: ReadonlyArray<Prescription>, drug: string, asOf: IsoDate): ReadonlyArray<Discrepancy> => {
  const found: Discrepancy[] = [...compareDosages(cosmic, pascal, drug, asOf)];
  if (anyPairDiffers(cosmic, pascal, (i) => i.product.form, formsDiffer)) {
    found.push(discrepancy('form', drug, ids(cosmic), ids(pascal), { forms: defined(cosmic.map((i) => i.product.form)) }, { forms: defined(pascal.map((i) => i.product.form)) }));
  }
  if (anyPairDiffers(cosmic, pascal, (i) => i.route, routesDiffer)) {
    found.push(discrepancy('route', drug, ids(cosmic), ids(pascal), { routes: defined(cosmic.map((i) => i.route)) }, { routes: defined(pascal.map((i) => i.route)) }));
  }
  const cosmicDispensing = defined(cosmic.map((i) => i.dispensing));
  const pascalDispensing = pascal.map((i) => i.dispensing);
  const otherDispensing = cosmicDispensing.find((d) => pascalDispensing.some((p) => p !== d));
  if (otherDispensing !== undefined) {
    found.push(discrepancy('dispensing', drug, ids(cosmic), ids(pascal), { dispensing: otherDispensing }, { dispensing: pascalDispensing.find((p) => p !== otherDispensing)! }));
  }
  const end = (i: MedicationItem) => i.period.end ?? null;
  if (anyPairDiffers(cosmic, pascal, end, (a, b) => a !== b)) {
    found.push(discrepancy('period', drug, ids(cosmic), ids(pascal), { end: end(cosmic[0]!) }, { end: end(pascal[0]!) }));
  }
  // Both sides state a purpose and the texts differ (case and spaces aside): which one the
  // municipal nurse reads on the list is for the prescriber to settle, however small.
  const purposes = (items: ReadonlyArray<MedicationItem>) => defined(items.map((i) => i.purpose));
  const purposeDiffers = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && foldText(a) !== foldText(b);
  if (anyPairDiffers(cosmic, pascal, (i) => i.purpose, purposeDiffers)) {
    found.push(discrepancy('purpose', drug, ids(cosmic), ids(pascal), { purposes: purposes(cosmic) }, { purposes: purposes(pascal) }));
  }
  const expired = pascal.find((p) => p.validUntil !== undefined && compareDates(p.validUntil, asOf) < 0);
  if (expired !== undefined) {
    found.push(discrepancy('prescription-expired', drug, ids(cosmic), ids(pascal), { active: true, validUntil: null }, { active: true, validUntil: expired.validUntil ?? null }));
  }
  return found;
};

/**
 * The discrepancies between the two sides of a line. When one side is in force and the other is not,
 * that is the one discrepancy: `period` when the other ended by its planned end date, `status` when
 * it was discontinued, cancelled or has not started (the classic: stopped in the journal, still packed
 * into dose bags). When neither is in force, nothing differs that matters today.
 *
 * @example
 * diffSides([zopiklonC4], [zopiklonP4], 'zopiklon', '2026-11-20') // [status: utsatt 2026-11-15 against aktiv]
 */
export const diffSides = (cosmic: ReadonlyArray<Ordination>, pascal: ReadonlyArray<Prescription>, drug: string, asOf: IsoDate): ReadonlyArray<Discrepancy> => {
  const cosmicActivity = cosmic.map((i) => activityOn(i, asOf));
  const pascalActivity = pascal.map((i) => activityOn(i, asOf));
  const cosmicActive = cosmicActivity.every((a) => a.kind === 'active');
  const pascalActive = pascalActivity.every((a) => a.kind === 'active');
  if (cosmicActive && pascalActive) return diffActive(cosmic, pascal, drug, asOf);
  if (!cosmicActive && !pascalActive) return [];
  const inactive = [...cosmicActivity, ...pascalActivity].find((a) => a.kind !== 'active')!;
  if (inactive.kind === 'ended') {
    const end = (i: MedicationItem) => i.period.end ?? null;
    return [discrepancy('period', drug, ids(cosmic), ids(pascal), { end: end(cosmic[0]!) }, { end: end(pascal[0]!) })];
  }
  const status = (activity: ReadonlyArray<Activity>) => statusValue(activity.find((a) => a.kind !== 'active') ?? activity[0]!);
  return [discrepancy('status', drug, ids(cosmic), ids(pascal), status(cosmicActivity), status(pascalActivity))];
};

/**
 * Every discrepancy of one match, then a `text-mismatch` for each item in force whose text and
 * structured dosage differ:
 * - unpaired and in force: `missing-in-pascal` for a journal ordination on prescription (items from
 *   ward stock, self-care or general directives are expected to be absent), `missing-in-cosmic` for a
 *   prescription;
 * - a duplicate: one `duplicate` naming both copies and the single counterpart, then the pair's own;
 * - a pair or a combination: `diffSides`.
 *
 * @example
 * diffMatch({ kind: 'unpaired', item: omeprazolP5, ... }, 'omeprazol', '2026-11-20') // [missing-in-cosmic]
 */
export const diffMatch = (match: Match, drug: string, asOf: IsoDate): ReadonlyArray<Discrepancy> => [
  ...diffSidesOf(match, drug, asOf),
  ...textMismatches([...match.cosmic, ...match.pascal], drug, asOf),
];

const diffSidesOf = (match: Match, drug: string, asOf: IsoDate): ReadonlyArray<Discrepancy> => {
  switch (match.kind) {
    case 'unpaired': {
      const item = match.item;
      if (activityOn(item, asOf).kind !== 'active') return [];
      const value = { product: item.product.name, dosage: item.dosage.text };
      if (item.source === 'pascal') return [discrepancy('missing-in-cosmic', drug, [], [item.id], null, value)];
      return item.supply === 'prescription' ? [discrepancy('missing-in-pascal', drug, [item.id], [], value, null)] : [];
    }
    case 'duplicate': {
      const copies = match.side === 'cosmic' ? match.cosmic : match.pascal;
      const single = match.side === 'cosmic' ? match.pascal : match.cosmic;
      const copiesValue = { items: ids(copies), products: copies.map((i) => i.product.name) };
      const singleValue = { items: ids(single), products: single.map((i) => i.product.name) };
      const duplicate = discrepancy(
        'duplicate',
        drug,
        ids(match.cosmic),
        ids(match.pascal),
        match.side === 'cosmic' ? copiesValue : singleValue,
        match.side === 'cosmic' ? singleValue : copiesValue,
      );
      const cosmicPair = match.cosmic.filter((i) => i !== match.surplus);
      const pascalPair = match.pascal.filter((i) => i !== match.surplus);
      return [duplicate, ...diffSides(cosmicPair, pascalPair, drug, asOf)];
    }
    case 'pair':
    case 'combination':
      return diffSides(match.cosmic, match.pascal, drug, asOf);
  }
};
