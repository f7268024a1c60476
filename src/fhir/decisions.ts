import type { Bundle, BundleEntry, Practitioner, Provenance, Reference, Task } from '@medplum/fhirtypes';
import type { CorrectionAction, Decided, Decider, OrderedCorrection } from '../decisions';
import type { Reconciliation } from '../reconcile';
import { entryOf, refTo, uuidFor } from './resources';
import { HSA_ID_SYSTEM, MEDREC_NAMESPACE } from './systems';


/** The code system of a correction's action (`discontinue`, `change-dose`, `prescribe`, …). */
export const CORRECTION_ACTION_SYSTEM = `${MEDREC_NAMESPACE}:code-system:correction-action`;

const ACTION_DISPLAY: Readonly<Record<CorrectionAction, string>> = {
  discontinue: 'Sätt ut',
  cancel: 'Makulera',
  'change-dose': 'Ändra dos',
  'change-schedule': 'Ändra doseringstider',
  'change-product': 'Byt produkt (styrka eller form)',
  'change-route': 'Ändra administrationssätt',
  'change-period': 'Ändra behandlingstid',
  'change-dispensing': 'Ändra dosdispensering eller helförpackning',
  'change-purpose': 'Ändra ändamål',
  renew: 'Förnya recept',
  prescribe: 'Förskriv',
  'record-in-journal': 'För in i journalen',
};

const person = (p: { readonly name: string; readonly hsaId: string }): Reference<Practitioner> => ({ identifier: { system: HSA_ID_SYSTEM, value: p.hsaId }, display: p.name });

const SYSTEM_DISPLAY = { cosmic: 'Journalen (Cosmic)', pascal: 'E-receptlistan (Pascal)' } as const;

/**
 * The FHIR `Task` ordering one correction: status `requested`, intent `order`, the action as its code,
 * `focus` the item to change (the MedicationStatement of a journal item, the MedicationRequest of an
 * e-prescription; for a new item, the item it is made like), `reasonReference` the deviation's
 * DetectedIssue, the decider as requester, the system as owner.
 *
 * @example
 * correctionTask(zopiklonCorrection, decider, result) // { resourceType: 'Task', status: 'requested', intent: 'order', description: 'Pascal: sätt ut zopiklon (P-4)', … }
 */
export const correctionTask = (c: OrderedCorrection, decider: Decider | null, result: Reconciliation, subject: Reference): Task => {
  const focusId = c.items[0] ?? c.basedOn[0];
  const focusSource = c.items.length > 0 ? c.system : c.system === 'pascal' ? 'cosmic' : 'pascal';
  const n = result.deviations.findIndex((d) => d.id === c.deviation);
  const d = result.deviations[n];
  const issue = d === undefined ? undefined : uuidFor(`issue|${n}|${d.discrepancy.kind}|${d.discrepancy.cosmic.join(',')}|${d.discrepancy.pascal.join(',')}`);
  return {
    resourceType: 'Task',
    id: uuidFor(`task|${c.id}`),
    status: 'requested',
    intent: 'order',
    priority: c.overdue ? 'urgent' : 'routine',
    code: { coding: [{ system: CORRECTION_ACTION_SYSTEM, code: c.action, display: ACTION_DISPLAY[c.action] }], text: ACTION_DISPLAY[c.action] },
    description: c.sv,
    ...(focusId === undefined ? {} : { focus: refTo(uuidFor(`${focusSource}|${focusId}`), `${focusSource === 'cosmic' ? 'Journal' : 'E-recept'} ${focusId}`) }),
    for: subject,
    authoredOn: c.since,
    ...(decider === null ? {} : { requester: person(decider) }),
    owner: { display: SYSTEM_DISPLAY[c.system] },
    ...(issue === undefined ? {} : { reasonReference: refTo(issue, c.deviation) }),
    note: [{ text: c.en }],
  };
};

/**
 * The decided list in FHIR: the Bundle of `toFhir` with one `Task` per correction and, when the list is
 * signed, a `Provenance` of the signature (target: the List; agent and signature: the physician,
 * HSA-id under `urn:oid:1.2.752.29.4.19`). Pure: the same decisions give the same Bundle.
 *
 * @example
 * withDecisions(toFhir(result), result, decided) // Bundle with …, Task ×5, Provenance
 */
export const withDecisions = (bundle: Bundle, result: Reconciliation, decided: Decided): Bundle => {
  const subject = refTo(uuidFor('patient'), 'Patienten');
  const patientEntry = (bundle.entry ?? []).find((e) => e.resource?.resourceType === 'Patient');
  const patientRef: Reference = patientEntry?.fullUrl === undefined ? subject : { reference: patientEntry.fullUrl };
  const deciderOf = (c: OrderedCorrection) => decided.decisions.find((d) => d.deviation === c.deviation)?.decidedBy ?? null;
  const tasks: BundleEntry[] = decided.corrections.map((c) => {
    const task = correctionTask(c, deciderOf(c), result, patientRef);
    return entryOf(task.id!, task);
  });
  const v = decided.validity;
  const provenance: BundleEntry[] =
    v.kind === 'signed'
      ? [
          entryOf(uuidFor('provenance|signature'), {
            resourceType: 'Provenance',
            id: uuidFor('provenance|signature'),
            target: [refTo(uuidFor('list'), 'Avstämd läkemedelslista')],
            recorded: v.signedAt,
            activity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'UPDATE', display: 'revise' }], text: 'Avvikelserna beslutade och listan signerad' },
            agent: [
              {
                type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author', display: 'Author' }] },
                role: [{ text: 'ansvarig läkare' }],
                who: person(v.signedBy),
              },
            ],
            signature: [
              {
                type: [{ system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.1', display: "Author's Signature" }],
                when: v.signedAt,
                who: person(v.signedBy),
              },
            ],
          } satisfies Provenance),
        ]
      : [];
  return { ...bundle, entry: [...(bundle.entry ?? []), ...tasks, ...provenance] };
};
