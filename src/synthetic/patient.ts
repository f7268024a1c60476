import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../diff';
import { drawWriting } from './dosing';
import type { OrdinationJson, PatientLine, PrescriptionJson } from './export-json';
import { canInject, DOSAGE_KINDS, FIELD_KINDS, inject } from './inject';
import { drugCount, planDrugs, planPalliativeInjections } from './plan';
import { seededRandom } from './random';
import { DEFAULT_RATES, SECOND_DISCREPANCY_RATE } from './rates';
import { renderDrug, type RenderedDrug, type SideWriting } from './sides';
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

/**
 * Picks the kind to inject into one drug by the rates, or none.
 *
 * @example
 * drawKind(0.01, DEFAULT_RATES) // 'missing-in-pascal'
 */
export const drawKind = (u: number, rates: Readonly<Record<DiscrepancyKind, number>>): DiscrepancyKind | undefined => {
  let cumulative = 0;
  for (const kind of DISCREPANCY_KINDS) {
    cumulative += rates[kind];
    if (u < cumulative) return kind;
  }
  return undefined;
};

/** One planned drug of a patient as night 1 writes it: the clean rendering, and the injected items and truth when it got discrepancies. */
export interface DrugSlot {
  readonly rendered: RenderedDrug;
  readonly injected?: { readonly cosmic: ReadonlyArray<OrdinationJson>; readonly pascal: ReadonlyArray<PrescriptionJson>; readonly truth: ReadonlyArray<InjectedDiscrepancy> };
}

/**
 * A synthetic patient before its lines are assembled: who, where, each side's writing and how many
 * item ids it used, every planned drug (clean and as injected) and the palliative injections. The
 * nights generator (`generateNight`) starts from it.
 */
export interface PatientDraft {
  readonly id: string;
  readonly asOf: string;
  readonly patient: PatientLine['cosmic']['patient'];
  readonly doseDispensing: boolean;
  readonly unit: string;
  readonly cosmicWriting: SideWriting['writing'];
  readonly pascalWriting: SideWriting['writing'];
  readonly idsUsed: { readonly cosmic: number; readonly pascal: number };
  readonly slots: ReadonlyArray<DrugSlot>;
  readonly palliative: ReadonlyArray<RenderedDrug>;
}

/**
 * Draws the patient at `index` of a run seeded with `seed` (what `generatePatient` writes as night 1).
 *
 * @example
 * draftPatient(42, 0, { asOf: '2026-11-20' }).slots.length // 12
 */
export const draftPatient = (seed: number, index: number, options: GeneratorOptions): PatientDraft => {
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

  const slots: DrugSlot[] = [];
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
      const truth = [{ patient: id, ...first.truth }, ...(second === undefined ? [] : [{ patient: id, ...second.truth }])];
      slots.push({ rendered, injected: { cosmic: injected.cosmic, pascal: injected.pascal, truth } });
    } else {
      slots.push({ rendered });
    }
  }
  // A palliative patient's as-needed injections: no discrepancy is injected into them (their share of
  // patients is what follow-up measures), so the ground truth is unchanged.
  const palliative =
    patient.palliative === true ? planPalliativeInjections(random, asOf, new Set(plan.flatMap((p) => p.drug.substances))).map((planned) => renderDrug(random, planned, cosmicSide, pascalSide, asOf)) : [];
  const unit = random.pick(UNITS);
  return {
    id,
    asOf,
    patient,
    doseDispensing,
    unit,
    cosmicWriting: cosmicSide.writing,
    pascalWriting: pascalSide.writing,
    idsUsed: { cosmic: cosmicCount, pascal: pascalCount },
    slots,
    palliative,
  };
};

/**
 * The batch input line of a draft with each drug's items as given (in plan order, the palliative
 * injections last), exported at 05:30 on `date`.
 *
 * @example
 * patientLine(draft, draft.slots.map((s) => s.injected ?? s.rendered), '2026-11-20').cosmic.ordinations.length // 12
 */
export const patientLine = (
  draft: PatientDraft,
  drugs: ReadonlyArray<{ readonly cosmic: ReadonlyArray<OrdinationJson>; readonly pascal: ReadonlyArray<PrescriptionJson> }>,
  date: string,
): PatientLine => {
  const all = [...drugs, ...draft.palliative];
  const exportedAt = `${date}T05:30:00+01:00`;
  return {
    cosmic: { source: 'cosmic', exportedAt, unit: draft.unit, patient: draft.patient, ordinations: all.flatMap((d) => d.cosmic) },
    pascal: { source: 'pascal', exportedAt, doseDispensing: draft.doseDispensing, patient: draft.patient, prescriptions: all.flatMap((d) => d.pascal) },
  };
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
  const draft = draftPatient(seed, index, options);
  return {
    id: draft.id,
    line: patientLine(draft, draft.slots.map((s) => s.injected ?? s.rendered), draft.asOf),
    truth: draft.slots.flatMap((s) => s.injected?.truth ?? []),
  };
};
