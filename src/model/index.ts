/**
 * The domain model: normalised medication items from either record system, their identity
 * (substances, forms, routes), dates, patients, and whether an item is in force on a given day.
 * Every other stage speaks these types.
 */
export type { Brand } from './brand';
export { compareIds, isAtcCode, isNplNumber, type AtcCode, type ItemId, type NplId, type NplPackId } from './ids';
export {
  addDaysTo,
  calendarDateOf,
  compareDates,
  compareTimestamps,
  daysBetween,
  isClockTime,
  isIsoDate,
  isTimestamp,
  isoDateOf,
  shownDateInput,
  today,
  type ClockTime,
  type DateInput,
  type IsoDate,
  type Timestamp,
} from './time';
export {
  checkPatientId,
  looksLikePersonnummer,
  luhnValid,
  maskPatientId,
  redactedExcerpt,
  redactPersonnummer,
  type PatientIdCheck,
  type PatientIdKind,
} from './personnummer';
export { patientKey, samePatient, type Patient } from './patient';
export {
  otherSource,
  productName,
  UNREADABLE_NAME,
  WEEKDAYS,
  type AsNeededDose,
  type Dispensing,
  type Dose,
  type DoseStep,
  type DoseRate,
  type RateTime,
  type ItemKind,
  type MedicationItem,
  type Ordination,
  type Period,
  type Prescriber,
  type ProductCode,
  type Reporter,
  type Prescription,
  type Product,
  type RecordedDosage,
  type RecordedStatus,
  type Source,
  type Strength,
  type Substance,
  type Supply,
  type UnknownDosage,
  type Weekday,
} from './item';
export { isUnknown, known, UNKNOWN, type Unknown } from './unknown';
export { activityOn, isActiveOn, type Activity } from './activity';
export { foldText } from './text';
export { memoizeByString } from './memo';
export { substanceKey, substanceSet, substanceSetKey } from './substance';
export { formClass, formsDiffer } from './form';
export { routeKey, routesDiffer } from './route';
export type { InvalidItem, PartlyReadItem, Problem } from './invalid';
export { isLeft, isRight, type Either, type Left, type Right } from './either';
export { canonicalJson } from './canonical-json';
