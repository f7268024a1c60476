import type { PreparedItem, PreparedMatch } from '../match';
import {
  compareDates,
  foldText,
  isUnknown,
  productName,
  known,
  type Activity,
  type IsoDate,
  type MedicationItem,
  type Ordination,
  type Prescription,
  type Unknown,
} from '../model';
import { discrepancy, type ComparedField, type Discrepancy, type StatusValue } from './discrepancy';
import { compareDosages } from './dosage';
import { textMismatches } from './text-mismatch';


const itemsOf = <A extends MedicationItem>(items: ReadonlyArray<PreparedItem<A>>): ReadonlyArray<A> => items.map((p) => p.item);

const dosageText = (items: ReadonlyArray<MedicationItem>): string =>
  items.map((i) => (isUnknown(i.dosage) ? (i.dosage.text ?? 'okänd dosering') : i.dosage.text)).join(' + ');

/** The planned last day as stated, null for none or unknown. */
const knownEnd = (i: MedicationItem): IsoDate | null => known(i.period.end) ?? null;

/**
 * The end of a side for a `period` discrepancy: the day it ended (its planned end or its last dose
 * step) where it has ended, else its planned end.
 */
const endOn = (activity: ReadonlyArray<Activity>, items: ReadonlyArray<MedicationItem>): IsoDate | null => {
  const ended = activity.find((a) => a.kind === 'ended');
  return ended?.kind === 'ended' ? ended.end : knownEnd(items[0]!);
};

const statusValue = (activity: Activity): StatusValue => ({
  status: activity.kind,
  date: activity.kind === 'discontinued' ? (activity.date ?? null) : activity.kind === 'not-started' ? activity.start : activity.kind === 'ended' ? activity.end : null,
  reason: activity.kind === 'discontinued' ? (activity.reason ?? null) : null,
});

/** True when some item of `as` and some item of `bs` differ by `differs`. */
const anyPairDiffers = <I, T>(as: ReadonlyArray<I>, bs: ReadonlyArray<I>, get: (i: I) => T, differs: (a: T, b: T) => boolean): boolean =>
  as.some((a) => bs.some((b) => differs(get(a), get(b))));

/** Whether two classes differ where both are known (undefined: absent or unknown, no difference). */
const knownDiffer = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a !== b;

/** The known values among `values`: neither absent nor unknown (stated but unreadable). */
const defined = <T>(values: ReadonlyArray<T | Unknown | undefined>): ReadonlyArray<T> => {
  const found: T[] = [];
  for (const v of values) if (v !== undefined && !isUnknown(v)) found.push(v as T);
  return found;
};

/** The fields that are unknown (stated but unreadable) on some item of a side. */
const unknownFields = (items: ReadonlyArray<MedicationItem>): ReadonlySet<ComparedField> => {
  const found = new Set<ComparedField>();
  for (const i of items) {
    if (isUnknown(i.dosage)) found.add('dosage');
    if (i.product.substances.some((s) => isUnknown(s.strength))) found.add('strength');
    if (isUnknown(i.product.form)) found.add('form');
    if (isUnknown(i.route)) found.add('route');
    if (isUnknown(i.dispensing)) found.add('dispensing');
    if (isUnknown(i.period.end)) found.add('period');
    if (isUnknown(i.purpose)) found.add('purpose');
  }
  return found;
};

/**
 * Whether a side states `field` (known or unknown). A dosage and a period are always stated (no
 * planned end is a statement); the other fields only where some item gives them.
 */
const states = (items: ReadonlyArray<MedicationItem>, field: ComparedField): boolean => {
  switch (field) {
    case 'dosage':
    case 'period':
      return items.length > 0;
    case 'strength':
      return items.some((i) => i.product.substances.some((s) => s.strength !== undefined));
    case 'form':
      return items.some((i) => i.product.form !== undefined);
    case 'route':
      return items.some((i) => i.route !== undefined);
    case 'dispensing':
      return items.some((i) => i.dispensing !== undefined);
    case 'purpose':
      return items.some((i) => i.purpose !== undefined);
  }
};

const COMPARED_FIELDS: ReadonlyArray<ComparedField> = ['dosage', 'strength', 'form', 'route', 'dispensing', 'period', 'purpose'];

/**
 * The discrepancies between the two sides of a line whose items are all in force: dosage, strength,
 * form, route, dispensing, planned end, purpose and an expired prescription. A field unknown on one
 * side (stated but unreadable) and stated on the other is never compared: the line gets one
 * `not-comparable` naming every such field (and a dosage that cannot be compared), never a guessed
 * difference.
 */
const diffActive = (
  cosmicPrepared: ReadonlyArray<PreparedItem<Ordination>>,
  pascalPrepared: ReadonlyArray<PreparedItem<Prescription>>,
  drug: string,
  asOf: IsoDate,
): ReadonlyArray<Discrepancy> => {
  const cosmic = itemsOf(cosmicPrepared);
  const pascal = itemsOf(pascalPrepared);
  const cosmicUnknown = unknownFields(cosmic);
  const pascalUnknown = unknownFields(pascal);
  const blocked = new Set(
    COMPARED_FIELDS.filter((f) => (cosmicUnknown.has(f) && states(pascal, f)) || (pascalUnknown.has(f) && states(cosmic, f))),
  );
  const dosages = blocked.has('dosage') ? [] : compareDosages(cosmicPrepared, pascalPrepared, drug);
  if (dosages.some((d) => d.kind === 'not-comparable')) blocked.add('dosage');
  const found: Discrepancy[] = dosages.filter((d) => d.kind !== 'not-comparable');
  if (blocked.size > 0) {
    const fields = COMPARED_FIELDS.filter((f) => blocked.has(f));
    const value = (items: ReadonlyArray<MedicationItem>, unknown: ReadonlySet<ComparedField>) => ({
      dosage: dosageText(items),
      fields,
      unknown: fields.filter((f) => unknown.has(f)),
    });
    found.push(discrepancy('not-comparable', drug, cosmic, pascal, value(cosmic, cosmicUnknown), value(pascal, pascalUnknown)));
  }
  // Forms and routes differ only where both are known (formsDiffer, routesDiffer): on their prepared classes.
  if (anyPairDiffers<PreparedItem, string | undefined>(cosmicPrepared, pascalPrepared, (i) => i.formClass, knownDiffer)) {
    found.push(discrepancy('form', drug, cosmic, pascal, { forms: defined(cosmic.map((i) => i.product.form)) }, { forms: defined(pascal.map((i) => i.product.form)) }));
  }
  if (anyPairDiffers<PreparedItem, string | undefined>(cosmicPrepared, pascalPrepared, (i) => i.routeKey, knownDiffer)) {
    found.push(discrepancy('route', drug, cosmic, pascal, { routes: defined(cosmic.map((i) => i.route)) }, { routes: defined(pascal.map((i) => i.route)) }));
  }
  const cosmicDispensing = defined(cosmic.map((i) => i.dispensing));
  const pascalDispensing = defined(pascal.map((i) => i.dispensing));
  const otherDispensing = cosmicDispensing.find((d) => pascalDispensing.some((p) => p !== d));
  if (otherDispensing !== undefined) {
    found.push(discrepancy('dispensing', drug, cosmic, pascal, { dispensing: otherDispensing }, { dispensing: pascalDispensing.find((p) => p !== otherDispensing)! }));
  }
  if (!blocked.has('period') && anyPairDiffers<MedicationItem, IsoDate | null>(cosmic, pascal, knownEnd, (a, b) => a !== b)) {
    found.push(discrepancy('period', drug, cosmic, pascal, { end: knownEnd(cosmic[0]!) }, { end: knownEnd(pascal[0]!) }));
  }
  // Both sides state a purpose and the texts differ (case and spaces aside): which one the
  // municipal nurse reads on the list is for the prescriber to settle, however small.
  const purposes = (items: ReadonlyArray<MedicationItem>) => defined(items.map((i) => i.purpose));
  const purposeDiffers = (a: string | Unknown | undefined, b: string | Unknown | undefined) =>
    typeof a === 'string' && typeof b === 'string' && foldText(a) !== foldText(b);
  if (anyPairDiffers<MedicationItem, string | Unknown | undefined>(cosmic, pascal, (i) => i.purpose, purposeDiffers)) {
    found.push(discrepancy('purpose', drug, cosmic, pascal, { purposes: purposes(cosmic) }, { purposes: purposes(pascal) }));
  }
  // An unknown validUntil (stated, unreadable) is listed as a problem; it is never taken as expired.
  const validUntil = (p: Prescription): IsoDate | undefined => known(p.validUntil);
  const expired = pascal.find((p) => { const v = validUntil(p); return v !== undefined && compareDates(v, asOf) < 0; });
  if (expired !== undefined) {
    found.push(discrepancy('prescription-expired', drug, cosmic, pascal, { active: true, validUntil: null }, { active: true, validUntil: validUntil(expired) ?? null }));
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
 * diffSides(prepareItems([zopiklonC4], asOf), prepareItems([zopiklonP4], asOf), 'zopiklon', '2026-11-20') // [status: utsatt 2026-11-15 against aktiv]
 */
export const diffSides = (
  cosmicPrepared: ReadonlyArray<PreparedItem<Ordination>>,
  pascalPrepared: ReadonlyArray<PreparedItem<Prescription>>,
  drug: string,
  asOf: IsoDate,
): ReadonlyArray<Discrepancy> => {
  const cosmicActive = cosmicPrepared.every((p) => p.active);
  const pascalActive = pascalPrepared.every((p) => p.active);
  if (cosmicActive && pascalActive) return diffActive(cosmicPrepared, pascalPrepared, drug, asOf);
  const cosmic = itemsOf(cosmicPrepared);
  const pascal = itemsOf(pascalPrepared);
  const cosmicActivity = cosmicPrepared.map((p) => p.activity);
  const pascalActivity = pascalPrepared.map((p) => p.activity);
  // Rule 4 of the contract: in force on neither side is history, whatever else differs.
  const inForce = (activity: ReadonlyArray<Activity>) => activity.some((a) => a.kind === 'active');
  if (!inForce(cosmicActivity) && !inForce(pascalActivity)) return [];
  const inactive = [...cosmicActivity, ...pascalActivity].find((a) => a.kind !== 'active')!;
  if (inactive.kind === 'ended') {
    const side = (activity: ReadonlyArray<Activity>, items: ReadonlyArray<MedicationItem>) => ({
      end: endOn(activity, items),
      ended: activity.some((a) => a.kind === 'ended'),
    });
    return [discrepancy('period', drug, cosmic, pascal, side(cosmicActivity, cosmic), side(pascalActivity, pascal))];
  }
  const status = (activity: ReadonlyArray<Activity>) => statusValue(activity.find((a) => a.kind !== 'active') ?? activity[0]!);
  return [discrepancy('status', drug, cosmic, pascal, status(cosmicActivity), status(pascalActivity))];
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
 * diffMatch(matchPrepared(cosmic, pascal)[4], 'omeprazol', '2026-11-20') // [missing-in-cosmic] (P-5, unpaired)
 */
export const diffMatch = (prepared: PreparedMatch, drug: string, asOf: IsoDate): ReadonlyArray<Discrepancy> => {
  const sides = diffSidesOf(prepared, drug, asOf);
  const texts = textMismatches([...prepared.cosmic, ...prepared.pascal], drug, asOf);
  return texts.length === 0 ? sides : [...sides, ...texts];
};

const diffSidesOf = (prepared: PreparedMatch, drug: string, asOf: IsoDate): ReadonlyArray<Discrepancy> => {
  const match = prepared.match;
  switch (match.kind) {
    case 'unpaired': {
      const item = match.item;
      if (!(prepared.cosmic[0] ?? prepared.pascal[0])!.active) return [];
      const value = { product: productName(item.product), dosage: dosageText([item]) };
      if (item.source === 'pascal') return [discrepancy('missing-in-cosmic', drug, [], [item], null, value)];
      // An unknown supply may be a prescription: the item is shown as missing (and its problem listed).
      return item.supply === 'prescription' || isUnknown(item.supply) ? [discrepancy('missing-in-pascal', drug, [item], [], value, null)] : [];
    }
    case 'duplicate': {
      const copies = match.side === 'cosmic' ? match.cosmic : match.pascal;
      const single = match.side === 'cosmic' ? match.pascal : match.cosmic;
      const itemIds = (items: ReadonlyArray<MedicationItem>) => items.map((i) => i.id);
      const copiesValue = { items: itemIds(copies), products: copies.map((i) => productName(i.product)) };
      const singleValue = { items: itemIds(single), products: single.map((i) => productName(i.product)) };
      const duplicate = discrepancy(
        'duplicate',
        drug,
        match.cosmic,
        match.pascal,
        match.side === 'cosmic' ? copiesValue : singleValue,
        match.side === 'cosmic' ? singleValue : copiesValue,
      );
      const cosmicPair = prepared.cosmic.filter((i) => !match.surpluses.includes(i.item));
      const pascalPair = prepared.pascal.filter((i) => !match.surpluses.includes(i.item));
      return [duplicate, ...diffSides(cosmicPair, pascalPair, drug, asOf)];
    }
    case 'pair':
    case 'combination':
      return diffSides(prepared.cosmic, prepared.pascal, drug, asOf);
  }
};
