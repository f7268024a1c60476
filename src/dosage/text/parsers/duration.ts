import { DURATION_OPENERS, TIME_UNIT_WORDS } from '../lexicon';
import { readNumber } from '../number';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const openers = phraseTable(DURATION_OPENERS);
const timeUnits = phraseTable([...TIME_UNIT_WORDS, ['dagarna', 'day'], ['dygnen', 'day'], ['veckorna', 'week']] as const);
const FIRST: ReadonlySet<string> = new Set(['första', 'de']);

/**
 * A duration (behandlingstid) in days, weeks or months: `i 5 dagar`, `i 1 vecka`, `under två veckor`,
 * `i ytterligare 3 dagar`, `i 3 månader`, and the first days of a course: `första dagen`, `de
 * första 3 dagarna`.
 *
 * @example
 * durationParser(tokenize('i 5 dagar'), 0) // { phrase: { kind: 'duration', amount: 5, unit: 'day' }, next: 3 }
 */
export const durationParser: PhraseParser = (tokens, at) => {
  let from: number;
  const firstDays = FIRST.has(tokens[at]?.text ?? '');
  if (FIRST.has(tokens[at]?.text ?? '')) {
    from = tokens[at]!.text === 'de' ? at + 1 : at;
    if (tokens[from]?.text !== 'första') return undefined;
    from += 1;
    if (tokens[from]?.text === 'dagen' || tokens[from]?.text === 'dygnet') return { phrase: { kind: 'duration', amount: 1, unit: 'day', firstDays: true }, next: from + 1 };
  } else {
    const opener = lookup(openers, tokens, at);
    if (opener === undefined) return undefined;
    from = opener.next;
  }
  const n = readNumber(tokens, from, true);
  if (n === undefined || n.value <= 0) return undefined;
  const unit = lookup(timeUnits, tokens, n.next);
  if (unit === undefined || unit.value === 'hour') return undefined;
  return { phrase: { kind: 'duration', amount: n.value, unit: unit.value, firstDays }, next: unit.next };
};
