import type { Substance } from './item';
import { foldText } from './text';
import { memoizeByString } from './memo';

/**
 * Salt and ester endings that name the same active moiety (`levotyroxinnatrium` is levotyroxin,
 * `metoprololsuccinat` is metoprolol). Stripped only when a stem of at least four letters remains,
 * so `natriumklorid` and `kaliumklorid` stay what they are.
 */
const SALT_SUFFIXES: ReadonlyArray<string> = [
  'hydrokloridmonohydrat',
  'hydroklorid',
  'hydrobromid',
  'dihydrat',
  'monohydrat',
  'natrium',
  'kalium',
  'kalcium',
  'magnesium',
  'succinat',
  'tartrat',
  'besilat',
  'maleat',
  'fumarat',
  'mesilat',
  'citrat',
  'sulfat',
  'acetat',
  'fosfat',
  'bromid',
];

/**
 * The key that identifies a substance across systems: folded name with a salt ending removed.
 *
 * @example
 * substanceKey('Levotyroxinnatrium') // 'levotyroxin'
 * substanceKey('natriumklorid')      // 'natriumklorid'
 */
export const substanceKey: (name: string) => string = memoizeByString((name) => {
  const folded = foldText(name);
  for (const suffix of SALT_SUFFIXES) {
    if (folded.endsWith(suffix) && folded.length - suffix.length >= 4) {
      return folded.slice(0, folded.length - suffix.length).trim();
    }
  }
  return folded;
});

/**
 * The sorted, de-duplicated substance keys of a product: what "the same substances" means.
 *
 * @example
 * substanceSet([{ name: 'hydroklortiazid' }, { name: 'enalapril' }]) // ['enalapril', 'hydroklortiazid']
 */
export const substanceSet = (substances: ReadonlyArray<Substance>): ReadonlyArray<string> =>
  [...new Set(substances.map((s) => substanceKey(s.name)))].sort();

/**
 * Joins substance keys into one string key, for maps and for display.
 *
 * @example
 * substanceSetKey(['enalapril', 'hydroklortiazid']) // 'enalapril + hydroklortiazid'
 */
export const substanceSetKey = (keys: ReadonlyArray<string>): string => keys.join(' + ');
