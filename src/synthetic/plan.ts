import { CATALOGUE, inventedDrug, type CatalogueDrug } from './catalogue';
import { shiftDate } from './dates';
import { drawDosing, type Dosing } from './dosing';
import type { Random } from './random';

/**
 * One drug of a synthetic patient as it really is, before either system writes it down: the drug and
 * strength, how it is taken, how the patient gets it, since when, and whether it is history
 * (stopped or ended on both sides). `split` names the side that writes a combination product as its
 * separate products.
 */
export interface PlannedDrug {
  readonly drug: CatalogueDrug;
  readonly catalogueIndex: number;
  readonly strengthIndex: number;
  readonly dosing: Dosing;
  readonly supply: 'prescription' | 'self-care' | 'ward-stock';
  readonly dispensing: 'dose-dispensed' | 'whole-package';
  readonly start: string;
  readonly end?: string;
  readonly history?: { readonly kind: 'discontinued'; readonly date: string; readonly reason: string } | { readonly kind: 'ended'; readonly end: string };
  readonly split?: 'cosmic' | 'pascal';
}

/**
 * How many drugs an older patient has on the journal list: 6–14 for most, a long tail of up to 40
 * for some (mean about 12).
 *
 * @example
 * drugCount(random) // 11
 */
export const drugCount = (random: Random): number => Math.min(40, random.int(6, 14) + (random.chance(0.15) ? random.int(5, 26) : 0));

const STOP_REASONS = ['biverkningar', 'ingen effekt', 'fallrisk', 'behandlingen avslutad', 'ersatt av annat läkemedel'];

/**
 * Draws the drugs of one patient: `count` drugs by prevalence, never two of the same substance (a
 * combination product takes its parts), beyond the catalogue with invented substances.
 *
 * @example
 * planDrugs(random, 12, true, '2026-11-20').length // 12
 */
export const planDrugs = (random: Random, count: number, doseDispensing: boolean, asOf: string): ReadonlyArray<PlannedDrug> => {
  const taken = new Set<string>();
  const planned: PlannedDrug[] = [];
  let available = CATALOGUE.map((drug, catalogueIndex) => ({ drug, catalogueIndex }));
  let invented = 0;
  while (planned.length < count) {
    available = available.filter(({ drug }) => drug.substances.every((s) => !taken.has(s)));
    const choice =
      available.length > 0
        ? random.weighted(available, (a) => a.drug.weight)
        : { drug: inventedDrug(++invented), catalogueIndex: CATALOGUE.length + invented };
    for (const s of choice.drug.substances) taken.add(s);
    planned.push(planOne(random, choice.drug, choice.catalogueIndex, doseDispensing, asOf));
  }
  return planned;
};

const planOne = (random: Random, drug: CatalogueDrug, catalogueIndex: number, doseDispensing: boolean, asOf: string): PlannedDrug => {
  const pattern = random.pick(drug.patterns);
  const dosing = drawDosing(random, pattern, random.pick(drug.quantities), drug.prn, asOf);
  const supply = drug.supply === 'self-care' ? 'self-care' : drug.supply === 'ward-stock' ? 'ward-stock' : drug.supply === 'self-care-or-prescription' && random.chance(0.4) ? 'self-care' : 'prescription';
  const dispensing = doseDispensing && drug.dispensable && dosing.kind !== 'as-needed' ? 'dose-dispensed' : 'whole-package';
  const taper = dosing.kind === 'taper' ? dosing.steps : undefined;
  const start = taper === undefined ? shiftDate(asOf, -random.int(30, 3000)) : taper[0]!.from;
  const end = taper === undefined ? undefined : taper[taper.length - 1]!.to;
  const base = { drug, catalogueIndex, strengthIndex: random.int(0, drug.strengths.length - 1), dosing, supply, dispensing, start, ...(end === undefined ? {} : { end }) } as const;
  if (taper === undefined && random.chance(0.08)) {
    const history = random.chance(0.6)
      ? { kind: 'discontinued' as const, date: shiftDate(asOf, -random.int(10, 25)), reason: random.pick(STOP_REASONS) }
      : { kind: 'ended' as const, end: shiftDate(asOf, -random.int(5, 25)) };
    return { ...base, history };
  }
  if (drug.split !== undefined && supply === 'prescription' && random.chance(0.35)) return { ...base, split: random.chance(0.5) ? 'cosmic' : 'pascal' };
  return base;
};
