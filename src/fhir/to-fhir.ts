import type {
  Bundle,
  BundleEntry,
  DetectedIssue,
  List,
  ListEntry,
  MedicationStatement,
  OperationOutcome,
  Patient as FhirPatient,
  Reference,
} from '@medplum/fhirtypes';
import { activityOn, productName, redactPersonnummer, type MedicationItem } from '../model';
import type { Line, Reconciliation } from '../reconcile';
import { discrepancyText, KIND_LABEL, STATUS_LABEL } from '../render';
import type { ChangeTypes } from './change-types';
import { issueSeverityOf } from './deviation';
import {
  fhirDosages,
  entryOf,
  itemName,
  fhirMedication,
  ordinationToStatement,
  PATIENT_NAME,
  patientResource,
  prescriptionToRequest,
  refTo,
  uuidFor,
} from './resources';
import {
  CHANGE_TYPE_SYSTEM,
  CHANGE_TYPES,
  DISCREPANCY_KIND_SYSTEM,
  LIST_USE_SYSTEM,
  LOINC_SYSTEM,
  MEDICATION_LIST_LOINC,
  type ChangeType,
} from './systems';

/** Options of `toFhir`. */
export interface ToFhirOptions {
  /**
   * The patient's previous reconciliation (a `Reconciliation`, not a handover list: that is
   * `handoverList`'s `previous`): with it, each List entry gets its change flag.
   */
  readonly previousReconciliation?: Reconciliation;
  /**
   * Change types decided elsewhere (from a handover's changes since the previous list, see
   * `changeTypesOfHandover`); used instead of `previousReconciliation` when given.
   */
  readonly changeTypes?: ChangeTypes;
}

/** The item of a line that the line's MedicationStatement describes: the one journal item, else the one e-prescription, else the first. */
const leadingItem = (line: Line): MedicationItem | undefined => {
  const { cosmic, pascal } = line.items;
  return (cosmic.length === 1 ? cosmic[0] : undefined) ?? (pascal.length === 1 ? pascal[0] : undefined) ?? cosmic[0] ?? pascal[0];
};

/**
 * The MedicationStatement status of a line: the state of its leading item on the reconciliation day
 * (the journal is the valid ordination document; a line with only an e-prescription follows that).
 */
const lineStatus = (lead: MedicationItem, asOf: Reconciliation['asOf']): MedicationStatement['status'] => {
  switch (activityOn(lead, asOf).kind) {
    case 'active':
      return 'active';
    case 'cancelled':
      return 'entered-in-error';
    case 'ended':
      return 'completed';
    case 'not-started':
      return 'intended';
    default:
      return 'stopped';
  }
};

/** What must not change for a line to be "unchanged": the leading item's product, route and dosage. */
const lineSignature = (lead: MedicationItem | undefined): string =>
  lead === undefined ? '' : JSON.stringify({ p: lead.product, r: lead.route ?? null, d: lead.dosage, s: lead.status.kind });

/**
 * The change type (Patient Medicine Change Types) of a line's leading item against the previous
 * list's line of the same drug: `prescribed` when new or newly in force, `ceased` when no longer in
 * force (`cancelled` when the item was makulerad), `changed` when product, route, dosage or status
 * moved, else `unchanged`.
 */
const changeType = (
  lead: MedicationItem,
  previous: { readonly lead: MedicationItem | undefined; readonly asOf: Reconciliation['asOf'] } | undefined,
  asOf: Reconciliation['asOf'],
): ChangeType => {
  const activity = activityOn(lead, asOf).kind;
  const wasActive = previous?.lead !== undefined && activityOn(previous.lead, previous.asOf).kind === 'active';
  if (activity !== 'active') {
    if (activity === 'cancelled') return 'cancelled';
    return previous === undefined || wasActive ? 'ceased' : 'unchanged';
  }
  if (!wasActive) return 'prescribed';
  return lineSignature(lead) === lineSignature(previous.lead) ? 'unchanged' : 'changed';
};

const flagOf = (type: ChangeType) => ({ coding: [{ system: CHANGE_TYPE_SYSTEM, code: CHANGE_TYPES[type].code, display: CHANGE_TYPES[type].display }] });

/** The text of a discrepancy in Swedish, as the JSON contract writes it. */

/**
 * A reconciliation as a FHIR R4 `collection` Bundle for integrators:
 * - the Patient;
 * - a `List` (status current, mode snapshot, coded LOINC 10160-0 and `medications`, dated the
 *   reconciliation date) with one entry per reconciled line, each referencing a MedicationStatement
 *   that describes the line (its drug as the journal holds it, else as the e-prescription list does;
 *   status from whether the line is in force; `derivedFrom` the items of both sides; a Swedish note
 *   with the line's state and discrepancies); with `previousReconciliation`, each entry is flagged with its
 *   Patient Medicine Change Type, and drugs on the previous list that are gone are listed as ceased;
 * - every source item: journal items as MedicationStatement, e-prescriptions as MedicationRequest;
 * - one `DetectedIssue` per deviation of the result (status preliminary; code the discrepancy kind;
 *   severity from the risk score, see `issueSeverityOf`; `implicated` the items of both sides; `detail`
 *   what differs and the risk, in Swedish; `mitigation.action` the suggested action in Swedish);
 * - an OperationOutcome listing the items that could not be read, when there are any: nothing is lost.
 * Full URLs are name-based `urn:uuid:`s: the same reconciliation gives the same Bundle.
 *
 * @example
 * const bundle = toFhir(result); // { resourceType: 'Bundle', type: 'collection', entry: [Patient, List, MedicationStatement…, DetectedIssue…] }
 */
export const toFhir = (result: Reconciliation, options: ToFhirOptions = {}): Bundle => {
  const patientUuid = uuidFor(PATIENT_NAME);
  const subject = refTo<FhirPatient>(patientUuid);
  const itemRef = (item: MedicationItem): Reference => refTo(uuidFor(itemName(item)), `${item.source === 'cosmic' ? 'Journal' : 'E-recept'} ${item.id}`);
  // A line and a discrepancy carry their items: the references are made from them, nothing is looked up.
  const refsOf = (items: { readonly cosmic: ReadonlyArray<MedicationItem>; readonly pascal: ReadonlyArray<MedicationItem> }): Reference[] =>
    [...items.cosmic, ...items.pascal].map(itemRef);

  const previousByDrug = new Map<string, { line: Line; lead: MedicationItem | undefined; asOf: Reconciliation['asOf'] }>();
  if (options.previousReconciliation !== undefined) {
    for (const line of options.previousReconciliation.lines) if (!previousByDrug.has(line.drug)) previousByDrug.set(line.drug, { line, lead: leadingItem(line), asOf: options.previousReconciliation.asOf });
  }

  const lineEntries: BundleEntry[] = [];
  const listEntries: ListEntry[] = [];
  result.lines.forEach((line, n) => {
    const lead = leadingItem(line);
    if (lead === undefined) return;
    const uuid = uuidFor(`line|${n}|${line.drug}`);
    const note = [STATUS_LABEL[line.status], ...line.discrepancies.map((d) => KIND_LABEL[d.kind])].join('. ');
    const statement: MedicationStatement = {
      resourceType: 'MedicationStatement',
      id: uuid,
      contained: [fhirMedication(lead.product)],
      status: lineStatus(lead, result.asOf),
      medicationReference: { reference: '#med', display: productName(lead.product) },
      subject,
      effectivePeriod: { start: lead.period.start, ...(typeof lead.period.end === 'string' ? { end: lead.period.end } : {}) },
      dateAsserted: result.asOf,
      derivedFrom: refsOf(line.items),
      ...(typeof lead.purpose === 'string' ? { reasonCode: [{ text: lead.purpose }] } : {}),
      note: [{ text: `${note}.` }],
      dosage: fhirDosages(lead.dosage, lead.route),
    };
    lineEntries.push(entryOf(uuid, statement));
    const previous = options.previousReconciliation === undefined ? undefined : previousByDrug.get(line.drug);
    const flag =
      options.changeTypes !== undefined
        ? flagOf(options.changeTypes.byDrug.get(line.drug) ?? 'unchanged')
        : options.previousReconciliation === undefined
          ? undefined
          : flagOf(changeType(lead, previous, result.asOf));
    listEntries.push({ item: refTo(uuid, line.drug), ...(flag === undefined ? {} : { flag }) });
  });
  if (options.changeTypes !== undefined) {
    options.changeTypes.gone.forEach((drug, k) => {
      const uuid = uuidFor(`gone|${k}|${drug}`);
      lineEntries.push(
        entryOf(uuid, {
          resourceType: 'MedicationStatement',
          id: uuid,
          status: 'unknown',
          medicationCodeableConcept: { text: drug },
          subject,
          dateAsserted: result.asOf,
          note: [{ text: 'Fanns på föregående lista men saknas nu i båda systemen.' }],
        }),
      );
      listEntries.push({ item: refTo(uuid, drug), flag: flagOf('ceased') });
    });
  } else if (options.previousReconciliation !== undefined) {
    const current = new Set(result.lines.map((l) => l.drug));
    let k = 0;
    for (const [drug, prev] of previousByDrug) {
      if (current.has(drug) || prev.lead === undefined || activityOn(prev.lead, prev.asOf).kind !== 'active') continue;
      const uuid = uuidFor(`gone|${k++}|${drug}`);
      lineEntries.push(entryOf(uuid, {
        resourceType: 'MedicationStatement',
        id: uuid,
        contained: [fhirMedication(prev.lead.product)],
        status: 'unknown',
        medicationReference: { reference: '#med', display: productName(prev.lead.product) },
        subject,
        dateAsserted: result.asOf,
        note: [{ text: 'Fanns på föregående lista men saknas nu i båda systemen.' }],
      }));
      listEntries.push({ item: refTo(uuid, drug), flag: flagOf('ceased') });
    }
  }

  const list: List = {
    resourceType: 'List',
    id: uuidFor('list'),
    status: 'current',
    mode: 'snapshot',
    title: 'Avstämd läkemedelslista',
    code: {
      coding: [
        { system: LOINC_SYSTEM, code: MEDICATION_LIST_LOINC.code, display: MEDICATION_LIST_LOINC.display },
        { system: LIST_USE_SYSTEM, code: 'medications', display: 'Medication List' },
      ],
      text: 'Läkemedelslista',
    },
    subject,
    date: result.asOf,
    ...(listEntries.length === 0
      ? { emptyReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/list-empty-reason', code: 'nilknown', display: 'Nil Known' }] } }
      : { entry: listEntries }),
  };

  const sourceEntries: BundleEntry[] = [
    ...result.items.cosmic.map((o) => entryOf(uuidFor(itemName(o)), ordinationToStatement(o, subject, uuidFor(itemName(o))))),
    ...result.items.pascal.map((p) => entryOf(uuidFor(itemName(p)), prescriptionToRequest(p, subject, uuidFor(itemName(p))))),
  ];

  const issueEntries = result.deviations.map((d, n): BundleEntry => {
    const uuid = uuidFor(`issue|${n}|${d.discrepancy.kind}|${d.discrepancy.cosmic.join(',')}|${d.discrepancy.pascal.join(',')}`);
    const detail = `${discrepancyText(d.discrepancy)} Riskpoäng ${d.riskScore} (konsekvens ${d.consequence} × sannolikhet ${d.probability}).`;
    const implicated = refsOf(d.discrepancy.items);
    const issue: DetectedIssue = {
      resourceType: 'DetectedIssue',
      id: uuid,
      status: 'preliminary',
      code: { coding: [{ system: DISCREPANCY_KIND_SYSTEM, code: d.discrepancy.kind, display: KIND_LABEL[d.discrepancy.kind] }], text: KIND_LABEL[d.discrepancy.kind] },
      severity: issueSeverityOf(d.riskScore),
      patient: subject,
      identifiedDateTime: result.asOf,
      ...(implicated.length === 0 ? {} : { implicated }),
      detail,
      ...(d.action.sv.trim() === '' ? {} : { mitigation: [{ action: { text: d.action.sv } }] }),
    };
    return entryOf(uuid, issue);
  });

  // The path is in the input, not in this Bundle: it goes in the text, never in `expression` (a path into the output).
  const said = (i: { readonly source: string; readonly id: string | null; readonly index: number; readonly path: string; readonly message: string }) =>
    redactPersonnummer(`${i.source === 'cosmic' ? 'Journal' : 'E-recept'} ${i.id ?? `#${i.index}`}: ${i.message} (i indata: ${i.path})`);
  const outcome: BundleEntry[] =
    result.invalid.length === 0 && result.problems.length === 0
      ? []
      : [
          entryOf(uuidFor('invalid'), {
            resourceType: 'OperationOutcome',
            id: uuidFor('invalid'),
            issue: [
              ...result.invalid.map((i) => ({ severity: 'error' as const, code: 'invalid' as const, diagnostics: said(i) })),
              // An item read with unknown fields is in the list; what could not be read is said here.
              ...result.problems.flatMap((p) => p.problems.map((x) => ({ severity: 'warning' as const, code: 'incomplete' as const, diagnostics: said({ ...p, path: x.path, message: x.message }) }))),
            ],
          } satisfies OperationOutcome),
        ];

  return {
    resourceType: 'Bundle',
    id: uuidFor('bundle'),
    type: 'collection',
    entry: [entryOf(patientUuid, patientResource(result.patient, patientUuid)), entryOf(list.id!, list), ...lineEntries, ...sourceEntries, ...issueEntries, ...outcome],
  };
};
