/**
 * THE classification table: every rule by which a discrepancy becomes a deviation, as data a
 * pharmacist can review without reading code. `classify.ts` only reads these tables.
 *
 * How a deviation is scored (riskanalys, konsekvens × sannolikhet):
 * - consequence = the kind's base consequence, raised by `highAlertRaise` when the drug is in a
 *   high-alert group (HIGH_ALERT_GROUPS), at most 4;
 * - probability = the kind's base probability, raised by PROBABILITY_RAISES when an item of the
 *   discrepancy is dose-dispensed (the bags are packed as Pascal says) and when one is in force on the
 *   reconciliation date, at most 4;
 * - risk score = consequence × probability (1–16); serious from SERIOUS_FROM (8).
 * Every base probability is at most 2, so the raises are never capped away: the same discrepancy on a
 * dose-dispensed item always scores above a whole-package one.
 */
import type { DiscrepancyKind } from '../diff';
import type { Source } from '../model';
import type { Actor, Consequence, Probability, RiskBand, Subcategory } from './deviation';

/** A group of high-alert drugs (högriskläkemedel), by ATC code prefix, optionally only for some routes. */
export interface HighAlertGroup {
  readonly id: string;
  readonly sv: string;
  readonly en: string;
  readonly atc: ReadonlyArray<string>;
  /** Only these administration routes (folded), or every route when absent. */
  readonly routes?: ReadonlyArray<string>;
}

/**
 * High-alert groups, most specific first (the first group whose prefix matches wins): methotrexate
 * before the cytostatics of L01.
 */
export const HIGH_ALERT_GROUPS: ReadonlyArray<HighAlertGroup> = [
  { id: 'methotrexate', sv: 'metotrexat', en: 'methotrexate', atc: ['L04AX03', 'L01BA01'] },
  { id: 'anticoagulant', sv: 'antikoagulantia', en: 'anticoagulants', atc: ['B01A'] },
  { id: 'antidiabetic', sv: 'insuliner och andra diabetesläkemedel', en: 'insulins and other antidiabetics', atc: ['A10'] },
  { id: 'opioid', sv: 'opioider', en: 'opioids', atc: ['N02A'] },
  { id: 'digoxin', sv: 'digoxin', en: 'digoxin', atc: ['C01AA05'] },
  { id: 'lithium', sv: 'litium', en: 'lithium', atc: ['N05AN01'] },
  { id: 'clozapine', sv: 'klozapin', en: 'clozapine', atc: ['N05AH02'] },
  { id: 'potassium', sv: 'kalium', en: 'potassium', atc: ['B05XA01', 'A12BA'] },
  { id: 'oral-cytostatic', sv: 'perorala cytostatika', en: 'oral cytostatics', atc: ['L01'], routes: ['oral'] },
];

/** The template of one action step; `{drug}` is replaced by the drug. */
export interface StepTemplate {
  readonly actor: Actor;
  readonly sv: string;
  readonly en: string;
}

/**
 * The rule for one kind of discrepancy:
 * - `subcategory`: where in the chain it went wrong;
 * - `consequence`, `highAlertRaise`: base consequence and how much a high-alert drug raises it;
 * - `probability`: base probability (before the raises for dose dispensing and for being in force);
 * - `decide`: the decision someone must take;
 * - `update`: `by-direction` adds the step "update the list that did not change" (UPDATE_STEP), or
 *   null when `decide` already says what to change;
 * - `checkDoseBags`: when an item is dose-dispensed, the nurse checks the bags (DOSE_BAG_STEP).
 */
export interface KindRule {
  readonly subcategory: Subcategory;
  readonly consequence: Consequence;
  readonly highAlertRaise: 0 | 1;
  readonly probability: 1 | 2;
  readonly decide: StepTemplate;
  readonly update: 'by-direction' | null;
  readonly checkDoseBags: boolean;
}

const prescriber = (sv: string, en: string): StepTemplate => ({ actor: 'prescriber', sv, en });
const physician = (sv: string, en: string): StepTemplate => ({ actor: 'responsible-physician', sv, en });

/** The rule of every discrepancy kind. Read a row as: "a <kind> is a <subcategory> deviation of consequence …". */
export const KIND_RULES: Readonly<Record<DiscrepancyKind, KindRule>> = {
  // Stopped, cancelled or not started in one system and in force in the other: the classic is a drug
  // stopped in the journal that is still packed into the dose bags — a failure of transfer between systems.
  status: {
    subcategory: 'kommunikation', consequence: 3, highAlertRaise: 1, probability: 2, update: 'by-direction', checkDoseBags: true,
    decide: physician('ansvarig läkare tar ställning till om {drug} ska ges', 'the responsible physician decides whether {drug} is to be given'),
  },
  'missing-in-pascal': {
    subcategory: 'kommunikation', consequence: 2, highAlertRaise: 1, probability: 2, update: null, checkDoseBags: true,
    decide: prescriber('förskrivare utfärdar recept på {drug} i Pascal eller sätter ut ordinationen i journalen', 'the prescriber issues a prescription for {drug} in Pascal or stops the ordination in the journal'),
  },
  'missing-in-cosmic': {
    subcategory: 'dokumentation', consequence: 2, highAlertRaise: 1, probability: 2, update: null, checkDoseBags: true,
    decide: physician('ansvarig läkare för in {drug} i journalens ordinationslista eller sätter ut receptet i Pascal', 'the responsible physician enters {drug} in the journal’s ordination list or stops the prescription in Pascal'),
  },
  duplicate: {
    subcategory: 'ordination', consequence: 3, highAlertRaise: 1, probability: 2, update: null, checkDoseBags: true,
    decide: prescriber('förskrivare sätter ut den dubbla förskrivningen av {drug}', 'the prescriber stops the duplicate order of {drug}'),
  },
  dose: {
    subcategory: 'ordination', consequence: 3, highAlertRaise: 1, probability: 2, update: 'by-direction', checkDoseBags: true,
    decide: prescriber('förskrivare bekräftar dos för {drug}', 'the prescriber confirms the dose of {drug}'),
  },
  'as-needed': {
    subcategory: 'ordination', consequence: 2, highAlertRaise: 1, probability: 1, update: 'by-direction', checkDoseBags: false,
    decide: prescriber('förskrivare bekräftar om {drug} ges vid behov eller regelbundet och högsta dos per dygn', 'the prescriber confirms whether {drug} is given as needed or regularly, and the maximum per day'),
  },
  // Within one item, the text the nurse and patient read says another dose than the structure the
  // bags are packed by: the prescriber wrote two things, and either may be given.
  'text-mismatch': {
    subcategory: 'ordination', consequence: 3, highAlertRaise: 1, probability: 2, update: null, checkDoseBags: true,
    decide: prescriber('förskrivare rättar doseringstexten eller den strukturerade doseringen för {drug} så att de säger samma sak', 'the prescriber corrects the dosage text or the structured dosage of {drug} so that they say the same'),
  },
  // The amount of substance agrees; only the strength differs (two 50 against one 100).
  strength: {
    subcategory: 'dokumentation', consequence: 1, highAlertRaise: 1, probability: 1, update: 'by-direction', checkDoseBags: true,
    decide: prescriber('förskrivare bekräftar styrka för {drug}', 'the prescriber confirms the strength of {drug}'),
  },
  form: {
    subcategory: 'administrering', consequence: 2, highAlertRaise: 1, probability: 1, update: 'by-direction', checkDoseBags: true,
    decide: prescriber('förskrivare bekräftar läkemedelsform för {drug}', 'the prescriber confirms the dosage form of {drug}'),
  },
  route: {
    subcategory: 'administrering', consequence: 2, highAlertRaise: 1, probability: 1, update: 'by-direction', checkDoseBags: false,
    decide: prescriber('förskrivare bekräftar administreringssätt för {drug}', 'the prescriber confirms the route of {drug}'),
  },
  // The same amount at other times of day: the bags are packed for other times.
  schedule: {
    subcategory: 'administrering', consequence: 2, highAlertRaise: 1, probability: 2, update: 'by-direction', checkDoseBags: true,
    decide: prescriber('förskrivare bekräftar doseringstider för {drug}', 'the prescriber confirms when {drug} is given'),
  },
  period: {
    subcategory: 'dokumentation', consequence: 1, highAlertRaise: 1, probability: 1, update: 'by-direction', checkDoseBags: false,
    decide: prescriber('förskrivare bekräftar behandlingstid för {drug}', 'the prescriber confirms how long {drug} is given'),
  },
  'prescription-expired': {
    subcategory: 'ordination', consequence: 2, highAlertRaise: 1, probability: 1, update: null, checkDoseBags: false,
    decide: prescriber('förskrivare förnyar receptet på {drug} eller sätter ut ordinationen', 'the prescriber renews the prescription for {drug} or stops the ordination'),
  },
  dispensing: {
    subcategory: 'kommunikation', consequence: 1, highAlertRaise: 1, probability: 2, update: 'by-direction', checkDoseBags: false,
    decide: physician('ansvarig läkare bekräftar om {drug} ska dosdispenseras eller lämnas i helförpackning', 'the responsible physician confirms whether {drug} is dose-dispensed or given from a whole package'),
  },
  'not-comparable': {
    subcategory: 'dokumentation', consequence: 2, highAlertRaise: 1, probability: 1, update: 'by-direction', checkDoseBags: false,
    decide: prescriber('förskrivare skriver en tydlig dosering för {drug}', 'the prescriber writes an unambiguous dosage for {drug}'),
  },
  // A differing purpose text: the least of all, whatever the drug.
  purpose: {
    subcategory: 'dokumentation', consequence: 1, highAlertRaise: 0, probability: 1, update: 'by-direction', checkDoseBags: false,
    decide: prescriber('förskrivare bekräftar behandlingsändamål för {drug}', 'the prescriber confirms the purpose of {drug}'),
  },
};

/** How much each fact raises the probability. */
export const PROBABILITY_RAISES = {
  /** An item of the discrepancy is dose-dispensed: the bags are packed as Pascal says, without a second look. */
  doseDispensed: 1,
  /** An item of the discrepancy is in force on the reconciliation date: it is being given now. */
  activeNow: 1,
} as const;

/** Risk scores from this one up are serious (allvarlig): an incident report is written for each. */
export const SERIOUS_FROM = 8;

/** The risk bands, by lowest score; the products of 1–4 × 1–4 fall in exactly one. */
export const RISK_BANDS: ReadonlyArray<{ readonly band: RiskBand; readonly from: number; readonly sv: string; readonly en: string }> = [
  { band: 'very-high', from: 12, sv: 'mycket hög', en: 'very high' },
  { band: 'high', from: 8, sv: 'hög', en: 'high' },
  { band: 'moderate', from: 4, sv: 'måttlig', en: 'moderate' },
  { band: 'low', from: 1, sv: 'låg', en: 'low' },
];

/** The consequence scale in words. */
export const CONSEQUENCE_LABEL: Readonly<Record<Consequence, { readonly sv: string; readonly en: string }>> = {
  1: { sv: 'mindre', en: 'minor' },
  2: { sv: 'måttlig', en: 'moderate' },
  3: { sv: 'betydande', en: 'significant' },
  4: { sv: 'katastrofal', en: 'catastrophic' },
};

/** The probability scale in words. */
export const PROBABILITY_LABEL: Readonly<Record<Probability, { readonly sv: string; readonly en: string }>> = {
  1: { sv: 'mycket liten', en: 'very low' },
  2: { sv: 'liten', en: 'low' },
  3: { sv: 'stor', en: 'high' },
  4: { sv: 'mycket stor', en: 'very high' },
};

/** The sub-categories in words. */
export const SUBCATEGORY_LABEL: Readonly<Record<Subcategory, { readonly sv: string; readonly en: string }>> = {
  ordination: { sv: 'ordination', en: 'ordering' },
  dokumentation: { sv: 'dokumentation', en: 'documentation' },
  kommunikation: { sv: 'kommunikation/överföring', en: 'communication/transfer' },
  administrering: { sv: 'administrering', en: 'administration' },
};

/** Who acts, in words. */
export const ACTOR_LABEL: Readonly<Record<Actor, { readonly sv: string; readonly en: string }>> = {
  'responsible-physician': { sv: 'ansvarig läkare', en: 'responsible physician' },
  prescriber: { sv: 'förskrivare', en: 'prescriber' },
  nurse: { sv: 'sjuksköterska', en: 'nurse' },
};

/** The two systems as an action names them. */
export const SYSTEM_NAME: Readonly<Record<Source, { readonly sv: string; readonly en: string }>> = {
  cosmic: { sv: 'journalen', en: 'the journal' },
  pascal: { sv: 'Pascal', en: 'Pascal' },
};

/**
 * The update step of a `by-direction` rule. When one side changed most recently (`{changed}`), the
 * other (`{target}`) is the one to update — if the change stands; the engine does not decide that.
 */
export const UPDATE_STEP = {
  known: physician('ansvarig läkare uppdaterar {target} om ändringen i {changed} står fast', 'the responsible physician updates {target} if the change in {changed} stands'),
  unknown: physician('ansvarig läkare uppdaterar den lista som inte stämmer', 'the responsible physician updates whichever list is wrong'),
} as const;

/** The nurse's step for a dose-dispensed item whose bags may hold the wrong thing. */
export const DOSE_BAG_STEP: StepTemplate = {
  actor: 'nurse',
  sv: 'sjuksköterska kontrollerar dospåsar innan nästa dos av {drug} ges',
  en: 'the nurse checks the dose bags before the next dose of {drug} is given',
};
