/**
 * Dosage (dosering): time-of-day slots, dose units, amounts of substance, the canonical form in
 * which the engine compares dosages, whether from structured fields or from the instruction text,
 * and the Swedish dosage-text parser and renderer.
 */
export { SLOTS, slotOf, type Slot } from './slot';
export { measureOf, unitKey, type Measure } from './unit';
export { amountOf, roundAmount, sameAmount, strengthKey, type Amount } from './amount';
export {
  canonicalDosage,
  hasStructure,
  schedule,
  slotDoses,
  type AsNeeded,
  type CanonicalDosage,
  type Schedule,
  type SlotDose,
  type UnslottedDose,
} from './canonical';
export { perDosingDay, scheduleExposure, sumExposures, type SubstanceExposure, type UnstatedExposure } from './exposure';
export { dosageSignature, sharesSlot } from './signature';
export { formUnit } from './form-unit';
export { asNeededOnly, canonicalDosageOf } from './item-dosage';
export { textAgreement, type Agreement, type TextAgreement } from './text-agreement';
export { parseDosageText } from './text/parse';
export { stepCanonical, textCanonical, type DosageContext } from './text/canonical';
export { dosageNumber, rateText, renderDosage, renderStep, unitWord } from './text/render';
export { canonicalRate, rateKey, ratePerHour, substancePerHour } from './rate';
export {
  describeDosage,
  UNPARSED_REASON_TEXT,
  type AsNeededDescription,
  type DosageDescription,
  type StepDescription,
} from './text/describe';
export type {
  Duration,
  Implication,
  ImplicationKind,
  StopPoint,
  TextAsNeeded,
  TextParse,
  TextSlotDose,
  TextStep,
  TextUnslotted,
  UnparsedReason,
} from './text/result';
export { canonicalDosageOn, type InvalidDate } from './dated';
