import { STANDALONE_PERIOD_PHRASES } from '../lexicon';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const periods = phraseTable(STANDALONE_PERIOD_PHRASES);

/**
 * "Every day" or "every week" with no count: `dagligen`, `varje dag`, `per dygn`, `i veckan`. Alone,
 * it means once per day or week; the refiners record that as implied.
 *
 * @example
 * periodParser(tokenize('dagligen'), 0) // { phrase: { kind: 'period', period: 'day' }, next: 1 }
 */
export const periodParser: PhraseParser = (tokens, at) => {
  const hit = lookup(periods, tokens, at);
  return hit === undefined ? undefined : { phrase: { kind: 'period', period: hit.value }, next: hit.next };
};
