import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../diff';
import { drawWriting } from './dosing';
import type { OrdinationJson, PatientLine, PrescriptionJson } from './export-json';
import { canInject, DOSAGE_KINDS, FIELD_KINDS, inject } from './inject';
import { drugCount, planDrugs, planPalliativeInjections } from './plan';
import { seededRandom } from './random';
import { DEFAULT_RATES, SECOND_DISCREPANCY_RATE } from './rates';
import { renderDrug, type SideWriting } from './sides';
import type { InjectedDiscrepancy } from './truth';

/** Options of the generator: the reconciliation date the data is built around, injection rates, and a fixed list length (benchmarks). */
export interface GeneratorOptions {
  readonly asOf: string;
  readonly rates?: Readonly<Record<DiscrepancyKind, number>>;
  /** Exactly this many drugs per patient instead of the realistic mix (beyond the catalogue, invented substances). */
  readonly drugs?: number;
}

/** The date synthetic data is built around unless told otherwise. */
export const DEFAULT_GENERATOR_AS_OF = '2026-11-20';

/** One synthetic patient: the batch input line, and every discrepancy injected into it. */
export interface SyntheticPatient {
  readonly id: string;
  readonly line: PatientLine;
  readonly truth: ReadonlyArray<InjectedDiscrepancy>;
}

/**
 * The synthetic id of the patient at `index` (0-based): `SYN-` and at least seven digits. Never
 * shaped like a personnummer.
 *
 * @example
 * syntheticPatientId(0) // 'SYN-0000001'
 */
export const syntheticPatientId = (index: number): string => `SYN-${String(index + 1).padStart(7, '0')}`;

const MUNICIPALITIES = ['Karlstad', 'Arvika', 'Kristinehamn', 'Säffle', 'Hagfors', 'Torsby', 'Sunne', 'Filipstad', 'Kil', 'Grums', 'Forshaga', 'Munkfors', 'Storfors', 'Hammarö', 'Årjäng', 'Eda'];
const UNITS = ['Medicinkliniken, avdelning 9', 'Geriatriska kliniken, avdelning 3', 'Vårdcentralen Centrum', 'Hemsjukvården', 'Ortopedkliniken, avdelning 12'];

/** Picks the kind to inject into one drug by the rates, or none. */
const drawKind = (u: number, rates: Readonly<Record<DiscrepancyKind, number>>): DiscrepancyKind | undefined => {
  let cumulative = 0;
  for (const kind of DISCREPANCY_KINDS) {
    cumulative += rates[kind];
    if (u < cumulative) return kind;
  }
  return undefined;
};

/**
 * Generates the patient at `index` of a run seeded with `seed`: an older patient with a realistic
 * list of drugs written by both systems, each its own way, with discrepancies injected at the given
 * rates and listed in `truth`. Deterministic: the same seed, index and options give the same patient,
 * however many others are generated.
 *
 * @example
 * generatePatient(42, 0, { asOf: '2026-11-20' }).id // 'SYN-0000001'
 */
export const generatePatient = (seed: number, index: number, options: GeneratorOptions): SyntheticPatient => {
  const random = seededRandom(seed, index);
  const asOf = options.asOf;
  const rates = options.rates ?? DEFAULT_RATES;
  const id = syntheticPatientId(index);
  const doseDispensing = random.chance(0.8);
  const patient = {
    id,
    birthDate: `${random.int(1922, 1952)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    municipality: random.pick(MUNICIPALITIES),
    ...(random.chance(0.03) ? { palliative: true } : {}),
  };
  let cosmicCount = 0;
  let pascalCount = 0;
  const cosmicSide: SideWriting = { writing: drawWriting(random, 'words'), nextId: () => `C-${++cosmicCount}` };
  const pascalSide: SideWriting = { writing: drawWriting(random, 'plus'), nextId: () => `P-${++pascalCount}` };

  const ordinations: OrdinationJson[] = [];
  const prescriptions: PrescriptionJson[] = [];
  const truth: InjectedDiscrepancy[] = [];
  const plan = planDrugs(random, options.drugs ?? drugCount(random), doseDispensing, asOf);
  for (const planned of plan) {
    const rendered = renderDrug(random, planned, cosmicSide, pascalSide, asOf);
    const kind = drawKind(random.next(), rates);
    if (kind !== undefined && canInject(kind, rendered)) {
      const context = { random, asOf, cosmic: cosmicSide, pascal: pascalSide, periodMayEnd: true };
      const first = inject(kind, rendered, context);
      const secondKind = DOSAGE_KINDS.includes(kind) && random.chance(SECOND_DISCREPANCY_RATE) ? random.pick(FIELD_KINDS) : undefined;
      const second =
        secondKind !== undefined && canInject(secondKind, rendered)
          ? inject(secondKind, { ...rendered, cosmic: first.cosmic, pascal: first.pascal }, { ...context, periodMayEnd: false })
          : undefined;
      const injected = second ?? first;
      ordinations.push(...injected.cosmic);
      prescriptions.push(...injected.pascal);
      truth.push({ patient: id, ...first.truth }, ...(second === undefined ? [] : [{ patient: id, ...second.truth }]));
    } else {
      ordinations.push(...rendered.cosmic);
      prescriptions.push(...rendered.pascal);
    }
  }
  // A palliative patient's as-needed injections: no discrepancy is injected into them (their share of
  // patients is what follow-up measures), so the ground truth is unchanged.
  if (patient.palliative === true) {
    for (const planned of planPalliativeInjections(random, asOf, new Set(plan.flatMap((p) => p.drug.substances)))) {
      const rendered = renderDrug(random, planned, cosmicSide, pascalSide, asOf);
      ordinations.push(...rendered.cosmic);
      prescriptions.push(...rendered.pascal);
    }
  }
  const exportedAt = `${asOf}T05:30:00+01:00`;
  return {
    id,
    line: {
      cosmic: { source: 'cosmic', exportedAt, unit: random.pick(UNITS), patient, ordinations },
      pascal: { source: 'pascal', exportedAt, doseDispensing, patient, prescriptions },
    },
    truth,
  };
};
