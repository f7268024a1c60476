import { CATALOGUE, inventedDrug, PALLIATIVE_INJECTIONS, type CatalogueDrug } from './catalogue';
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

/** The therapeutic group (ATC level 4) of a drug, when a patient should rarely have two of it: opioids are often combined (depot and as needed). */
const exclusiveGroup = (drug: CatalogueDrug): string | undefined => (drug.atc.startsWith('N02A') || drug.atc.length < 5 ? undefined : drug.atc.slice(0, 5));

/**
 * Draws the drugs of one patient: `count` drugs by prevalence, never two of the same substance (a
 * combination product takes its parts) nor, opioids aside, two of the same therapeutic group (ATC
 * level 4: one beta blocker, one statin), beyond the catalogue with invented substances.
 *
 * @example
 * planDrugs(random, 12, true, '2026-11-20').length // 12
 */
export const planDrugs = (random: Random, count: number, doseDispensing: boolean, asOf: string): ReadonlyArray<PlannedDrug> => {
  const taken = new Set<string>();
  const groups = new Set<string>();
  const planned: PlannedDrug[] = [];
  let available = CATALOGUE.map((drug, catalogueIndex) => ({ drug, catalogueIndex }));
  let invented = 0;
  while (planned.length < count) {
    available = available.filter(({ drug }) => drug.substances.every((s) => !taken.has(s)) && !groups.has(exclusiveGroup(drug) ?? ''));
    const choice =
      available.length > 0
        ? random.weighted(available, (a) => a.drug.weight)
        : { drug: inventedDrug(++invented), catalogueIndex: CATALOGUE.length + invented };
    for (const s of choice.drug.substances) taken.add(s);
    const group = exclusiveGroup(choice.drug);
    if (group !== undefined && choice.catalogueIndex < CATALOGUE.length) groups.add(group);
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

/** Where the palliative injections' synthetic NPL-ids start, apart from the catalogue and invented drugs. */
const PALLIATIVE_INDEX = 9000;

/**
 * The as-needed injections of a palliative patient (PALLIATIVE_INJECTIONS), each present with its
 * share: started within the last month, from the municipality's stock or (now and then) on
 * prescription, never history; of a substance the patient does not take already (`taken`).
 *
 * @example
 * planPalliativeInjections(random, '2026-11-20', new Set(['morfin'])).map((p) => p.drug.key) // ['oxikodon injektion', 'midazolam injektion', …]
 */
export const planPalliativeInjections = (random: Random, asOf: string, taken: ReadonlySet<string>): ReadonlyArray<PlannedDrug> =>
  PALLIATIVE_INJECTIONS.flatMap(({ drugs, presence }, k) => {
    if (!random.chance(presence)) return [];
    const choice = drugs.findIndex((d) => d.substances.every((s) => !taken.has(s)));
    const drug = drugs[choice];
    if (drug === undefined) return [];
    const dosing = drawDosing(random, 'as-needed', random.pick(drug.quantities), drug.prn, asOf);
    return [
      {
        drug,
        catalogueIndex: PALLIATIVE_INDEX + k * 10 + choice,
        strengthIndex: 0,
        dosing,
        supply: random.chance(0.3) ? ('prescription' as const) : ('ward-stock' as const),
        dispensing: 'whole-package' as const,
        start: shiftDate(asOf, -random.int(1, 30)),
      },
    ];
  });
