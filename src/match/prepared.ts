import { canonicalDosageOf, dosageSignature, scheduleExposure, strengthKey, type CanonicalDosage, type SubstanceExposure } from '../dosage';
import {
  activityOn,
  formClass,
  isUnknown,
  routeKey,
  substanceKey,
  substanceSetKey,
  type Activity,
  type IsoDate,
  type MedicationItem,
} from '../model';

/**
 * An item prepared for reconciliation (förberedd post) on one reconciliation date: the item itself,
 * whole, with what matching, diffing and the text check read of it, worked out once at the start of
 * a reconciliation instead of once per candidate pair and per stage. Nothing here is new
 * information: each value is what the named function gives for the item on that date.
 *
 * @example
 * const p = prepareItem(levaxin100, '2026-11-20');
 * p.substanceSet   // ['levotyroxin']
 * p.strengthsKey   // 'levotyroxin 100 mikrog'
 * p.dosage.kind    // 'scheduled' (canonicalDosageOf on the date)
 * p.active         // true
 */
export interface PreparedItem<A extends MedicationItem = MedicationItem> {
  readonly item: A;
  /** `activityOn` the date. */
  readonly activity: Activity;
  /** Whether the activity is `active`: the item is in force on the date. */
  readonly active: boolean;
  /** `canonicalDosageOf` the date. */
  readonly dosage: CanonicalDosage;
  /** `asNeededOnly`: an as-needed order only (vid behov, no scheduled dose). */
  readonly asNeededOnly: boolean;
  /** `scheduleExposure` of the scheduled dosage with the product's substances; undefined when not scheduled or the units do not convert. */
  readonly exposure: ReadonlyArray<SubstanceExposure> | undefined;
  /** `dosageSignature` of the canonical dosage. */
  readonly signature: string;
  /** `substanceKey` of each substance, in the product's order. */
  readonly substanceKeys: ReadonlyArray<string>;
  /** `substanceSet`: the sorted, distinct substance keys. */
  readonly substanceSet: ReadonlyArray<string>;
  /** `substanceSetKey` of the substance set. */
  readonly substanceSetKey: string;
  /** `strengthsKey` of the product's substances. */
  readonly strengthsKey: string;
  /** The strengths stated (known) by substance key, each as `strengthsKey` of that substance alone, in the product's order. */
  readonly statedStrengths: ReadonlyArray<readonly [string, string]>;
  /** `formClass` of a known form; undefined when the form is absent or unknown. */
  readonly formClass: string | undefined;
  /** `routeKey` of a known route; undefined when the route is absent or unknown. */
  readonly routeKey: string | undefined;
}

/** A substance's strength as `strengthsKey` writes it. */
const strengthPart = (strength: MedicationItem['product']['substances'][number]['strength']): string =>
  strength === undefined ? '-' : isUnknown(strength) ? '?' : strengthKey(strength);

/**
 * Prepares one item for a reconciliation on `asOf`: every value of `PreparedItem`, once.
 *
 * @example
 * prepareItem(zopiklonC4, '2026-11-20').activity // { kind: 'discontinued', date: '2026-11-15', … }
 */
export const prepareItem = <A extends MedicationItem>(item: A, asOf: IsoDate): PreparedItem<A> => {
  const { substances, form } = item.product;
  const substanceKeys: string[] = [];
  const strengthParts: string[] = [];
  const statedStrengths: Array<readonly [string, string]> = [];
  for (const s of substances) {
    const key = substanceKey(s.name);
    substanceKeys.push(key);
    const part = `${key} ${strengthPart(s.strength)}`;
    strengthParts.push(part);
    if (s.strength !== undefined && !isUnknown(s.strength)) statedStrengths.push([key, part]);
  }
  const set = [...new Set(substanceKeys)].sort();
  const activity = activityOn(item, asOf);
  const dosage = canonicalDosageOf(item, asOf);
  const exposure = dosage.kind === 'scheduled' ? scheduleExposure(dosage.schedule, substances) : undefined;
  return {
    item,
    activity,
    active: activity.kind === 'active',
    dosage,
    asNeededOnly: dosage.kind === 'as-needed',
    exposure,
    signature: dosageSignature(dosage, substances, { exposure }),
    substanceKeys,
    substanceSet: set,
    substanceSetKey: substanceSetKey(set),
    strengthsKey: strengthParts.sort().join('; '),
    statedStrengths,
    formClass: form === undefined || isUnknown(form) ? undefined : formClass(form),
    routeKey: item.route === undefined || isUnknown(item.route) ? undefined : routeKey(item.route),
  };
};

/**
 * Prepares a list of items on `asOf`, in the list's order.
 *
 * @example
 * prepareItems(journal.ordinations, '2026-11-20').map((p) => p.item.id) // ['C-1', 'C-2', …]
 */
export const prepareItems = <A extends MedicationItem>(items: ReadonlyArray<A>, asOf: IsoDate): ReadonlyArray<PreparedItem<A>> => {
  const prepared: Array<PreparedItem<A>> = [];
  for (const item of items) prepared.push(prepareItem(item, asOf));
  return prepared;
};
