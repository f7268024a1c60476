import { INDICATION_JOINERS, isFreeWord } from '../keywords';
import type { Token } from '../token';

const MOST_WORDS = 6;

/**
 * The free text of an indication starting at `at`: words in no table of the lexicon, joined by small
 * words (`smärta i ryggen`, `smärta och feber`), at most six words. Undefined when there is none.
 *
 * @example
 * readIndication(tokenize('smärta högst 3 per dygn'), 0) // { text: 'smärta', next: 1 }
 */
export const readIndication = (tokens: ReadonlyArray<Token>, at: number): { readonly text: string; readonly next: number } | undefined => {
  const free = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && isFreeWord(t.text);
  if (!free(tokens[at])) return undefined;
  const words: string[] = [tokens[at]!.text];
  let next = at + 1;
  while (words.length < MOST_WORDS) {
    const t = tokens[next];
    if (free(t)) {
      words.push(t!.text);
      next += 1;
    } else if (t !== undefined && INDICATION_JOINERS.has(t.text) && free(tokens[next + 1])) {
      words.push(t.text, tokens[next + 1]!.text);
      next += 2;
    } else break;
  }
  return { text: words.join(' '), next };
};
