/**
 * Diffing: every difference between the two sides of each match, as discrepancies of a fixed set of
 * kinds, each naming the items on both sides and carrying both values.
 */
export {
  discrepancy,
  DISCREPANCY_KINDS,
  type AsNeededValue,
  type ComparedField,
  type Discrepancy,
  type DiscrepancyKind,
  type DiscrepancyValues,
  type DispensingValue,
  type DosageTextValue,
  type DosePeriod,
  type DoseValue,
  type DuplicateValue,
  type FormValue,
  type ItemValue,
  type PeriodValue,
  type PurposeValue,
  type RouteValue,
  type ScheduleValue,
  type StatusValue,
  type StrengthValue,
  type SubstanceAmount,
  type TextMismatchValue,
  type ValidityValue,
} from './discrepancy';
export { compareDosages, strengthDiscrepancy } from './dosage';
export { diffMatch, diffSides } from './diff-match';
export { textMismatches } from './text-mismatch';
