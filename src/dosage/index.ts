/**
 * Dosage (dosering): time-of-day slots, dose units, amounts of substance, and the canonical form in
 * which the engine compares dosages from structured fields.
 */
export { SLOTS, slotOf, type Slot } from './slot';
export { measureOf, unitKey, type Measure } from './unit';
export { amountOf, roundAmount, sameAmount, strengthKey, type Amount } from './amount';
export { canonicalDosage, schedule, slotDoses, type AsNeeded, type CanonicalDosage, type Schedule, type SlotDose } from './canonical';
export { perDosingDay, scheduleExposure, sumExposures, type SubstanceExposure } from './exposure';
export { dosageSignature, sharesSlot } from './signature';
