import type { Discrepancy } from '../diff';
import type { AtcCode, IsoDate, ItemId, Source, Timestamp } from '../model';

/** The incident category (händelsekategori) every deviation of medrec falls under, in the region's vocabulary. */
export const DEVIATION_CATEGORY = 'vård och behandling / läkemedel';

/** The incident category, as a type: `vård och behandling / läkemedel`. */
export type DeviationCategory = typeof DEVIATION_CATEGORY;

/**
 * The sub-category (underkategori) of a medication incident: where in the chain it went wrong.
 * `kommunikation` is communication or transfer (överföring) between the two systems.
 */
export type Subcategory = 'ordination' | 'dokumentation' | 'kommunikation' | 'administrering';

/** Consequence (konsekvens): 1 mindre, 2 måttlig, 3 betydande, 4 katastrofal. */
export type Consequence = 1 | 2 | 3 | 4;

/** Probability (sannolikhet): 1 mycket liten, 2 liten, 3 stor, 4 mycket stor. */
export type Probability = 1 | 2 | 3 | 4;

/** A risk band (risknivå) of a risk score: 1–3 low, 4–6 moderate, 8–9 high, 12–16 very high. */
export type RiskBand = 'low' | 'moderate' | 'high' | 'very-high';

/** Who must act on a deviation. */
export type Actor = 'responsible-physician' | 'prescriber' | 'nurse';

/** One thing someone must do, in Swedish and English. @example `{ actor: 'prescriber', sv: 'förskrivare bekräftar dos för furosemid', en: '…' }` */
export interface ActionStep {
  readonly actor: Actor;
  readonly sv: string;
  readonly en: string;
}

/** What must happen (åtgärd) and who does it: the steps, and the steps as one sentence in each language. */
export interface Action {
  readonly sv: string;
  readonly en: string;
  readonly steps: ReadonlyArray<ActionStep>;
}

/**
 * A fact the engine saw in a source about when or why an item changed:
 * - `discontinued` (utsatt) with its date and reason where recorded; `cancelled` (makulerad);
 * - `dose-step`: the item has dose steps (a taper or titration), the step shown is the one in force;
 * - `updated`: the item's `updatedAt`; `started`: the first day of its period.
 */
export type IntentEvidence =
  | { readonly kind: 'discontinued'; readonly source: Source; readonly item: ItemId; readonly date: IsoDate | null; readonly reason: string | null }
  | { readonly kind: 'cancelled'; readonly source: Source; readonly item: ItemId }
  | { readonly kind: 'dose-step'; readonly source: Source; readonly item: ItemId; readonly from: IsoDate; readonly to: IsoDate | null }
  | { readonly kind: 'updated'; readonly source: Source; readonly item: ItemId; readonly at: Timestamp }
  | { readonly kind: 'started'; readonly source: Source; readonly item: ItemId; readonly date: IsoDate };

/**
 * The intent behind a discrepancy, after the WHO High 5s taxonomy: `documented-change` when one side
 * records the change (a discontinuation with date and reason, a dose step, an `updatedAt` after the
 * other side's last recorded change), else `unexplained`. The engine never says which side is right:
 * it says which side changed most recently (null when it cannot tell), what documented the change,
 * and every fact it saw.
 */
export interface Intent {
  readonly kind: 'documented-change' | 'unexplained';
  readonly changedMostRecently: Source | null;
  readonly documentedBy: ReadonlyArray<IntentEvidence>;
  readonly evidence: ReadonlyArray<IntentEvidence>;
}

/**
 * Whether the drug belongs to a high-alert group (högriskläkemedel), found by the items' ATC codes:
 * `group` names the group and the code that matched; `unknown` when no item has an ATC code, so the
 * check could not be made (said, not guessed).
 */
export type HighAlertFinding =
  | { readonly kind: 'group'; readonly group: string; readonly atc: AtcCode }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown' };

/**
 * How the risk was reached, rule by rule, so a reader can check it against the table: the kind's
 * base consequence and probability, the high-alert finding and raise, and the probability raises
 * for a dose-dispensed item and for an item in force on the reconciliation date.
 */
export interface RiskBasis {
  readonly kindConsequence: Consequence;
  readonly highAlert: HighAlertFinding;
  readonly highAlertRaise: number;
  readonly kindProbability: Probability;
  readonly doseDispensed: boolean;
  readonly activeNow: boolean;
}

/**
 * A deviation (avvikelse): one discrepancy classified for follow-up, with its category, risk
 * (consequence × probability = risk score, 1–16; serious from 8), intent and action. `id` is stable:
 * the kind and the item ids, e.g. `status:C-4:P-4`.
 */
export interface Deviation {
  readonly id: string;
  readonly discrepancy: Discrepancy;
  readonly category: DeviationCategory;
  readonly subcategory: Subcategory;
  readonly consequence: Consequence;
  readonly probability: Probability;
  readonly riskScore: number;
  readonly riskBand: RiskBand;
  readonly serious: boolean;
  readonly basis: RiskBasis;
  readonly intent: Intent;
  readonly action: Action;
}
