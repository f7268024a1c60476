import { PERIOD_PHRASES, TIMES_WORDS } from '../lexicon';
import { readNumber } from '../number';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';
import { readUnit } from '../unit-word';

const timesWords = phraseTable(TIMES_WORDS);
const periods = phraseTable(PERIOD_PHRASES);

/**
 * A count of times (antal gånger), with what it is per where written:
 * `2 gånger dagligen`, `tre gånger om dagen`, `1 gång i veckan`, `3 ggr/dygn`, `2 gånger` (per what
 * is left to the rest of the text), and the multiplication shorthand `x 2` (`1x2`: 1 unit twice a
 * day; per day is the convention, recorded as implied). `x 2 tabletter` is not read: it is not clear
 * which number counts what.
 *
 * @example
 * timesParser(tokenize('2 gånger dagligen'), 0) // { kind: 'times', times: 2, period: 'day', periodImplied: false }
 * timesParser(tokenize('x 2'), 0)               // { kind: 'times', times: 2, period: 'day', periodImplied: true }
 */
export const timesParser: PhraseParser = (tokens, at) => {
  if (tokens[at]?.text === 'x') {
    const n = readNumber(tokens, at + 1, true);
    if (n === undefined || !Number.isInteger(n.value) || n.value < 1) return undefined;
    if (readUnit(tokens, n.next) !== undefined) return undefined;
    const period = lookup(periods, tokens, n.next);
    return {
      phrase: { kind: 'times', times: n.value, period: period?.value ?? 'day', periodImplied: period === undefined },
      next: period?.next ?? n.next,
    };
  }
  const n = readNumber(tokens, at, true);
  if (n === undefined || !Number.isInteger(n.value) || n.value < 1) return undefined;
  const word = lookup(timesWords, tokens, n.next);
  if (word === undefined) return undefined;
  const period = lookup(periods, tokens, word.next);
  return { phrase: { kind: 'times', times: n.value, period: period?.value ?? null, periodImplied: false }, next: period?.next ?? word.next };
};
