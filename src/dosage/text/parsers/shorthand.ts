import type { Slot } from '../../slot';
import { readNumber } from '../number';
import type { PhraseParser } from '../phrase';
import { readUnit } from '../unit-word';

const LARGEST_PART = 1000;

const SLOTS_OF_THREE: ReadonlyArray<Slot> = ['morning', 'midday', 'evening'];
const SLOTS_OF_FOUR: ReadonlyArray<Slot> = ['morning', 'midday', 'evening', 'night'];

/**
 * The dose-dispensing shorthand (doseringsschema): a quantity per slot joined by `+` or `-`, three
 * parts for morning, midday and evening, four with the night: `1+0+1+0`, `½+0+½`, `1-0-1-0`,
 * `0+0+0+1 tablett`. Two parts, or more than four, are not shorthand anyone can read for sure.
 *
 * @example
 * shorthandParser(tokenize('1+0+1+0'), 0) // perSlot { morning: 1, midday: 0, evening: 1, night: 0 }
 */
export const shorthandParser: PhraseParser = (tokens, at) => {
  const first = readNumber(tokens, at, false);
  if (first === undefined) return undefined;
  const sep = tokens[first.next]?.text;
  if (sep !== '+' && sep !== '-') return undefined;
  const values = [first.value];
  let next = first.next;
  while (values.length <= 4 && tokens[next]?.text === sep) {
    const part = readNumber(tokens, next + 1, false);
    if (part === undefined) break;
    values.push(part.value);
    next = part.next;
  }
  // Parts larger than any dose of one time of day (a date such as 2026-11-20) are no shorthand.
  if (values.length < 3 || values.length > 4 || values.some((v) => v > LARGEST_PART)) return undefined;
  const slots = values.length === 3 ? SLOTS_OF_THREE : SLOTS_OF_FOUR;
  const perSlot: Record<Slot, number> = { morning: 0, midday: 0, evening: 0, night: 0 };
  slots.forEach((slot, k) => {
    perSlot[slot] = values[k]!;
  });
  const unit = readUnit(tokens, next);
  return { phrase: { kind: 'shorthand', perSlot, unit: unit?.value ?? null }, next: unit?.next ?? next };
};
