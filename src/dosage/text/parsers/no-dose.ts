import { NO_DOSE_PHRASES } from '../lexicon';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const noDose = phraseTable(NO_DOSE_PHRASES);

/**
 * An instruction that defers the dose elsewhere (`enligt ordination`, `enligt särskild ordination`,
 * `enligt schema`, `efter INR`, `se dosschema`): the text carries no comparable dose. The phrase takes
 * the rest of the text with it.
 *
 * @example
 * noDoseParser(tokenize('enligt särskild ordination'), 0) // { phrase: { kind: 'no-dose', text: 'enligt' }, next: 3 }
 */
export const noDoseParser: PhraseParser = (tokens, at) => {
  const hit = lookup(noDose, tokens, at);
  return hit === undefined ? undefined : { phrase: { kind: 'no-dose', text: tokens.slice(at, hit.next).map((t) => t.text).join(' ') }, next: tokens.length };
};
