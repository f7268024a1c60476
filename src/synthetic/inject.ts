import type { DiscrepancyKind } from '../diff';
import { formClass } from '../model';
import { shiftDate } from './dates';
import { dosageJson, type DaySlot, type Dosing, type Writing } from './dosing';
import type { OrdinationJson, PrescriptionJson } from './export-json';
import type { RenderedDrug, SideWriting } from './sides';
import { productJson } from './sides';
import type { Random } from './random';

/** A drug with one discrepancy injected, and the ids the engine should name for it. */
export interface Injected {
  readonly cosmic: ReadonlyArray<OrdinationJson>;
  readonly pascal: ReadonlyArray<PrescriptionJson>;
  readonly truth: { readonly kind: DiscrepancyKind; readonly cosmic: ReadonlyArray<string>; readonly pascal: ReadonlyArray<string> };
}

/**
 * What an injection needs besides the drug: randomness, the date, each side's writing, and whether a
 * `period` discrepancy may end one side before the date (not when it joins another discrepancy: an
 * ended item is not in force, and then only the period is reported).
 */
export interface InjectionContext {
  readonly random: Random;
  readonly asOf: string;
  readonly cosmic: SideWriting;
  readonly pascal: SideWriting;
  readonly periodMayEnd: boolean;
}

const COUNTED_UNITS = new Set(['tablett', 'kapsel']);

const quantitiesOf = (d: Dosing): ReadonlyArray<number> =>
  d.kind === 'scheduled' ? d.doses.map((x) => x.quantity) : d.kind === 'as-needed' ? [d.quantity, d.maxPerDay] : d.steps.map((s) => s.quantity);

const scaled = (d: Dosing, factor: number): Dosing =>
  d.kind === 'scheduled'
    ? { ...d, doses: d.doses.map((x) => ({ ...x, quantity: x.quantity * factor })) }
    : d.kind === 'as-needed'
      ? { ...d, quantity: d.quantity * factor, maxPerDay: d.maxPerDay * factor }
      : { ...d, steps: d.steps.map((s) => ({ ...s, quantity: s.quantity * factor })) };

/** Another strength of the drug at which the same amount is a whole or half number of units, if any. */
const otherStrength = (r: RenderedDrug): { readonly index: number; readonly factor: number } | undefined => {
  const { drug, strengthIndex, dosing } = r.planned;
  if (drug.substances.length !== 1 || !COUNTED_UNITS.has(drug.unit)) return undefined;
  const current = drug.strengths[strengthIndex]![0]!;
  if (current.unit !== 'mg' && current.unit !== 'mikrog') return undefined;
  for (const [index, s] of drug.strengths.entries()) {
    const other = s[0]!;
    if (index === strengthIndex || other.unit !== current.unit) continue;
    const factor = current.value / other.value;
    if (quantitiesOf(dosing).every((q) => Number.isInteger(q * factor * 2) && q * factor <= 8)) return { index, factor };
  }
  return undefined;
};

const tabletLike = (r: RenderedDrug): boolean =>
  r.planned.drug.substances.length === 1 && r.planned.drug.brands.every((b) => formClass(b.form) === 'tablett/kapsel') && r.planned.drug.route === 'oral';

const daily = (d: Dosing): boolean => d.kind === 'scheduled' && d.intervalDays === 1 && d.weekdays.length === 0;

/**
 * Whether a kind of discrepancy can be injected into a drug so that the engine must find exactly it:
 * every kind needs an active drug on prescription written as one product on each side; some need
 * more (a strength change needs another strength that gives the same amount).
 *
 * @example
 * canInject('schedule', oxikodonAsNeeded) // false: as-needed doses have no slots
 */
export const canInject = (kind: DiscrepancyKind, r: RenderedDrug): boolean => {
  const p = r.planned;
  if (p.supply !== 'prescription' || p.history !== undefined || r.cosmic.length !== 1 || r.pascal.length !== 1) return false;
  switch (kind) {
    case 'schedule':
      return p.dosing.kind === 'scheduled';
    case 'strength':
      return otherStrength(r) !== undefined;
    case 'form':
    case 'route':
      return tabletLike(r);
    case 'as-needed':
      return daily(p.dosing) || p.dosing.kind === 'as-needed';
    case 'text-mismatch':
      return daily(p.dosing);
    default:
      return true;
  }
};

const SLOT_MOVE: Readonly<Record<DaySlot, DaySlot>> = { morning: 'evening', midday: 'evening', evening: 'morning', night: 'morning' };

/** The same amount per dosing day on other slots: one dose moved, or several merged into the first. */
const reslotted = (d: Dosing): Dosing => {
  if (d.kind !== 'scheduled') return d;
  const [first, ...rest] = d.doses;
  if (first === undefined) return d;
  if (rest.length === 0) return { ...d, doses: [{ slot: SLOT_MOVE[first.slot], quantity: first.quantity }] };
  return { ...d, doses: [{ slot: first.slot, quantity: d.doses.reduce((sum, x) => sum + x.quantity, 0) }] };
};

/** Twice the dose: the first scheduled dose, the as-needed dose, or every dose step. */
const doubled = (d: Dosing): Dosing =>
  d.kind === 'scheduled'
    ? { ...d, doses: d.doses.map((x, i) => (i === 0 ? { ...x, quantity: x.quantity * 2 } : x)) }
    : d.kind === 'as-needed'
      ? { ...d, quantity: d.quantity * 2 }
      : { ...d, steps: d.steps.map((s) => ({ ...s, quantity: s.quantity * 2 })) };

/** A weekly (weekday) dose given every day instead: the same dose a dosing day, seven times the amount a week. */
const daysAsDaily = (d: Extract<Dosing, { kind: 'scheduled' }>): Dosing => ({ ...d, intervalDays: 1, weekdays: [] });

/** Every Mth day instead of every Nth (M = 3 for N = 2, else N - 1): another amount over N × M days. */
const otherCycle = (d: Extract<Dosing, { kind: 'scheduled' }>): Dosing => ({ ...d, intervalDays: d.intervalDays === 2 ? 3 : d.intervalDays - 1 });

/** As needed instead of scheduled (the same single dose, the day's total as maximum), or another maximum. */
const asNeededInstead = (d: Dosing, indication: string): Dosing => {
  if (d.kind === 'as-needed') return { ...d, maxPerDay: d.maxPerDay + d.quantity };
  if (d.kind !== 'scheduled') return d;
  const first = d.doses[0]?.quantity ?? 1;
  return { kind: 'as-needed', quantity: first, maxPerDay: d.doses.reduce((sum, x) => sum + x.quantity, 0), minIntervalHours: 4, indication };
};

type AnyItem = OrdinationJson | PrescriptionJson;

const withDosing = <I extends AnyItem>(item: I, r: RenderedDrug, dosing: Dosing, w: Writing): I => ({ ...item, dosage: dosageJson(dosing, r.planned.drug.unit, w) });

/**
 * Injects one discrepancy of `kind` into a drug (which `canInject` accepted), on a side chosen at
 * random where the kind has two, and says which items the engine should name.
 *
 * @example
 * inject('dose', furosemid, context).truth // { kind: 'dose', cosmic: ['C-4'], pascal: ['P-4'] }
 */
export const inject = (kind: DiscrepancyKind, r: RenderedDrug, ctx: InjectionContext): Injected => {
  const { random, asOf } = ctx;
  const c = r.cosmic[0]!;
  const p = r.pascal[0]!;
  const ids = { cosmic: [c.ordinationId], pascal: [p.prescriptionId] };
  const onCosmic = random.chance(0.5);
  const both = (cosmic: OrdinationJson, pascal: PrescriptionJson): Injected => ({ cosmic: [cosmic], pascal: [pascal], truth: { kind, ...ids } });
  // Changes the dosing on one side; the other keeps the drug as planned.
  const redosed = (dosing: Dosing): Injected =>
    onCosmic ? both(withDosing(c, r, dosing, ctx.cosmic.writing), p) : both(c, withDosing(p, r, dosing, ctx.pascal.writing));

  switch (kind) {
    case 'missing-in-pascal':
      return { cosmic: [c], pascal: [], truth: { kind, cosmic: ids.cosmic, pascal: [] } };
    case 'missing-in-cosmic':
      return { cosmic: [], pascal: [p], truth: { kind, cosmic: [], pascal: ids.pascal } };
    case 'dose': {
      // Besides twice the dose: the classic weekly dose written as daily (methotrexate), and another
      // every-Nth-day cycle (a patch every 2nd day instead of every 3rd): the same amount a dosing
      // day, another amount over the common period (rule 1 of the contract).
      const d = r.planned.dosing;
      if (d.kind === 'scheduled' && d.weekdays.length > 0 && random.chance(0.5)) return redosed(daysAsDaily(d));
      if (d.kind === 'scheduled' && d.weekdays.length === 0 && d.intervalDays > 1 && random.chance(0.5)) return redosed(otherCycle(d));
      return redosed(doubled(d));
    }
    case 'schedule':
      return redosed(reslotted(r.planned.dosing));
    case 'as-needed': {
      const dosing = asNeededInstead(r.planned.dosing, r.planned.drug.prn?.indication ?? 'besvär');
      const injected = redosed(dosing);
      return onCosmic ? { ...injected, cosmic: [{ ...injected.cosmic[0]!, type: dosing.kind === 'as-needed' ? 'as-needed' : c.type }] } : injected;
    }
    case 'not-comparable':
      return onCosmic ? both({ ...c, dosage: { text: 'enligt särskild ordination' } }, p) : both(c, { ...p, dosage: { text: 'enligt särskild ordination' } });
    case 'strength': {
      const other = otherStrength(r)!;
      const { drug, catalogueIndex } = r.planned;
      const product = productJson(random, drug, catalogueIndex, other.index, random.int(0, drug.brands.length - 1));
      const dosing = scaled(r.planned.dosing, other.factor);
      return onCosmic
        ? both({ ...withDosing(c, r, dosing, ctx.cosmic.writing), product }, p)
        : both(c, { ...withDosing(p, r, dosing, ctx.pascal.writing), product });
    }
    case 'form': {
      const changed = <I extends AnyItem>(item: I): I => {
        const { nplId: _npl, ...product } = item.product;
        return { ...item, product: { ...product, name: `${product.name.replace(/ [^ ]*tablett.*$| [^ ]*kapsel.*$/u, '')} munsönderfallande tablett`, form: 'munsönderfallande tablett' } };
      };
      return onCosmic ? both(changed(c), p) : both(c, changed(p));
    }
    case 'route':
      return onCosmic ? both({ ...c, route: 'via sond' }, p) : both(c, { ...p, route: 'via sond' });
    case 'status': {
      const date = shiftDate(asOf, -random.int(1, 7));
      if (onCosmic) return both({ ...c, discontinued: { date, reason: 'biverkningar' } }, p);
      return both(c, random.chance(0.5) ? { ...p, status: 'cancelled' } : { ...p, status: 'discontinued', discontinued: { date, reason: 'biverkningar' } });
    }
    case 'period': {
      const end = ctx.periodMayEnd && random.chance(0.5) ? shiftDate(asOf, -random.int(1, 7)) : shiftDate(r.planned.end ?? asOf, random.int(14, 90));
      return onCosmic ? both({ ...c, period: { ...c.period, end } }, p) : both(c, { ...p, period: { ...p.period, end } });
    }
    case 'prescription-expired':
      return both(c, { ...p, validUntil: shiftDate(asOf, -random.int(1, 20)) });
    case 'dispensing':
      return both({ ...c, dispensing: r.planned.dispensing }, { ...p, dispensing: r.planned.dispensing === 'dose-dispensed' ? 'whole-package' : 'dose-dispensed' });
    case 'purpose':
      return onCosmic ? both({ ...c, purpose: 'mot annat besvär' }, p) : both(c, { ...p, purpose: 'mot annat besvär' });
    case 'text-mismatch': {
      // The instruction the patient reads says twice the dose the structure (and so the other list) holds.
      const misread = <I extends AnyItem>(item: I, w: Writing): I => ({
        ...item,
        dosage: { ...item.dosage, text: dosageJson(doubled(r.planned.dosing), r.planned.drug.unit, w).text },
      });
      return onCosmic
        ? { cosmic: [misread(c, ctx.cosmic.writing)], pascal: [p], truth: { kind, cosmic: ids.cosmic, pascal: [] } }
        : { cosmic: [c], pascal: [misread(p, ctx.pascal.writing)], truth: { kind, cosmic: [], pascal: ids.pascal } };
    }
    case 'duplicate': {
      if (onCosmic) {
        const copy: OrdinationJson = { ...c, ordinationId: ctx.cosmic.nextId() };
        return { cosmic: [c, copy], pascal: [p], truth: { kind, cosmic: [c.ordinationId, copy.ordinationId], pascal: ids.pascal } };
      }
      const copy: PrescriptionJson = { ...p, prescriptionId: ctx.pascal.nextId() };
      return { cosmic: [c], pascal: [p, copy], truth: { kind, cosmic: ids.cosmic, pascal: [p.prescriptionId, copy.prescriptionId] } };
    }
  }
};

/**
 * Kinds that change the dosage or the product, and kinds that change another field of the item: a
 * drug with one of the first may get one of the second as well, and the engine must then report both.
 */
export const DOSAGE_KINDS: ReadonlyArray<DiscrepancyKind> = ['dose', 'schedule', 'strength', 'as-needed', 'not-comparable', 'form'];

/** Kinds that touch fields no dosage or product change touches (route, dispensing, validity, planned end). */
export const FIELD_KINDS: ReadonlyArray<DiscrepancyKind> = ['route', 'dispensing', 'prescription-expired', 'period'];
