import type { ItemId } from '../model';
import type { PalliativeNeed, SourceId } from './rules';

/**
 * What a finding is about: a drug to `avoid` in older patients, a `dose` or `regimen` unsuitable for
 * them, `polypharmacy` (ten or more drugs), `psychotropics` (three or more), two or more drugs in the
 * `same-group`, an as-needed injection a `palliative` patient lacks, or a prescription about to
 * expire (`expiring-prescription`) while the journal continues the drug (any patient).
 */
export type FindingKind = 'avoid' | 'dose' | 'regimen' | 'polypharmacy' | 'psychotropics' | 'same-group' | 'palliative' | 'expiring-prescription';

/** The finding kinds in the order they are shown. */
export const FINDING_KINDS: ReadonlyArray<FindingKind> = ['palliative', 'expiring-prescription', 'avoid', 'dose', 'regimen', 'psychotropics', 'same-group', 'polypharmacy'];

/**
 * Whether the rule is met (`flagged`), or could not be assessed because what it needs cannot be read
 * (a dose that cannot be computed, a dosage text not understood): then the physician must judge.
 */
export type Assessment = 'flagged' | 'not-assessable';

/** Why a daily dose could not be computed. */
export type NotAssessableReason =
  | 'dosage-not-understood'
  | 'unreadable'
  | 'no-strength'
  | 'units-do-not-convert'
  | 'as-needed-without-maximum';

/** One list's daily dose of the substance of a dose rule, in a base unit (mikrog), or why it is not known. */
export type SideDose =
  | { readonly kind: 'amount'; readonly value: number; readonly unit: string; readonly asNeededMax: number | null }
  | { readonly kind: 'not-assessable'; readonly reason: NotAssessableReason; readonly atLeast: number | null };

/** One line's daily dose of a dose rule's substance, on each list that holds it in force (null: not on that list). */
export interface DailyDoseLine {
  readonly drug: string;
  readonly cosmic: SideDose | null;
  readonly pascal: SideDose | null;
}

/** What a finding measured, shaped by its kind. */
export type FindingValue =
  | { readonly kind: 'drug' }
  | {
      readonly kind: 'daily-dose';
      readonly substance: string;
      readonly limit: { readonly value: number; readonly unit: string };
      /** Over the lines: on each, the higher of the two lists. */
      readonly total: SideDose;
      readonly lines: ReadonlyArray<DailyDoseLine>;
    }
  | { readonly kind: 'regimen'; readonly since: string | null; readonly longerThan: string }
  | { readonly kind: 'count'; readonly count: number; readonly from: number; readonly group: string | null }
  | { readonly kind: 'missing-injection'; readonly need: PalliativeNeed }
  | { readonly kind: 'expiry'; readonly validUntil: string; readonly daysLeft: number; readonly horizonDays: number; readonly doseDispensed: boolean };

/** The source a finding's rule comes from, for the reader: its id in SOURCES and a citation. */
export interface FindingSource {
  readonly id: SourceId;
  readonly citation: string;
}

/**
 * A finding (fynd) of the clinical checks: advice for the physician's medication review
 * (läkemedelsgenomgång), kept apart from the discrepancies between the lists. It names the drug (or
 * drugs), the items it concerns on each list, the rule and its source, what was measured, and says it
 * in Swedish.
 */
export interface Finding {
  readonly id: string;
  readonly kind: FindingKind;
  readonly rule: string;
  readonly assessment: Assessment;
  /** The drug or drugs concerned as the reconciled list names them, joined; for a missing injection, the drug recommended. */
  readonly drug: string;
  readonly drugs: ReadonlyArray<string>;
  readonly cosmic: ReadonlyArray<ItemId>;
  readonly pascal: ReadonlyArray<ItemId>;
  readonly source: FindingSource;
  readonly value: FindingValue;
  readonly text: string;
}
