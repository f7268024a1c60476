import { STEP_PHRASES, STOP_PHRASES } from '../lexicon';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const steps = phraseTable(STEP_PHRASES);
const stops = phraseTable(STOP_PHRASES);

/**
 * The start of the next dose step (`därefter`, `sedan`, `följt av`), or the end of the treatment
 * (`uppehåll`, `avslutas`, `sätts ut`).
 *
 * @example
 * stepParser(tokenize('därefter'), 0) // { phrase: { kind: 'step' }, next: 1 }
 */
export const stepParser: PhraseParser = (tokens, at) => {
  const step = lookup(steps, tokens, at);
  if (step !== undefined) return { phrase: { kind: 'step' }, next: step.next };
  const stop = lookup(stops, tokens, at);
  return stop === undefined ? undefined : { phrase: { kind: 'stop' }, next: stop.next };
};
