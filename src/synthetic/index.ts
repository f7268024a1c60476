/**
 * Synthetic patients (syntetiska patienter) for tests and benchmarks: realistic older patients'
 * journal and e-prescription lists built from a catalogue of common drugs, with discrepancies
 * injected at known rates and a ground truth (facit) listing every one. Deterministic for a seed;
 * ids are `SYN-…`, never personnummer.
 */
export { seededRandom, mix32, type Random } from './random';
export { CATALOGUE, inventedDrug, PALLIATIVE_INJECTIONS, type CatalogueDrug, type CatalogueBrand, type CatalogueStrength, type DosePattern } from './catalogue';
export { DEFAULT_RATES } from './rates';
export { truthKey, type InjectedDiscrepancy } from './truth';
export { generatePatient, syntheticPatientId, DEFAULT_GENERATOR_AS_OF, type GeneratorOptions, type SyntheticPatient } from './patient';
export { generateNight, nightDate, NIGHT_RATES, type NightDiscrepancy, type SyntheticNight } from './nights';
export type { PatientLine, OrdinationJson, PrescriptionJson } from './export-json';
export { adversarialPatient, ADVERSARIAL_SHAPES, type AdversarialShape } from './adversarial';
