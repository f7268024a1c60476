/**
 * FHIR R4: read the journal's or the e-prescription list from a Bundle or from FHIR Bulk Data NDJSON
 * (MedicationRequest, MedicationStatement and their Medication), and write a reconciliation as a
 * `collection` Bundle with a medication `List` and one `DetectedIssue` per deviation. Shapes are
 * `@medplum/fhirtypes` (types only); what is read is checked by io-ts codecs, with FHIR paths.
 */
export { fromFhir, parseFhirBundle, type DecodedList, type FromFhirOptions } from './from-fhir';
export {
  CHANGE_TYPE_SYSTEM,
  CHANGE_TYPES,
  DISCREPANCY_KIND_SYSTEM,
  HSA_ID_SYSTEM,
  HSA_ID_SYSTEMS,
  identifierKind,
  IDENTIFIER_SYSTEMS,
  isHsaIdSystem,
  ITEM_ID_SYSTEMS,
  MEDREC_EXTENSIONS,
  MEDREC_NAMESPACE,
  preferredSystem,
  type ChangeType,
  type IdentifierKind,
} from './systems';
export { MEDICATION_REQUEST_STATUS, MEDICATION_STATEMENT_STATUS, type StatusRule } from './status';
export { EVENT_TIMES } from './event-timing';
export { listToFhir, fhirMedication, fhirDosages, ordinationToStatement, prescriptionToRequest } from './resources';
export { toFhir, type ToFhirOptions } from './to-fhir';
export { issueSeverityOf, type IssueSeverity } from './deviation';
export { changeTypesOfHandover, type ChangeTypes } from './change-types';
export { groupBulkNdjson, type BulkLineError, type BulkOptions, type BulkPatient, type NdjsonFile } from './bulk';
export { correctionTask, CORRECTION_ACTION_SYSTEM, withDecisions } from './decisions';
