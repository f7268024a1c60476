/** One piece of a text compared with another: whether the other text lacks it (`changed`). */
export interface DiffPiece {
  readonly text: string;
  readonly changed: boolean;
}

/** Words, numbers (with a decimal comma or point) and what lies between them, so that joining the tokens gives the text back. */
const tokens = (text: string): ReadonlyArray<string> => text.match(/\p{N}+(?:[,.]\p{N}+)*|\p{L}+|[^\p{L}\p{N}]+/gu) ?? [];

const isWord = (token: string): boolean => /[\p{L}\p{N}]/u.test(token);

/** Texts longer than this many tokens are marked as wholly changed rather than compared word by word. */
const MAX_TOKENS = 400;

/**
 * What differs between two texts, word by word (the longest common subsequence of their words): each
 * text as pieces, a piece `changed` when the other text lacks it. Spaces and punctuation are never
 * marked. Used to highlight, in both values of a deviation, what differs.
 *
 * @example
 * wordDiff('morgon 1 tablett, middag 1 tablett', 'morgon 1 tablett').cosmic
 * // [{ text: 'morgon 1 tablett, ', changed: false }, { text: 'middag 1 tablett', changed: true }]
 */
export const wordDiff = (cosmic: string, pascal: string): { readonly cosmic: ReadonlyArray<DiffPiece>; readonly pascal: ReadonlyArray<DiffPiece> } => {
  const a = tokens(cosmic);
  const b = tokens(pascal);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    const whole = (text: string): ReadonlyArray<DiffPiece> => (text === '' ? [] : [{ text, changed: cosmic !== pascal }]);
    return { cosmic: whole(cosmic), pascal: whole(pascal) };
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const inA = new Array<boolean>(a.length).fill(false);
  const inB = new Array<boolean>(b.length).fill(false);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inA[i] = true;
      inB[j] = true;
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return { cosmic: pieces(a, inA), pascal: pieces(b, inB) };
};

/** Joins neighbouring tokens of the same state; a gap between two changed words is changed too. */
const pieces = (ts: ReadonlyArray<string>, common: ReadonlyArray<boolean>): ReadonlyArray<DiffPiece> => {
  const previousWord: number[] = [];
  let last = -1;
  ts.forEach((t, k) => {
    previousWord.push(last);
    if (isWord(t)) last = k;
  });
  const nextWord: number[] = new Array<number>(ts.length).fill(-1);
  let next = -1;
  for (let k = ts.length - 1; k >= 0; k -= 1) {
    nextWord[k] = next;
    if (isWord(ts[k]!)) next = k;
  }
  const changed = ts.map((t, k) => {
    if (isWord(t)) return !common[k];
    const before = previousWord[k]!;
    const after = nextWord[k]!;
    return before >= 0 && after >= 0 && !common[before] && !common[after];
  });
  const out: DiffPiece[] = [];
  ts.forEach((text, k) => {
    const end = out[out.length - 1];
    if (end !== undefined && end.changed === changed[k]) out[out.length - 1] = { text: end.text + text, changed: end.changed };
    else out.push({ text, changed: changed[k]! });
  });
  return out;
};
