import { readRange } from '../number';
import type { PhraseParser } from '../phrase';
import { readUnit } from '../unit-word';

/**
 * A quantity (mängd): a number or a range, in digits or words, with its unit where written:
 * `1 tablett`, `2 tabl`, `½`, `1/2 tablett`, `0,5 ml`, `1-2 tabletter`, `en tablett`, `10 E`.
 *
 * @example
 * quantityParser(tokenize('1-2 tabletter'), 0) // { phrase: { kind: 'quantity', min: 1, max: 2, unit: 'tablett' }, next: 4 }
 */
export const quantityParser: PhraseParser = (tokens, at) => {
  const range = readRange(tokens, at);
  if (range === undefined) return undefined;
  const unit = readUnit(tokens, range.next);
  return { phrase: { kind: 'quantity', min: range.min, max: range.max, unit: unit?.value ?? null }, next: unit?.next ?? range.next };
};
