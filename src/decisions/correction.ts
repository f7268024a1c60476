import type { Actor, Deviation } from '../classify';
import {
  activityOn,
  addDaysTo,
  isUnknown,
  known,
  otherSource,
  redactPersonnummer,
  type Dispensing,
  type IsoDate,
  type ItemId,
  type MedicationItem,
  type Product,
  type RecordedDosage,
  type Source,
} from '../model';
import type { Reconciliation } from '../reconcile';
import type { DecidedDosage, MadeDecision } from './document';

/**
 * What a correction order asks of its system (rättelse):
 * - `discontinue` (sätt ut), `cancel` (makulera: entered in error);
 * - `change-dose`, `change-schedule` (the dosage), `change-product` (another strength or form),
 *   `change-route`, `change-period`, `change-dispensing`, `change-purpose`;
 * - `renew` (förnya receptet: its last valid day has passed);
 * - `prescribe` (förskriv: a new prescription in Pascal), `record-in-journal` (för in i journalen: a
 *   new ordination).
 */
export type CorrectionAction =
  | 'discontinue'
  | 'cancel'
  | 'change-dose'
  | 'change-schedule'
  | 'change-product'
  | 'change-route'
  | 'change-period'
  | 'change-dispensing'
  | 'change-purpose'
  | 'renew'
  | 'prescribe'
  | 'record-in-journal';

/**
 * The values a corrected (or new) item takes; fields not named stay as they are. `periodStart`/`periodEnd`
 * (null: no end) set the treatment period.
 */
export interface CorrectionValues {
  readonly dosage?: RecordedDosage;
  readonly product?: Product;
  readonly route?: string;
  readonly periodStart?: IsoDate;
  readonly periodEnd?: IsoDate | null;
  readonly dispensing?: Dispensing;
  readonly purpose?: string;
  readonly validUntil?: IsoDate;
}

/**
 * A correction order (rättelseorder): what must be changed in which system so that it holds the value
 * decided for a deviation. `items` are the items of that system to change (empty for a new item);
 * `basedOn` the items a new or changed item is made like; `on` the day it takes effect (the
 * reconciliation date); `actor` who does it; `sv`/`en` say it, e.g. "Pascal: sätt ut zopiklon (P-4)".
 */
export interface Correction {
  readonly id: string;
  readonly deviation: string;
  readonly system: Source;
  readonly action: CorrectionAction;
  readonly drug: string;
  readonly items: ReadonlyArray<ItemId>;
  readonly basedOn: ReadonlyArray<ItemId>;
  readonly set: CorrectionValues;
  readonly on: IsoDate;
  readonly actor: Actor;
  readonly sv: string;
  readonly en: string;
}

/**
 * A decided dosage (the contract's shape) as the model's recorded dosage.
 *
 * @example
 * recordedDosage({ text: '1 tablett på morgonen', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }] })
 * // { text: '1 tablett på morgonen', doses: [...], intervalDays: 1, weekdays: [], steps: [] }
 */
export const recordedDosage = (d: DecidedDosage): RecordedDosage => ({
    text: d.text,
    doses: d.doses ?? [],
    intervalDays: d.intervalDays ?? 1,
    weekdays: d.weekdays ?? [],
    steps: (d.steps ?? []).map((s) => ({ from: s.from, doses: s.doses, intervalDays: s.intervalDays ?? 1, ...(s.to === undefined ? {} : { to: s.to }) })),
    ...(d.asNeeded === undefined ? {} : { asNeeded: d.asNeeded }),
});

const SYSTEM: Readonly<Record<Source, { readonly sv: string; readonly en: string }>> = {
  cosmic: { sv: 'Journalen', en: 'Journal' },
  pascal: { sv: 'Pascal', en: 'Pascal' },
};

const DISPENSING_TEXT: Readonly<Record<Dispensing, { readonly sv: string; readonly en: string }>> = {
  'dose-dispensed': { sv: 'dosdispensering', en: 'dose dispensing' },
  'whole-package': { sv: 'helförpackning', en: 'whole package' },
};

const dosageText = (d: RecordedDosage | undefined): string => (d === undefined || d.text.trim() === '' ? 'den beslutade doseringen' : d.text);

/** What a correction says, in Swedish and English, without the system and items. */
const actionText = (action: CorrectionAction, drug: string, set: CorrectionValues): { readonly sv: string; readonly en: string } => {
  switch (action) {
    case 'discontinue':
      return { sv: `sätt ut ${drug}`, en: `discontinue ${drug}` };
    case 'cancel':
      return { sv: `makulera ${drug}`, en: `cancel ${drug}` };
    case 'change-dose':
      return { sv: `ändra dosen av ${drug} till ${dosageText(set.dosage)}`, en: `change the dose of ${drug} to ${dosageText(set.dosage)}` };
    case 'change-schedule':
      return { sv: `ändra doseringstiderna för ${drug} till ${dosageText(set.dosage)}`, en: `change the times of ${drug} to ${dosageText(set.dosage)}` };
    case 'change-product':
      return {
        sv: `byt ${drug} till ${set.product?.name ?? 'den beslutade produkten'}, ${dosageText(set.dosage)}`,
        en: `switch ${drug} to ${set.product?.name ?? 'the decided product'}, ${dosageText(set.dosage)}`,
      };
    case 'change-route':
      return { sv: `ändra administrationssätt för ${drug} till ${set.route ?? '–'}`, en: `change the route of ${drug} to ${set.route ?? '–'}` };
    case 'change-period': {
      const period = `${set.periodStart ?? ''} – ${set.periodEnd ?? ''}`.trim();
      return { sv: `ändra behandlingstiden för ${drug}: ${period}`, en: `change the treatment period of ${drug}: ${period}` };
    }
    case 'change-dispensing': {
      const d = set.dispensing === undefined ? { sv: '–', en: '–' } : DISPENSING_TEXT[set.dispensing];
      return { sv: `ändra ${drug} till ${d.sv}`, en: `change ${drug} to ${d.en}` };
    }
    case 'change-purpose':
      return { sv: `ändra ändamålet för ${drug} till ${set.purpose ?? '–'}`, en: `change the purpose of ${drug} to ${set.purpose ?? '–'}` };
    case 'renew':
      return { sv: `förnya receptet på ${drug}`, en: `renew the prescription of ${drug}` };
    case 'prescribe':
      return { sv: `förskriv ${drug}: ${set.product?.name ?? drug}, ${dosageText(set.dosage)}`, en: `prescribe ${drug}: ${set.product?.name ?? drug}, ${dosageText(set.dosage)}` };
    case 'record-in-journal':
      return {
        sv: `för in ${drug} i journalen: ${set.product?.name ?? drug}, ${dosageText(set.dosage)}`,
        en: `record ${drug} in the journal: ${set.product?.name ?? drug}, ${dosageText(set.dosage)}`,
      };
  }
};

/** The system's items that a correction names, in parentheses: `(P-4)`; for a new item, the items it is made like. */
const itemsText = (items: ReadonlyArray<ItemId>, basedOn: ReadonlyArray<ItemId>, lang: 'sv' | 'en'): string =>
  items.length > 0 ? ` (${items.join(', ')})` : basedOn.length > 0 ? (lang === 'sv' ? ` (som ${basedOn.join(', ')})` : ` (like ${basedOn.join(', ')})`) : '';

/**
 * Builds a correction with its texts.
 *
 * @example
 * correction({ deviation: 'status:C-4:P-4', system: 'pascal', action: 'discontinue', drug: 'zopiklon', items: ['P-4'], basedOn: [], set: {}, on: '2026-11-20' }).sv
 * // 'Pascal: sätt ut zopiklon (P-4)'
 */
export const correction = (c: Omit<Correction, 'id' | 'sv' | 'en' | 'actor'>): Correction => {
  const text = actionText(c.action, c.drug, c.set);
  return {
    ...c,
    id: `${c.deviation}/${c.system}/${c.action}/${[...c.items, ...c.basedOn].join(',')}`,
    actor: c.system === 'pascal' ? 'prescriber' : 'responsible-physician',
    sv: `${SYSTEM[c.system].sv}: ${text.sv}${itemsText(c.items, c.basedOn, 'sv')}`,
    en: `${SYSTEM[c.system].en}: ${text.en}${itemsText(c.items, c.basedOn, 'en')}`,
  };
};

/** Why a decision cannot be carried out on its deviation, in English with the path part left to the caller. */
export type CorrectionRefusal = string;

type Sides = Readonly<Record<Source, ReadonlyArray<MedicationItem>>>;

/** The items of a deviation, by side: its discrepancy carries them. */
const sidesOf = (d: Deviation): Sides => d.discrepancy.items;

const DOSAGE_KINDS = new Set(['dose', 'schedule', 'as-needed', 'not-comparable', 'text-mismatch']);

/**
 * The corrections that carry out a decision on its deviation: for every system that holds a value
 * other than the decided one, what to change there. A decision that does not fit its deviation (a
 * side that names no item, `keep` on anything but a duplicate, a dosage value for a strength) is
 * refused with the reason.
 *
 * @example
 * correctionsFor(zopiklonStatus, { choice: 'cosmic', … }, result)
 * // right([{ system: 'pascal', action: 'discontinue', items: ['P-4'], sv: 'Pascal: sätt ut zopiklon (P-4)', … }])
 */
export const correctionsFor = (d: Deviation, decision: MadeDecision, r: Reconciliation): { readonly ok: true; readonly corrections: ReadonlyArray<Correction> } | { readonly ok: false; readonly reason: CorrectionRefusal } => {
  const disc = d.discrepancy;
  const sides = sidesOf(d);
  const on = r.asOf;
  const base = { deviation: d.id, drug: disc.drug, on };
  const ids = (items: ReadonlyArray<MedicationItem>) => items.map((i) => i.id);
  const inForce = (items: ReadonlyArray<MedicationItem>) => items.filter((i) => activityOn(i, on).kind === 'active');
  const stop = (source: Source, items: ReadonlyArray<MedicationItem>, action: 'discontinue' | 'cancel' = 'discontinue'): ReadonlyArray<Correction> =>
    items.length === 0 ? [] : [correction({ ...base, system: source, action, items: ids(items), basedOn: [], set: {} })];
  const stopBoth = () => [...stop('cosmic', inForce(sides.cosmic)), ...stop('pascal', inForce(sides.pascal))];
  const addLike = (source: Source, like: ReadonlyArray<MedicationItem>, set: CorrectionValues = {}): ReadonlyArray<Correction> =>
    like.map((item) =>
      correction({
        ...base,
        system: source,
        action: source === 'pascal' ? 'prescribe' : 'record-in-journal',
        items: [],
        basedOn: [item.id],
        set: { product: item.product, ...(isUnknown(item.dosage) ? {} : { dosage: item.dosage }), ...set },
      }),
    );
  const ok = (corrections: ReadonlyArray<Correction>) => ({ ok: true as const, corrections });
  const refuse = (reason: string) => ({ ok: false as const, reason });

  // A missing item: one side has the drug, the other not.
  if (disc.kind === 'missing-in-pascal' || disc.kind === 'missing-in-cosmic') {
    const has: Source = disc.kind === 'missing-in-pascal' ? 'cosmic' : 'pascal';
    const lacks = otherSource(has);
    switch (decision.choice) {
      case 'keep':
        return refuse('expected "keep" only for a duplicate');
      case 'stop':
        return ok(stop(has, inForce(sides[has])));
      case 'neither':
        if (decision.value.kind === 'status') return decision.value.status === 'discontinued' ? ok(stop(has, inForce(sides[has]))) : ok(addLike(lacks, sides[has]));
        {
          const dosage = recordedDosage(decision.value.dosage);
          return ok([
            ...sides[has].map((i) => correction({ ...base, system: has, action: 'change-dose', items: [i.id], basedOn: [], set: { dosage } })),
            ...addLike(lacks, sides[has], { dosage }),
          ]);
        }
      default:
        return decision.choice === has ? ok(addLike(lacks, sides[has])) : ok(stop(has, inForce(sides[has])));
    }
  }

  if (disc.kind === 'duplicate') {
    if (decision.choice === 'stop') return ok(stopBoth());
    if (decision.choice !== 'keep') return refuse('expected "keep" (the copies that stay) or "stop" for a duplicate');
    const named = new Set<string>([...disc.cosmic, ...disc.pascal]);
    const stranger = decision.keep.find((id) => !named.has(id));
    if (stranger !== undefined) return refuse(`expected "keep" to name items of the duplicate (${[...named].join(', ')}), got "${redactPersonnummer(stranger)}"`);
    const gone = (s: Source) => sides[s].filter((i) => !decision.keep.includes(i.id));
    return ok([...stop('cosmic', gone('cosmic')), ...stop('pascal', gone('pascal'), 'cancel')]);
  }

  if (disc.kind === 'text-mismatch') {
    const own: Source = disc.cosmic.length > 0 ? 'cosmic' : 'pascal';
    const item = sides[own][0];
    if (item === undefined) return refuse('the item of the deviation is not in the exports');
    if (decision.choice === 'stop') {
      // The discrepancy names its own item only: the drug is stopped on the whole line, in both systems.
      const line = r.lines.find((l) => (l.items.cosmic as ReadonlyArray<MedicationItem>).includes(item) || (l.items.pascal as ReadonlyArray<MedicationItem>).includes(item));
      const onLine = (s: Source) => inForce(line === undefined ? (item.source === s ? [item] : []) : line.items[s]);
      return ok([...stop('cosmic', onLine('cosmic')), ...stop('pascal', onLine('pascal'))]);
    }
    if (decision.choice === 'neither' && decision.value.kind === 'dosage') {
      return ok([correction({ ...base, system: own, action: 'change-dose', items: [item.id], basedOn: [], set: { dosage: recordedDosage(decision.value.dosage) } })]);
    }
    if (decision.choice === own) {
      // The structured dose is right: the instruction text is rewritten to say what it says.
      if (isUnknown(item.dosage)) return refuse('expected "neither" with a dosage: the item\'s own dosage could not be read');
      const structured = disc.values[own]?.structured ?? item.dosage.text;
      return ok([correction({ ...base, system: own, action: 'change-dose', items: [item.id], basedOn: [], set: { dosage: { ...item.dosage, text: structured } } })]);
    }
    return refuse(`expected "${own}" (the structured dose is right), "neither" with a dosage, or "stop" for a text that disagrees with its own item's dose`);
  }

  // Both sides hold the drug and differ in one respect.
  switch (decision.choice) {
    case 'keep':
      return refuse('expected "keep" only for a duplicate');
    case 'stop':
      return ok(stopBoth());
    case 'neither': {
      const value = decision.value;
      if (value.kind === 'status') {
        if (value.status === 'discontinued') return ok(stopBoth());
        if (disc.kind !== 'status') return refuse(`expected a dosage value, or a status only for a status deviation (this is ${disc.kind})`);
        const active = (s: Source) => inForce(sides[s]).length > 0;
        return ok([...(active('pascal') ? [] : addLike('pascal', sides.cosmic)), ...(active('cosmic') ? [] : addLike('cosmic', sides.pascal))]);
      }
      if (!DOSAGE_KINDS.has(disc.kind)) return refuse(`expected a dosage value only for a dose, schedule, as-needed, text or not-comparable deviation (this is ${disc.kind})`);
      const dosage = recordedDosage(value.dosage);
      const action = disc.kind === 'schedule' ? 'change-schedule' : 'change-dose';
      return ok((['cosmic', 'pascal'] as const).flatMap((s) => (sides[s].length === 0 ? [] : [correction({ ...base, system: s, action, items: ids(sides[s]), basedOn: [], set: { dosage } })])));
    }
    default:
      break;
  }
  const right: Source = decision.choice;
  const wrong = otherSource(right);
  const model = sides[right][0];
  if (model === undefined || sides[wrong].length === 0) return refuse(`expected a side that holds an item of the deviation, got "${right}"`);
  const change = (action: CorrectionAction, set: CorrectionValues) => ok([correction({ ...base, system: wrong, action, items: ids(sides[wrong]), basedOn: [model.id], set })]);
  // A value that could not be read on the side chosen cannot be copied to the other: the decider gives it ("neither").
  const modelDosage = isUnknown(model.dosage) ? undefined : model.dosage;
  if (modelDosage === undefined && ['dose', 'as-needed', 'not-comparable', 'schedule', 'strength', 'form'].includes(disc.kind)) {
    return refuse(`expected "neither" with a dosage: the dosage on the side chosen ("${right}") could not be read`);
  }
  switch (disc.kind) {
    case 'dose':
    case 'as-needed':
    case 'not-comparable':
      return change('change-dose', modelDosage === undefined ? {} : { dosage: modelDosage });
    case 'schedule':
      return change('change-schedule', modelDosage === undefined ? {} : { dosage: modelDosage });
    case 'strength':
    case 'form':
      return change('change-product', { product: model.product, ...(modelDosage === undefined ? {} : { dosage: modelDosage }) });
    case 'route':
      return change('change-route', known(model.route) === undefined ? {} : { route: known(model.route)! });
    case 'purpose':
      return change('change-purpose', known(model.purpose) === undefined ? {} : { purpose: known(model.purpose)! });
    case 'dispensing':
      return change('change-dispensing', known(model.dispensing) === undefined ? {} : { dispensing: known(model.dispensing)! });
    case 'period':
      return change('change-period', { periodEnd: known(model.period.end) ?? null });
    case 'prescription-expired':
      return right === 'cosmic'
        ? change('renew', { validUntil: addDaysTo(on, 365) })
        : ok(stopBoth()); // the expired prescription is taken off the list as well
    case 'status': {
      const activity = activityOn(model, on);
      if (activity.kind === 'active') {
        const notStarted = sides[wrong].filter((i) => activityOn(i, on).kind === 'not-started');
        if (notStarted.length === sides[wrong].length) return change('change-period', { periodStart: model.period.start, periodEnd: known(model.period.end) ?? null });
        return ok(addLike(wrong, [model]));
      }
      if (activity.kind === 'not-started') return change('change-period', { periodStart: model.period.start, periodEnd: known(model.period.end) ?? null });
      return ok(stop(wrong, inForce(sides[wrong])));
    }
  }
};
