import { MIN_INTERVAL_CLOSERS, MIN_INTERVAL_OPENERS, TIME_UNIT_WORDS } from '../lexicon';
import { readOrdinal, readRange } from '../number';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const openers = phraseTable(MIN_INTERVAL_OPENERS);
const closers = phraseTable(MIN_INTERVAL_CLOSERS);
const timeUnits = phraseTable(TIME_UNIT_WORDS);

/**
 * A minimum interval between doses (minsta dosintervall), in hours: `med minst 4 timmars mellanrum`,
 * `minst 4 tim mellan doserna`, `med 6 timmars mellanrum`, `tidigast efter 4 timmar`, `kan upprepas
 * efter 1 timme`, `högst var 4:e timme`. For a range (`4-6 timmars mellanrum`) the minimum is its
 * lower end.
 *
 * @example
 * minIntervalParser(tokenize('med minst 4 timmars mellanrum'), 0) // { phrase: { kind: 'min-interval', hours: 4 }, next: 5 }
 */
export const minIntervalParser: PhraseParser = (tokens, at) => {
  const opener = lookup(openers, tokens, at);
  const from = opener?.next ?? at;
  const n = opener?.value === 'ordinal' ? readOrdinal(tokens, from) : readRange(tokens, from);
  if (n === undefined) return undefined;
  const hours = 'min' in n ? n.min : n.value;
  const unit = lookup(timeUnits, tokens, n.next);
  if (unit?.value !== 'hour' || hours <= 0) return undefined;
  const closer = lookup(closers, tokens, unit.next);
  if (closer === undefined && (opener === undefined || opener.value === 'weak')) return undefined;
  return { phrase: { kind: 'min-interval', hours }, next: closer?.next ?? unit.next };
};
