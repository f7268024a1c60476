import { NUMBER_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS } from './lexicon';
import { lookup, phraseTable } from './phrase-table';
import type { Token } from './token';

/** No dose, count or interval anyone writes is larger; larger numbers are not read as one. */
const LARGEST = 100_000;

const numberWords = phraseTable(NUMBER_WORDS);
const ordinalWords = phraseTable(ORDINAL_WORDS);

/** A number read at a position, and the index of the first token after it. */
export interface NumberHit {
  readonly value: number;
  readonly next: number;
}

const plausible = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= LARGEST;

const isInteger = (t: Token | undefined): t is Extract<Token, { kind: 'number' }> => t !== undefined && t.kind === 'number' && t.whole;

/** `1/2`, `3/4` at `at`: a proper fraction written with a slash. */
const slashFraction = (tokens: ReadonlyArray<Token>, at: number): NumberHit | undefined => {
  const n = tokens[at];
  const d = tokens[at + 2];
  if (!isInteger(n) || tokens[at + 1]?.text !== '/' || !isInteger(d)) return undefined;
  if (d.value < 2 || d.value > 10 || n.value >= d.value) return undefined;
  return { value: n.value / d.value, next: at + 3 };
};

/**
 * A number written with digits (`2`, `0,5`, `½`, `1½`, `1/2`, `1 1/2`) or, where `words` allows, in
 * words (`två`, `en halv`, `en och en halv`).
 *
 * @example
 * readNumber(tokenize('1 1/2 tablett'), 0, true) // { value: 1.5, next: 4 }
 * readNumber(tokenize('två gånger'), 0, true)    // { value: 2, next: 1 }
 */
export const readNumber = (tokens: ReadonlyArray<Token>, at: number, words: boolean): NumberHit | undefined => {
  const t = tokens[at];
  if (t === undefined) return undefined;
  if (t.kind === 'number') {
    const fraction = slashFraction(tokens, at);
    if (fraction !== undefined) return fraction;
    if (!plausible(t.value)) return undefined;
    // A whole number followed by a fraction: 1 1/2.
    const more = isInteger(t) ? slashFraction(tokens, at + 1) : undefined;
    return more === undefined ? { value: t.value, next: at + 1 } : { value: t.value + more.value, next: more.next };
  }
  if (!words || t.kind !== 'word') return undefined;
  return lookup(numberWords, tokens, at);
};

/** A quantity as a single number or a range (`1-2`, `1 till 2`, `1 à 2`, `1 eller 2`). */
export interface RangeHit {
  readonly min: number;
  readonly max: number;
  readonly next: number;
}

const RANGE_WORDS: ReadonlySet<string> = new Set(['-', 'till', 'à', 'a', 'eller']);

/**
 * A number or a range of two numbers, the second larger than the first.
 *
 * @example
 * readRange(tokenize('1-2 tabletter'), 0) // { min: 1, max: 2, next: 3 }
 */
export const readRange = (tokens: ReadonlyArray<Token>, at: number): RangeHit | undefined => {
  const first = readNumber(tokens, at, true);
  if (first === undefined) return undefined;
  const sep = tokens[first.next];
  if (sep !== undefined && RANGE_WORDS.has(sep.text)) {
    const second = readNumber(tokens, first.next + 1, sep.text !== '-');
    if (second !== undefined && second.value > first.value) return { min: first.value, max: second.value, next: second.next };
  }
  return { min: first.value, max: first.value, next: first.next };
};

/**
 * An ordinal: `tredje`, `3:e`, `3e`, `2:a`, `3:dje`, or a bare whole number as clinicians also write
 * (`var 3 dag`).
 *
 * @example
 * readOrdinal(tokenize('3:e dag'), 0) // { value: 3, next: 3 }
 */
export const readOrdinal = (tokens: ReadonlyArray<Token>, at: number): NumberHit | undefined => {
  const t = tokens[at];
  if (t === undefined) return undefined;
  if (t.kind === 'word') return lookup(ordinalWords, tokens, at);
  if (!isInteger(t) || !plausible(t.value) || t.value < 1) return undefined;
  let next = at + 1;
  if (tokens[next]?.text === ':' && ORDINAL_SUFFIXES.has(tokens[next + 1]?.text ?? '')) next += 2;
  else if (tokens[next]?.kind === 'word' && ORDINAL_SUFFIXES.has(tokens[next]!.text)) next += 1;
  return { value: t.value, next };
};
