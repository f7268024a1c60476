import { AS_NEEDED_PHRASES, INDICATION_WORDS } from '../lexicon';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';
import { readIndication } from './indication-text';

const asNeeded = phraseTable(AS_NEEDED_PHRASES);
const indicationWords = phraseTable(INDICATION_WORDS);

/**
 * As needed (vid behov): `vid behov`, `vb`, `v.b.`, `prn`, `efter behov`, with the indication that
 * follows kept (`vid behov mot smärta`, `vb vid oro`).
 *
 * @example
 * asNeededParser(tokenize('vid behov mot smärta'), 0) // { kind: 'as-needed', indication: 'smärta', implied: false }
 */
export const asNeededParser: PhraseParser = (tokens, at) => {
  const hit = lookup(asNeeded, tokens, at);
  if (hit === undefined) return undefined;
  const opener = lookup(indicationWords, tokens, hit.next);
  const indication = opener === undefined ? readIndication(tokens, hit.next) : readIndication(tokens, opener.next);
  return {
    phrase: { kind: 'as-needed', indication: indication?.text ?? null, implied: false },
    next: indication?.next ?? hit.next,
  };
};

/**
 * An indication (indikation): `mot smärta`, `för sömn`, or `vid oro` — the last one says "when it
 * occurs", so it implies as-needed dosing (recorded as implied). Words of the lexicon end it, so
 * `vid sänggående` (a time of day) and `vid måltid` (a note) are not indications.
 *
 * @example
 * indicationParser(tokenize('mot smärta'), 0) // { phrase: { kind: 'indication', text: 'smärta' }, next: 2 }
 * indicationParser(tokenize('vid oro'), 0)    // { phrase: { kind: 'as-needed', indication: 'oro', implied: true }, next: 2 }
 */
export const indicationParser: PhraseParser = (tokens, at) => {
  const opener = lookup(indicationWords, tokens, at);
  if (opener === undefined) return undefined;
  const indication = readIndication(tokens, opener.next);
  if (indication === undefined) return undefined;
  return opener.value === 'vid'
    ? { phrase: { kind: 'as-needed', indication: indication.text, implied: true }, next: indication.next }
    : { phrase: { kind: 'indication', text: indication.text }, next: indication.next };
};
