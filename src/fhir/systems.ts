/**
 * The identifier and code systems medrec reads and writes, with every alias accepted on import. An
 * identifier is recognised by its system and value together: a 14-digit code under an unknown system
 * is not an NPL-id, and a personnummer is only read from a personnummer system.
 */

/** The kinds of identifier medrec reads from FHIR. */
export type IdentifierKind = 'personnummer' | 'samordningsnummer' | 'npl-id' | 'npl-pack-id' | 'atc';

/**
 * Every system URI accepted for each kind, the one medrec writes first. The `http://electronichealth.se`
 * forms are HL7 Sweden's (basprofiler); the `urn:oid:` forms are the Inera/RIV-TA OIDs
 * (1.2.752.129.2.1.3.1 personnummer, 1.2.752.129.2.1.3.3 samordningsnummer); the
 * `terminology.hl7.se/sid` forms are the HL7 Sweden terminology aliases, accepted over http and https
 * (the samordningsnummer one by analogy with `se-personnummer`); NPL-id and NPL-pack-id come in the
 * NLL `fhir/NamingSystem` form and the `identifier` form.
 */
export const IDENTIFIER_SYSTEMS: Readonly<Record<IdentifierKind, ReadonlyArray<string>>> = {
  personnummer: [
    'http://electronichealth.se/identifier/personnummer',
    'urn:oid:1.2.752.129.2.1.3.1',
    'https://terminology.hl7.se/sid/se-personnummer',
    'http://terminology.hl7.se/sid/se-personnummer',
  ],
  samordningsnummer: [
    'http://electronichealth.se/identifier/samordningsnummer',
    'urn:oid:1.2.752.129.2.1.3.3',
    'https://terminology.hl7.se/sid/se-samordningsnummer',
    'http://terminology.hl7.se/sid/se-samordningsnummer',
  ],
  'npl-id': ['http://electronichealth.se/fhir/NamingSystem/nplid', 'http://electronichealth.se/identifier/nplid'],
  'npl-pack-id': ['http://electronichealth.se/fhir/NamingSystem/nplpackid', 'http://electronichealth.se/identifier/nplpackid'],
  atc: ['http://www.whocc.no/atc'],
};

const KIND_BY_SYSTEM: ReadonlyMap<string, IdentifierKind> = new Map(
  (Object.entries(IDENTIFIER_SYSTEMS) as Array<[IdentifierKind, ReadonlyArray<string>]>).flatMap(([kind, systems]) =>
    systems.map((s) => [s, kind] as const),
  ),
);

/**
 * The kind of identifier a system URI names, or undefined for a system medrec does not read.
 * Trailing slashes are not significant; anything but a string (null, a number, an object, as an
 * unchecked input may hold) names no system.
 *
 * @example
 * identifierKind('urn:oid:1.2.752.129.2.1.3.1')                         // 'personnummer'
 * identifierKind('http://electronichealth.se/identifier/nplpackid')    // 'npl-pack-id'
 * identifierKind('http://example.org/local-codes')                     // undefined
 * identifierKind(null)                                                 // undefined
 */
export const identifierKind = (system: unknown): IdentifierKind | undefined =>
  typeof system === 'string' ? KIND_BY_SYSTEM.get(system.trim().replace(/\/+$/u, '')) : undefined;

/**
 * The system medrec writes for each kind of identifier.
 *
 * @example
 * preferredSystem('atc') // 'http://www.whocc.no/atc'
 */
export const preferredSystem = (kind: IdentifierKind): string => IDENTIFIER_SYSTEMS[kind][0]!;

/**
 * The system of an HSA-id (Hälso- och sjukvårdens adressregister: the national catalogue's id of a
 * person, unit or care provider), the one medrec writes for a prescriber, a decider and a signer:
 * HL7 Sweden's basprofiler and Inera's HSA FHIR API use `urn:oid:1.2.752.29.4.19`, the OID of HSA
 * identifiers as a whole.
 *
 * @example
 * ({ system: HSA_ID_SYSTEM, value: 'SE2321000016-A1B2' }) // an Identifier of a physician
 */
export const HSA_ID_SYSTEM = 'urn:oid:1.2.752.29.4.19';

/**
 * Every system accepted for an HSA-id on import, the one medrec writes first: RIV-TA services (and
 * FHIR senders built on them) put HSA-ids under the OID of HSA's person and unit objects,
 * `1.2.752.129.2.1.4.1`, so a FHIR `requester` under `urn:oid:1.2.752.129.2.1.4.1` is read too.
 *
 * @example
 * HSA_ID_SYSTEMS // ['urn:oid:1.2.752.29.4.19', 'urn:oid:1.2.752.129.2.1.4.1']
 */
export const HSA_ID_SYSTEMS: ReadonlyArray<string> = [HSA_ID_SYSTEM, 'urn:oid:1.2.752.129.2.1.4.1'];

/**
 * Whether a system URI names HSA-ids (either accepted OID; surrounding blanks and trailing slashes are
 * not significant, as for {@link identifierKind}).
 *
 * @example
 * isHsaIdSystem('urn:oid:1.2.752.129.2.1.4.1') // true
 * isHsaIdSystem('urn:oid:1.2.752.129.2.1.3.1') // false (a personnummer)
 */
export const isHsaIdSystem = (system: unknown): boolean =>
  typeof system === 'string' && HSA_ID_SYSTEMS.includes(system.trim().replace(/\/+$/u, ''));

/** LOINC, and 10160-0 "History of Medication use Narrative", the code of a medication list. */
export const LOINC_SYSTEM = 'http://loinc.org';
export const MEDICATION_LIST_LOINC = { code: '10160-0', display: 'History of Medication use Narrative' } as const;

/** FHIR's "Example Use Codes for List": `medications` (Medication List). */
export const LIST_USE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/list-example-use-codes';

/**
 * FHIR R4's "Patient Medicine Change Types" (value set `http://hl7.org/fhir/ValueSet/list-item-flag`),
 * whose code system is the OID below: the flags of a medication list's entries at the end of a consultation.
 */
export const CHANGE_TYPE_SYSTEM = 'urn:oid:1.2.36.1.2001.1001.101.104.16592';

/** The Patient Medicine Change Types codes medrec writes, with their displays. */
export const CHANGE_TYPES = {
  unchanged: { code: '01', display: 'Unchanged' },
  changed: { code: '02', display: 'Changed' },
  cancelled: { code: '03', display: 'Cancelled' },
  prescribed: { code: '04', display: 'Prescribed' },
  ceased: { code: '05', display: 'Ceased' },
} as const;

/** A change type of a medication list entry. */
export type ChangeType = keyof typeof CHANGE_TYPES;

/** UCUM, for the units of measure medrec writes with a code. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';

/** FHIR's MedicationStatement category codes (`patientspecified` is what the patient takes on their own). */
export const MEDICATION_STATEMENT_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/medication-statement-category';

/** FHIR's MedicationRequest course-of-therapy codes (`continuous`, `acute`, `seasonal`). */
export const COURSE_OF_THERAPY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy';

/**
 * medrec's own namespace, for what FHIR R4 has no element or code for (supply, dispensing, item kind,
 * the discontinuation date of a MedicationRequest, discrepancy kinds, item ids). A URN: it names, it
 * does not resolve. Change it here, in one place, if the project gets a canonical web home.
 */
export const MEDREC_NAMESPACE = 'urn:medrec:fhir';

/** The extensions medrec writes and reads, by what they carry. */
export const MEDREC_EXTENSIONS = {
  /** `valueCode`: prescription | ward-stock | self-care | general-directive (journal items). */
  supply: `${MEDREC_NAMESPACE}:extension:supply`,
  /** `valueCode`: dose-dispensed | whole-package. */
  dispensing: `${MEDREC_NAMESPACE}:extension:dispensing`,
  /** `valueCode`: continuous | as-needed | course | single (journal items). */
  kind: `${MEDREC_NAMESPACE}:extension:item-kind`,
  /** `valueDate`: the day a MedicationRequest was stopped (R4 has no element for it), or a MedicationStatement stopped before its start. */
  discontinuedDate: `${MEDREC_NAMESPACE}:extension:discontinued-date`,
  /** `valueString`: behandlingsorsak of an e-prescription. */
  treatmentReason: `${MEDREC_NAMESPACE}:extension:treatment-reason`,
  /** `valueReference`: who prescribed a journal item written as a MedicationStatement (its informationSource is who reported it). */
  prescriber: `${MEDREC_NAMESPACE}:extension:prescriber`,
} as const;

/** The identifier systems of item ids: `ordinationId` of the journal, `prescriptionId` of the e-prescription list. */
export const ITEM_ID_SYSTEMS = {
  cosmic: `${MEDREC_NAMESPACE}:identifier:ordination-id`,
  pascal: `${MEDREC_NAMESPACE}:identifier:prescription-id`,
} as const;

/** The identifier system of a patient id that is neither a personnummer nor a samordningsnummer (`SYN-0000001`). */
export const OTHER_PATIENT_ID_SYSTEM = `${MEDREC_NAMESPACE}:identifier:patient-id`;

/** The code system of medrec's discrepancy kinds (`dose`, `status`, …), used in `DetectedIssue.code`. */
export const DISCREPANCY_KIND_SYSTEM = `${MEDREC_NAMESPACE}:code-system:discrepancy-kind`;
