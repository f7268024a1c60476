/**
 * `medrec/fhir`: FHIR R4 in and out. Reads either side from a Bundle (`parseFhirBundle`, `fromFhir`)
 * or a FHIR Bulk Data export (`groupBulkNdjson`), and writes a reconciliation as a Bundle (`toFhir`).
 * Uses `node:crypto` (name-based uuids, hashed keys): for Node, not a browser.
 *
 * @example
 * import { parseFhirBundle, toFhir } from 'medrec/fhir';
 * const list = parseFhirBundle(text, { source: 'pascal', file: 'pascal-bundle.json' });
 *
 * @packageDocumentation
 * @module medrec/fhir
 */
export { changeTypesOfHandover, fromFhir, groupBulkNdjson, issueSeverityOf, parseFhirBundle, toFhir } from '../fhir';
export { CHANGE_TYPE_SYSTEM, CHANGE_TYPES, DISCREPANCY_KIND_SYSTEM, EVENT_TIMES, HSA_ID_SYSTEM, HSA_ID_SYSTEMS, IDENTIFIER_SYSTEMS, ITEM_ID_SYSTEMS, MEDREC_EXTENSIONS, MEDREC_NAMESPACE } from '../fhir';
export type { BulkLineError, BulkOptions, BulkPatient, ChangeType, ChangeTypes, DecodedList, FromFhirOptions, IssueSeverity, NdjsonFile, ToFhirOptions } from '../fhir';
export { isLeft, isRight } from '../model';
