/**
 * `medrec/synthetic`: synthetic patients for tests and benchmarks, with the ground truth of every
 * injected discrepancy. Ids are `SYN-0000001` …, never a personnummer.
 *
 * @example
 * import { generatePatient } from 'medrec/synthetic';
 * const { line, truth } = generatePatient(42, 0, { asOf: '2026-11-20' });
 *
 * @packageDocumentation
 * @module medrec/synthetic
 */
export { DEFAULT_GENERATOR_AS_OF, DEFAULT_RATES, generatePatient, syntheticPatientId, truthKey } from '../synthetic';
export type { GeneratorOptions, InjectedDiscrepancy, OrdinationJson, PatientLine, PrescriptionJson, SyntheticPatient } from '../synthetic';
