import type { ClockTime } from '../../../model';
import { slotOf, type Slot } from '../../slot';
import type { PhraseParser } from '../phrase';
import type { Token } from '../token';
import { readUnit } from '../unit-word';

const CLOCK_WORDS: ReadonlySet<string> = new Set(['kl', 'klockan']);
const LIST_JOINS: ReadonlySet<string> = new Set([',', 'och', '&', '+', '/', 'samt']);
const MOST_TIMES = 8;

/** A clock time at `at`: `8`, `08`, `8.30`, `08:00`; `bare` times (no `kl` before) must show their minutes with two digits. */
const readTime = (tokens: ReadonlyArray<Token>, at: number, bare: boolean): { readonly slot: Slot; readonly next: number } | undefined => {
  const t = tokens[at];
  if (t === undefined || t.kind !== 'number') return undefined;
  let hour: number;
  let minute = 0;
  let next = at + 1;
  const dotted = t.whole ? null : /^(\d{1,2})[.,](\d{2})$/u.exec(t.text);
  if (dotted !== null) {
    hour = Number(dotted[1]);
    minute = Number(dotted[2]);
    if (bare && dotted[1]!.length !== 2) return undefined;
  } else if (t.whole && t.text.length <= 2) {
    hour = Number(t.text);
    const m = tokens[at + 2];
    if (tokens[at + 1]?.text === ':' && m !== undefined && /^\d{2}$/u.test(m.text)) {
      minute = Number(m.text);
      next = at + 3;
    } else if (bare) return undefined;
  } else return undefined;
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return undefined;
  // A number followed by a unit is a quantity, not a time: `kl 8 och 1 tablett kl 20`.
  if (readUnit(tokens, next) !== undefined) return undefined;
  const time = `${String(hour % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}` as ClockTime;
  return { slot: slotOf(time), next };
};

/**
 * Clock times (klockslag), each into its slot of the day: `kl 8`, `kl. 08.00`, `klockan 20`,
 * `kl 8 och kl 20`, `kl 8, 14 och 20`, and times written alone with their minutes (`08:00`, `20.00`).
 * One slot per time written, so that `kl 8 och kl 10` is two doses in the morning.
 *
 * @example
 * clockParser(tokenize('kl 8 och 20'), 0) // { phrase: { kind: 'slot', slots: ['morning', 'evening'] }, next: 4 }
 */
export const clockParser: PhraseParser = (tokens, at) => {
  const opened = CLOCK_WORDS.has(tokens[at]?.text ?? '');
  const skipKl = (i: number): number => {
    let j = CLOCK_WORDS.has(tokens[i]?.text ?? '') ? i + 1 : i;
    if (j > i && tokens[j]?.text === '.') j += 1;
    return j;
  };
  const first = readTime(tokens, skipKl(at), !opened);
  if (first === undefined) return undefined;
  const slots: Slot[] = [first.slot];
  let next = first.next;
  while (slots.length < MOST_TIMES && LIST_JOINS.has(tokens[next]?.text ?? '')) {
    const after = skipKl(next + 1);
    const time = readTime(tokens, after, !opened && after === next + 1);
    if (time === undefined) break;
    slots.push(time.slot);
    next = time.next;
  }
  return { phrase: { kind: 'slot', slots }, next };
};
