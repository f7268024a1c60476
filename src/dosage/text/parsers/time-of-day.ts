import type { Slot } from '../../slot';
import { EVENT_SLOTS, SLOT_PHRASES } from '../lexicon';
import { readNumber } from '../number';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const slots = phraseTable(SLOT_PHRASES);
const events = phraseTable(EVENT_SLOTS);
const MINUTES_OR_HOURS: ReadonlySet<string> = new Set(['min', 'minuter', 'minut', 'timme', 'timmar', 'tim']);
const BEFORE_OR_AFTER: ReadonlySet<string> = new Set(['före', 'innan', 'efter']);

/**
 * A time of day (tid på dygnet) in words: `morgon`, `på morgonen`, `fm`, `mitt på dagen`, `lunch`,
 * `em`, `till kvällen`, `till natten`, `vid sänggående`; and a time relative to a meal or bedtime,
 * `30 min före frukost`, which falls in the meal's slot.
 *
 * @example
 * timeOfDayParser(tokenize('till natten'), 0) // { phrase: { kind: 'slot', slots: ['night'] }, next: 2 }
 */
export const timeOfDayParser: PhraseParser = (tokens, at) => {
  const hit = lookup(slots, tokens, at);
  if (hit !== undefined) return { phrase: { kind: 'slot', slots: [hit.value] }, next: hit.next };
  const n = readNumber(tokens, at, true);
  if (n === undefined || !MINUTES_OR_HOURS.has(tokens[n.next]?.text ?? '') || !BEFORE_OR_AFTER.has(tokens[n.next + 1]?.text ?? '')) return undefined;
  const event = lookup(events, tokens, n.next + 2);
  if (event === undefined) return undefined;
  const slot: Slot = event.value;
  return { phrase: { kind: 'slot', slots: [slot] }, next: event.next };
};
