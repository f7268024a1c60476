import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../diff';
import { shiftDate } from './dates';
import type { OrdinationJson, PatientLine, PrescriptionJson } from './export-json';
import { canInject, inject } from './inject';
import { draftPatient, drawKind, patientLine, type GeneratorOptions, type PatientDraft } from './patient';
import { seededRandom, type Random } from './random';
import { DEFAULT_RATES } from './rates';
import type { SideWriting } from './sides';
import type { InjectedDiscrepancy } from './truth';

/**
 * How the discrepancies of a synthetic patient change from one night to the next: the share of
 * present drugs with discrepancies that are corrected, of corrections made by re-issuing the drug in
 * both systems (new item ids on both sides) rather than only in the system that was wrong, of
 * corrected drugs whose discrepancy comes back, and of clean drugs that get a new one.
 */
export const NIGHT_RATES = { corrected: 0.3, correctedInBoth: 0.25, reopened: 0.05, injected: 0.02 } as const;

/**
 * One discrepancy present on a night (facit per natt): what `InjectedDiscrepancy` says (the items as
 * the engine must name them that night), the night, the drug's substances as the catalogue names
 * them, the night the present episode began, and whether the drug had it before and was corrected
 * (reopened).
 */
export interface NightDiscrepancy extends InjectedDiscrepancy {
  readonly night: number;
  readonly substances: ReadonlyArray<string>;
  readonly since: number;
  readonly reopened: boolean;
}

/** One synthetic patient as on a night: the batch input line and every discrepancy present. */
export interface SyntheticNight {
  readonly id: string;
  readonly night: number;
  readonly date: string;
  readonly line: PatientLine;
  readonly truth: ReadonlyArray<NightDiscrepancy>;
}

interface Items {
  readonly cosmic: ReadonlyArray<OrdinationJson>;
  readonly pascal: ReadonlyArray<PrescriptionJson>;
}

interface DrugState {
  readonly clean: Items;
  readonly present?: Items & { readonly truth: ReadonlyArray<{ readonly kind: DiscrepancyKind; readonly cosmic: ReadonlyArray<string>; readonly pascal: ReadonlyArray<string> }>; readonly since: number; readonly reopened: boolean };
  /** The first kind the drug ever had, for a reopening. */
  readonly had?: DiscrepancyKind;
}

/**
 * The date of night `night` (1-based) of data built around `asOf`: night 1 is `asOf`, night 2 the day after.
 *
 * @example
 * nightDate('2026-11-20', 3) // '2026-11-22'
 */
export const nightDate = (asOf: string, night: number): string => shiftDate(asOf, night - 1);

const totalRate = (rates: Readonly<Record<DiscrepancyKind, number>>): number => DISCREPANCY_KINDS.reduce((sum, k) => sum + rates[k], 0);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The items again with new ids: what a system writes when it corrects a drug (a new prescription, a new ordination). */
const reissued = (items: Items, side: 'cosmic' | 'pascal' | 'both', cosmic: SideWriting, pascal: SideWriting): Items => ({
  cosmic: side === 'pascal' ? items.cosmic : items.cosmic.map((o) => ({ ...o, ordinationId: cosmic.nextId() })),
  pascal: side === 'cosmic' ? items.pascal : items.pascal.map((p) => ({ ...p, prescriptionId: pascal.nextId() })),
});

const step = (state: DrugState, night: number, random: Random, ctx: { readonly date: string; readonly cosmic: SideWriting; readonly pascal: SideWriting; readonly rates: Readonly<Record<DiscrepancyKind, number>> }, planned: PatientDraft['slots'][number]['rendered']['planned']): DrugState => {
  const { present, clean } = state;
  if (present !== undefined) {
    if (!random.chance(NIGHT_RATES.corrected)) return state;
    // Corrected: in the system that was wrong (its items re-issued as they should be), or re-issued in both.
    const wrong = !same(present.cosmic, clean.cosmic) && !same(present.pascal, clean.pascal) ? 'both' : !same(present.cosmic, clean.cosmic) ? 'cosmic' : 'pascal';
    const side = random.chance(NIGHT_RATES.correctedInBoth) ? 'both' : wrong;
    const corrected = reissued(clean, side, ctx.cosmic, ctx.pascal);
    return { clean: corrected, had: state.had ?? present.truth[0]!.kind };
  }
  const injectContext = { random, asOf: ctx.date, cosmic: ctx.cosmic, pascal: ctx.pascal, periodMayEnd: true };
  const rendered = { planned, cosmic: clean.cosmic, pascal: clean.pascal };
  if (state.had !== undefined) {
    if (!random.chance(NIGHT_RATES.reopened) || !canInject(state.had, rendered)) return state;
    const again = inject(state.had, rendered, injectContext);
    return { ...state, present: { cosmic: again.cosmic, pascal: again.pascal, truth: [again.truth], since: night, reopened: true } };
  }
  if (!random.chance(NIGHT_RATES.injected)) return state;
  const kind = drawKind(random.next() * totalRate(ctx.rates), ctx.rates);
  if (kind === undefined || !canInject(kind, rendered)) return state;
  const added = inject(kind, rendered, injectContext);
  return { ...state, present: { cosmic: added.cosmic, pascal: added.pascal, truth: [added.truth], since: night, reopened: false } };
};

/**
 * The patient at `index` of a run seeded with `seed` as on night `night` (1-based): night 1 is
 * exactly `generatePatient`'s patient; each later night, a share of the drugs with discrepancies is
 * corrected (in the system that was wrong, or re-issued in both, with new item ids), a few corrected
 * ones come back (reopened) and clean drugs get new ones (NIGHT_RATES). The export is dated night
 * `night`'s date (`nightDate`); reconcile it on that date. Deterministic for seed, index, night and
 * options; the truth lists every discrepancy present that night.
 *
 * @example
 * generateNight(42, 0, 3, { asOf: '2026-11-20' }).date // '2026-11-22'
 */
export const generateNight = (seed: number, index: number, night: number, options: GeneratorOptions): SyntheticNight => {
  const draft = draftPatient(seed, index, options);
  const rates = options.rates ?? DEFAULT_RATES;
  let cosmicCount = draft.idsUsed.cosmic;
  let pascalCount = draft.idsUsed.pascal;
  const cosmic: SideWriting = { writing: draft.cosmicWriting, nextId: () => `C-${++cosmicCount}` };
  const pascal: SideWriting = { writing: draft.pascalWriting, nextId: () => `P-${++pascalCount}` };
  let states: ReadonlyArray<DrugState> = draft.slots.map((s) =>
    s.injected === undefined ? { clean: s.rendered } : { clean: s.rendered, present: { ...s.injected, since: 1, reopened: false } },
  );
  for (let n = 2; n <= night; n++) {
    const random = seededRandom(seed, index, n, 0x6e696768);
    const ctx = { date: nightDate(options.asOf, n), cosmic, pascal, rates };
    states = states.map((state, k) => step(state, n, random, ctx, draft.slots[k]!.rendered.planned));
  }
  const date = nightDate(options.asOf, night);
  return {
    id: draft.id,
    night,
    date,
    line: patientLine(
      draft,
      states.map((s) => s.present ?? s.clean),
      date,
    ),
    truth: states.flatMap((s, k) =>
      (s.present?.truth ?? []).map((t) => ({
        patient: draft.id,
        ...t,
        night,
        substances: draft.slots[k]!.rendered.planned.drug.substances,
        since: s.present!.since,
        reopened: s.present!.reopened,
      })),
    ),
  };
};
