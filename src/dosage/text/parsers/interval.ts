import { TIME_UNIT_WORDS } from '../lexicon';
import { readOrdinal } from '../number';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';

const timeUnits = phraseTable(TIME_UNIT_WORDS);
const EVERY_OTHER: ReadonlySet<string> = new Set(['varannan', 'vartannat', 'varannat']);
const EVERY: ReadonlySet<string> = new Set(['var', 'vart', 'varje']);

/**
 * An interval (intervall) in days or hours: `varannan dag`, `vartannat dygn`, `varannan vecka`,
 * `var tredje dag`, `var 3:e dag`, `var 3e dag`, `var 14:e dag`, `var 4:e vecka`, `var 8:e timme`.
 * Months have no fixed number of days and are not read.
 *
 * @example
 * intervalParser(tokenize('var 3:e dag'), 0) // { phrase: { kind: 'interval', days: 3 }, next: 5 }
 */
export const intervalParser: PhraseParser = (tokens, at) => {
  const first = tokens[at]?.text ?? '';
  let n: { readonly value: number; readonly next: number } | undefined;
  if (EVERY_OTHER.has(first)) n = { value: 2, next: at + 1 };
  // `var annan dag`: every other, written in two words.
  else if (EVERY.has(first) && (tokens[at + 1]?.text === 'annan' || tokens[at + 1]?.text === 'annat')) n = { value: 2, next: at + 2 };
  else if (EVERY.has(first)) n = readOrdinal(tokens, at + 1);
  if (n === undefined || n.value < 1) return undefined;
  const unit = lookup(timeUnits, tokens, n.next);
  if (unit === undefined) return undefined;
  switch (unit.value) {
    case 'hour':
      return { phrase: { kind: 'hourly', hours: n.value }, next: unit.next };
    case 'day':
      return { phrase: { kind: 'interval', days: n.value }, next: unit.next };
    case 'week':
      return { phrase: { kind: 'interval', days: 7 * n.value }, next: unit.next };
    case 'month':
      return undefined;
  }
};
