import type { Token } from './token';

interface Node<V> {
  readonly next: Map<string, Node<V>>;
  value?: V;
}

/**
 * A table of phrases (sequences of token texts) built once from lexicon rows, for longest-match
 * look-up at a token position. A look-up reads at most as many tokens as the longest phrase has.
 */
export interface PhraseTable<V> {
  readonly root: Node<V>;
}

/**
 * Builds a phrase table; each row's phrase is its tokens separated by single spaces.
 *
 * @example
 * const slots = phraseTable([['till natten', 'night'], ['morgon', 'morning']]);
 */
export const phraseTable = <V>(rows: ReadonlyArray<readonly [string, V]>): PhraseTable<V> => {
  const root: Node<V> = { next: new Map() };
  for (const [phrase, value] of rows) {
    let node = root;
    for (const part of phrase.split(' ')) {
      let child = node.next.get(part);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(part, child);
      }
      node = child;
    }
    node.value = value;
  }
  return { root };
};

/** A phrase found at a position: its value and the index of the first token after it. */
export interface PhraseHit<V> {
  readonly value: V;
  readonly next: number;
}

/**
 * The longest phrase of `table` that starts at token `at`, if any.
 *
 * @example
 * lookup(slots, tokenize('1 tablett till natten'), 2) // { value: 'night', next: 4 }
 */
export const lookup = <V>(table: PhraseTable<V>, tokens: ReadonlyArray<Token>, at: number): PhraseHit<V> | undefined => {
  let node: Node<V> | undefined = table.root;
  let best: PhraseHit<V> | undefined;
  let i = at;
  while (node !== undefined && i < tokens.length) {
    node = node.next.get(tokens[i]!.text);
    i += 1;
    if (node?.value !== undefined) best = { value: node.value, next: i };
  }
  return best;
};

/**
 * Whether `word` begins some phrase of the table.
 *
 * @example
 * startsPhrase(slots, 'till') // true
 */
export const startsPhrase = <V>(table: PhraseTable<V>, word: string): boolean => table.root.next.has(word);
