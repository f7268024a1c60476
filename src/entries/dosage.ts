/**
 * `medrec/dosage`: the Swedish dosage-text parser (doseringsanvisning) and canonical dosages, alone.
 * No Node built-in: it bundles for a browser (an EHR front-end), `parseDosageText` alone in about
 * 40 KB minified.
 *
 * @example
 * import { describeDosage, parseDosageText } from 'medrec/dosage';
 * describeDosage(parseDosageText('1 tablett morgon och kväll')).perDay // 2
 *
 * @packageDocumentation
 * @module medrec/dosage
 */
export { canonicalDosageOn as canonicalDosage, describeDosage, parseDosageText, renderDosage, UNPARSED_REASON_TEXT } from '../dosage';
export type {
  AsNeededDescription,
  CanonicalDosage,
  DosageContext,
  DosageDescription,
  Duration,
  Implication,
  ImplicationKind,
  InvalidDate,
  Slot,
  StepDescription,
  StopPoint,
  TextParse,
  TextStep,
  UnparsedReason,
} from '../dosage';
export type { DateInput, DoseRate, Either, RateTime, RecordedDosage } from '../model';
export { isLeft, isRight } from '../model';
