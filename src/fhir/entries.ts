import type { Problem } from '../model';
import { describeValue, quoted } from './quote';

/** The resource types medrec reads as items of a list: each becomes an item or an invalid one. */
export const ITEM_TYPES: ReadonlySet<string> = new Set(['MedicationRequest', 'MedicationStatement']);

/**
 * The resource types medrec reads: the items, and what they lean on or are indexed by (the patient,
 * medications, who prescribed or reported, a document's Composition, a List of references). An entry
 * of any other type is reported, never dropped.
 */
export const READ_TYPES: ReadonlySet<string> = new Set([
  ...ITEM_TYPES,
  'Patient',
  'Medication',
  'Practitioner',
  'PractitionerRole',
  'Organization',
  'RelatedPerson',
  'Composition',
  'List',
]);

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * Why what a bundle entry (`entry[3].resource`) or a bulk line holds is not a resource medrec reads,
 * with the path of the problem; undefined when it is one. The resource type is quoted redacted.
 *
 * @example
 * notRead(null, 'entry[3].resource')                                  // { path: 'entry[3].resource', message: 'expected a resource, got null' }
 * notRead({ resourceType: 'MedicationRequets' }, 'entry[3].resource') // { path: 'entry[3].resource.resourceType', message: 'expected a resource medrec reads (…), got "MedicationRequets"' }
 * notRead({ resourceType: 'Medication' }, 'entry[3].resource')        // undefined
 */
export const notRead = (resource: unknown, at: string): Problem | undefined => {
  if (!isObject(resource)) return { path: at, message: `expected a resource (an object with resourceType), got ${describeValue(resource)}` };
  const type = resource['resourceType'];
  if (typeof type !== 'string') return { path: `${at}.resourceType`, message: `expected a resourceType, got ${describeValue(type)}` };
  if (!READ_TYPES.has(type)) {
    return { path: `${at}.resourceType`, message: `expected a resource medrec reads (${[...READ_TYPES].join(', ')}), got ${quoted(type)}` };
  }
  return undefined;
};
