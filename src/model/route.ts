import type { Unknown } from './unknown';
import { foldText } from './text';
import { memoizeByString } from './memo';

/** Abbreviations and synonyms of administration routes (administreringssätt), folded to one name each. */
const ROUTE_ALIASES: Readonly<Record<string, string>> = {
  peroral: 'oral',
  po: 'oral',
  'p.o.': 'oral',
  'per os': 'oral',
  'via munnen': 'oral',
  sc: 'subkutan',
  's.c.': 'subkutan',
  subcutan: 'subkutan',
  iv: 'intravenös',
  'i.v.': 'intravenös',
  intravenos: 'intravenös',
  im: 'intramuskulär',
  'i.m.': 'intramuskulär',
  sl: 'sublingual',
  rectal: 'rektal',
  inh: 'inhalation',
  'för inhalation': 'inhalation',
  'på huden': 'kutan',
  utvärtes: 'kutan',
};

/**
 * The canonical name of a route.
 *
 * @example
 * routeKey('Peroral') // 'oral'
 * routeKey('s.c.')    // 'subkutan'
 */
export const routeKey: (route: string) => string = memoizeByString((route) => {
  const folded = foldText(route);
  // Own keys only: a route written "constructor" must not find Object.prototype's members.
  return Object.hasOwn(ROUTE_ALIASES, folded) ? ROUTE_ALIASES[folded]! : folded;
});

/**
 * Whether two routes differ. A route missing or unknown on either side is no difference (an unknown
 * one is `not-comparable`, see the diff stage).
 *
 * @example
 * routesDiffer('oral', 'po')       // false
 * routesDiffer('oral', 'subkutan') // true
 */
export const routesDiffer = (a: string | Unknown | undefined, b: string | Unknown | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && routeKey(a) !== routeKey(b);
