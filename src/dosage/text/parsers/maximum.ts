import { COUNT_WORDS, MAXIMUM_WORDS, PERIOD_PHRASES } from '../lexicon';
import { readNumber } from '../number';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';
import { readUnit } from '../unit-word';

const openers = phraseTable(MAXIMUM_WORDS);
const counts = phraseTable(COUNT_WORDS);
const perDay = phraseTable([
  ...PERIOD_PHRASES.filter(([, p]) => p === 'day'),
  ['per 24 timmar', 'day'],
  ['per 24 h', 'day'],
  ['/ 24 h', 'day'],
  ['/ 24 tim', 'day'],
  ['under 24 timmar', 'day'],
  ['på 24 timmar', 'day'],
  ['under ett dygn', 'day'],
  ['på ett dygn', 'day'],
  ['under dygnet', 'day'],
] as const);

/**
 * A daily maximum (maxdos per dygn): `högst 4 tabletter per dygn`, `max 8/dygn`, `max 4 st/dygn`,
 * `högst 3 gånger per dygn` (a count of doses), `maximalt 6 tabletter/dag`, `max 4 g/dygn`.
 * A maximum that is not per day is not read.
 *
 * @example
 * maximumParser(tokenize('högst 3 gånger per dygn'), 0) // { kind: 'maximum', quantity: 3, per: 'dose', unit: null }
 */
export const maximumParser: PhraseParser = (tokens, at) => {
  const opener = lookup(openers, tokens, at);
  if (opener === undefined) return undefined;
  const n = readNumber(tokens, opener.next, true);
  if (n === undefined) return undefined;
  const count = lookup(counts, tokens, n.next);
  const unit = count === undefined ? readUnit(tokens, n.next) : undefined;
  const period = lookup(perDay, tokens, count?.next ?? unit?.next ?? n.next);
  if (period === undefined) return undefined;
  return {
    phrase: count === undefined ? { kind: 'maximum', quantity: n.value, per: 'unit', unit: unit?.value ?? null } : { kind: 'maximum', quantity: n.value, per: 'dose', unit: null },
    next: period.next,
  };
};
