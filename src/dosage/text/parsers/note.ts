import { FILLER_WORDS, NOTE_PHRASES } from '../lexicon';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const notes = phraseTable(NOTE_PHRASES);
const fillers = phraseTable(FILLER_WORDS);
const PUNCTUATION: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '+', '/', '-', '&']);

/**
 * How to take the dose, without changing it: `på fastande mage`, `i samband med måltid`, `peroralt`,
 * `tills vidare`. Kept as a note.
 *
 * @example
 * noteParser(tokenize('på fastande mage'), 0) // { phrase: { kind: 'note', text: 'på fastande mage' }, next: 3 }
 */
export const noteParser: PhraseParser = (tokens, at) => {
  const hit = lookup(notes, tokens, at);
  return hit === undefined ? undefined : { phrase: { kind: 'note', text: hit.value }, next: hit.next };
};

/**
 * Words and punctuation that say nothing for the dose: verbs (`tas`, `ges`, `byts`), conjunctions
 * (`och`, `samt`), commas and full stops.
 *
 * @example
 * fillerParser(tokenize('byts'), 0) // { phrase: { kind: 'filler' }, next: 1 }
 */
export const fillerParser: PhraseParser = (tokens, at) => {
  const t = tokens[at];
  if (t === undefined) return undefined;
  if (t.kind === 'symbol' && PUNCTUATION.has(t.text)) return { phrase: { kind: 'filler' }, next: at + 1 };
  const hit = lookup(fillers, tokens, at);
  return hit === undefined ? undefined : { phrase: { kind: 'filler' }, next: hit.next };
};
