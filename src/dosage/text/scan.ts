import type { Located, PhraseParser } from './phrase';
import { asNeededParser, indicationParser } from './parsers/as-needed';
import { clockParser } from './parsers/clock';
import { durationParser } from './parsers/duration';
import { intervalParser } from './parsers/interval';
import { maximumParser } from './parsers/maximum';
import { minIntervalParser } from './parsers/min-interval';
import { noDoseParser } from './parsers/no-dose';
import { fillerParser, noteParser } from './parsers/note';
import { periodParser } from './parsers/period';
import { quantityParser } from './parsers/quantity';
import { shorthandParser } from './parsers/shorthand';
import { stepParser } from './parsers/step';
import { timeOfDayParser } from './parsers/time-of-day';
import { timesParser } from './parsers/times';
import { weekdayParser } from './parsers/weekday';
import type { Token } from './token';

type Kind = Token['kind'];
const W: ReadonlyArray<Kind> = ['word'];
const N: ReadonlyArray<Kind> = ['number'];

/**
 * The phrase parsers in the order they are tried at each position: the first that reads a phrase
 * wins. Fixed phrases before free ones; the more specific reading of a number first (shorthand before
 * a range, a count of times before a quantity); notes before indications, so that `vid måltid` is a
 * note and `vid oro` an indication. Each names the kinds of token it can start with, so that a
 * position is only offered to the parsers that could read it.
 */
const PARSERS: ReadonlyArray<{ readonly parse: PhraseParser; readonly starts: ReadonlyArray<Kind> }> = [
  { parse: stepParser, starts: W },
  { parse: asNeededParser, starts: W },
  { parse: maximumParser, starts: W },
  { parse: minIntervalParser, starts: ['word', 'number'] },
  { parse: durationParser, starts: W },
  { parse: intervalParser, starts: W },
  { parse: weekdayParser, starts: W },
  { parse: shorthandParser, starts: N },
  { parse: clockParser, starts: ['word', 'number'] },
  { parse: timesParser, starts: ['word', 'number', 'symbol'] },
  { parse: periodParser, starts: ['word', 'symbol'] },
  { parse: timeOfDayParser, starts: ['word', 'number'] },
  { parse: noteParser, starts: ['word', 'symbol'] },
  { parse: indicationParser, starts: W },
  { parse: quantityParser, starts: ['word', 'number'] },
  { parse: fillerParser, starts: ['word', 'symbol'] },
];

const BY_KIND: Readonly<Record<Kind, ReadonlyArray<PhraseParser>>> = {
  word: PARSERS.filter((p) => p.starts.includes('word')).map((p) => p.parse),
  number: PARSERS.filter((p) => p.starts.includes('number')).map((p) => p.parse),
  symbol: PARSERS.filter((p) => p.starts.includes('symbol')).map((p) => p.parse),
};

/** The phrases of a text, or where the scan stopped: the first token no parser reads. */
export type Scan =
  | { readonly kind: 'phrases'; readonly phrases: ReadonlyArray<Located> }
  | { readonly kind: 'stopped'; readonly phrases: ReadonlyArray<Located>; readonly at: Token };

/**
 * The first no-dose phrase anywhere in the text (`… enligt ordination`), if any: one look-up per
 * token, each of bounded length.
 *
 * @example
 * findNoDose(tokenize('1 tablett enligt ordination'))?.start // 10
 */
export const findNoDose = (tokens: ReadonlyArray<Token>): Located | undefined => {
  for (let i = 0; i < tokens.length; i++) {
    const hit = noDoseParser(tokens, i);
    if (hit !== undefined) return { phrase: hit.phrase, start: tokens[i]!.start, end: tokens[tokens.length - 1]!.end, token: i };
  }
  return undefined;
};

/**
 * Reads a text's tokens into phrases from left to right, trying the parsers in their fixed order at
 * each position; stops at the first token none of them reads. Linear: each parser reads a bounded
 * number of tokens, and the scan never goes back.
 *
 * @example
 * scan(tokenize('1 tablett morgon och kväll')) // phrases: quantity, slot, filler, slot
 */
export const scan = (tokens: ReadonlyArray<Token>): Scan => {
  const phrases: Located[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: ReturnType<PhraseParser>;
    for (const parser of BY_KIND[tokens[i]!.kind]) {
      found = parser(tokens, i);
      if (found !== undefined) break;
    }
    if (found === undefined || found.next <= i) return { kind: 'stopped', phrases, at: tokens[i]! };
    phrases.push({ phrase: found.phrase, start: tokens[i]!.start, end: tokens[found.next - 1]!.end, token: i });
    i = found.next;
  }
  return { kind: 'phrases', phrases };
};
