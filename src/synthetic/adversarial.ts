import type { OrdinationJson, PatientLine, PrescriptionJson } from './export-json';
import { syntheticPatientId } from './patient';
import { seededRandom, type Random } from './random';

/**
 * Adversarial shapes (fientliga former): patients no care unit writes, but a broken or hostile export
 * can, each built to push one part of the engine towards its worst case. For benchmarks and for the
 * regression tests that keep the engine's time bounded; deterministic, ids `SYN-…` and `C-…`/`P-…`.
 * Kept apart from `generatePatient`, whose output stays as it was.
 */
export type AdversarialShape =
  /** A Pascal combination of `size` substances against 3 separate journal products of each of the first `size - 1` (no exact cover). */
  | 'combination-no-cover'
  /** A Pascal combination of `size` substances against one separate journal product of each: an exact cover `size` parts deep. */
  | 'combination-wide'
  /** `size` items of one substance per side, in varied strengths, doses, forms and states. */
  | 'one-substance';

/** Every adversarial shape, for benchmarks. */
export const ADVERSARIAL_SHAPES: ReadonlyArray<AdversarialShape> = ['combination-no-cover', 'combination-wide', 'one-substance'];

const START = '2026-01-01';

const substanceName = (k: number): string => `advsubstans${String(k).padStart(5, '0')}`;

const dosage = (quantity: number, time: string): PrescriptionJson['dosage'] => ({
  text: `${quantity} tablett kl ${time}`,
  doses: [{ time, quantity, unit: 'tablett' }],
});

const ordination = (id: string, product: OrdinationJson['product'], quantity = 1, time = '08:00'): OrdinationJson => ({
  ordinationId: id,
  type: 'continuous',
  supply: 'prescription',
  product,
  route: 'oral',
  dosage: dosage(quantity, time),
  period: { start: START },
});

const prescription = (id: string, product: PrescriptionJson['product'], quantity = 1, time = '08:00'): PrescriptionJson => ({
  prescriptionId: id,
  dispensing: 'whole-package',
  status: 'active',
  product,
  route: 'oral',
  dosage: dosage(quantity, time),
  period: { start: START },
});

const single = (k: number, strength: number) => ({
  name: `Adv ${k} ${strength} mg tablett`,
  substances: [{ name: substanceName(k), strength: { value: strength, unit: 'mg' } }],
  form: 'tablett',
});

const combination = (size: number) => ({
  name: `Adv comb ${size} tablett`,
  substances: Array.from({ length: size }, (_, k) => ({ name: substanceName(k), strength: { value: 10, unit: 'mg' } })),
  form: 'tablett',
});

const ordinationsOf = (shape: AdversarialShape, size: number, seed: number): ReadonlyArray<OrdinationJson> => {
  switch (shape) {
    case 'combination-no-cover':
      return Array.from({ length: 3 * Math.max(0, size - 1) }, (_, i) => ordination(`C-${i + 1}`, single(Math.floor(i / 3), 10 * ((i % 3) + 1))));
    case 'combination-wide':
      return Array.from({ length: size }, (_, k) => ordination(`C-${k + 1}`, single(k, 10)));
    case 'one-substance': {
      const random = seededRandom(seed, 1);
      return Array.from({ length: size }, (_, i) => variedCopy(random, i, 'cosmic') as OrdinationJson);
    }
  }
};

const prescriptionsOf = (shape: AdversarialShape, size: number, seed: number): ReadonlyArray<PrescriptionJson> => {
  switch (shape) {
    case 'combination-no-cover':
    case 'combination-wide':
      return [prescription('P-1', combination(size))];
    case 'one-substance': {
      const random = seededRandom(seed, 2);
      return Array.from({ length: size }, (_, i) => variedCopy(random, i, 'pascal') as PrescriptionJson);
    }
  }
};

const TIMES = ['08:00', '12:00', '18:00', '22:00'];

/** One copy of the one substance: a few strengths, doses, times, forms and states, so that weights tie and differ. */
const variedCopy = (random: Random, i: number, side: 'cosmic' | 'pascal'): OrdinationJson | PrescriptionJson => {
  const strength = random.pick([5, 10, 20]);
  const product = { ...single(0, strength), ...(random.chance(0.3) ? { form: 'kapsel' } : {}), ...(random.chance(0.5) ? { nplId: `2100990000${String(strength).padStart(2, '0')}01` } : {}) };
  const quantity = random.pick([1, 1, 2]);
  const time = random.pick(TIMES);
  if (side === 'cosmic') {
    const item = ordination(`C-${i + 1}`, product, quantity, time);
    return random.chance(0.1) ? { ...item, discontinued: { date: '2026-06-01' } } : item;
  }
  const item = prescription(`P-${i + 1}`, product, quantity, time);
  return random.chance(0.1) ? { ...item, status: 'discontinued' as const, discontinued: { date: '2026-06-01' } } : { ...item, ...(random.chance(0.5) ? { dispensing: 'dose-dispensed' as const } : {}) };
};

/**
 * A patient of an adversarial shape and size, as a batch input line (`seed` varies the copies of
 * `one-substance`; the combination shapes are fixed).
 *
 * @example
 * adversarialPatient('combination-no-cover', 20).pascal.prescriptions[0].product.substances.length // 20
 * adversarialPatient('one-substance', 2000).cosmic.ordinations.length // 2000
 */
export const adversarialPatient = (shape: AdversarialShape, size: number, seed = 2026): PatientLine => {
  const patient = { id: syntheticPatientId(0) };
  const exportedAt = '2026-11-20T05:30:00+01:00';
  return {
    cosmic: { source: 'cosmic', exportedAt, patient, ordinations: ordinationsOf(shape, size, seed) },
    pascal: { source: 'pascal', exportedAt, doseDispensing: false, patient, prescriptions: prescriptionsOf(shape, size, seed) },
  };
};
