import { FRACTION_CHARS } from './lexicon';

/**
 * A token of a dosage text: a number as written (`1`, `0,5`, `1½`, `08.00`; `whole` when it is digits
 * only), a word folded to lower case (`tabletter`, `på`, `x`), or one symbol character (`+`, `-`,
 * `/`, `,`). `start` and `end` are offsets into the text (after Unicode NFC normalisation).
 */
export type Token =
  | { readonly kind: 'number'; readonly text: string; readonly value: number; readonly whole: boolean; readonly start: number; readonly end: number }
  | { readonly kind: 'word' | 'symbol'; readonly text: string; readonly start: number; readonly end: number };

/** Numbers longer than this are no dose anyone writes; they become non-finite and no parser takes them. */
const MAX_DIGITS = 9;

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const LETTER = /^[\p{L}\p{M}]$/u;
// ASCII first: the Unicode classes are only asked about the rest.
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && LETTER.test(c));
const SPACE = /^\s$/u;
const isSpace = (c: string): boolean => c === ' ' || (c < '!' ? SPACE.test(c) : c > '\u007f' && SPACE.test(c));

/** Dashes of every kind are one symbol; so are the multiplication signs. */
const SYMBOL_ALIASES: Readonly<Record<string, string>> = { '–': '-', '—': '-', '−': '-', '‐': '-', '×': 'x', '*': 'x' };

/**
 * Splits a dosage text into tokens in one left-to-right pass (linear in the length of the text, no
 * backtracking). Whitespace separates tokens and is dropped; a decimal comma or point between digits
 * and a fraction character after digits belong to the number.
 *
 * @example
 * tokenize('1 tabl x 2').map((t) => t.text)   // ['1', 'tabl', 'x', '2']
 * tokenize('½+0+0,5').map((t) => t.text)      // ['½', '+', '0', '+', '0,5']
 */
export const tokenize = (input: string): ReadonlyArray<Token> => {
  const text = input.normalize('NFC');
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    const start = i;
    if (isDigit(c) || FRACTION_CHARS[c] !== undefined) {
      while (i < text.length && isDigit(text[i]!)) i += 1;
      let digits = i - start;
      let whole = digits > 0;
      const sep = text[i];
      if (digits > 0 && (sep === ',' || sep === '.') && i + 1 < text.length && isDigit(text[i + 1]!)) {
        whole = false;
        i += 1;
        const decimalStart = i;
        while (i < text.length && isDigit(text[i]!)) i += 1;
        digits += i - decimalStart;
      }
      const written = text.slice(start, i);
      let value = written === '' ? 0 : Number(written.replace(',', '.'));
      const fraction = FRACTION_CHARS[text[i] ?? ''];
      if (fraction !== undefined) {
        value += fraction;
        whole = false;
        i += 1;
      }
      tokens.push({ kind: 'number', text: text.slice(start, i), value: digits > MAX_DIGITS ? Number.POSITIVE_INFINITY : value, whole, start, end: i });
      continue;
    }
    if (isLetter(c)) {
      while (i < text.length && isLetter(text[i]!)) i += 1;
      tokens.push({ kind: 'word', text: text.slice(start, i).toLowerCase(), start, end: i });
      continue;
    }
    i += 1;
    tokens.push({ kind: 'symbol', text: SYMBOL_ALIASES[c] ?? c, start, end: i });
  }
  return tokens;
};
