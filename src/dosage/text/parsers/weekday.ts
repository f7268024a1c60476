import { WEEKDAYS, type Weekday } from '../../../model';
import { WEEKDAY_GROUPS, WEEKDAY_WORDS } from '../lexicon';
import type { PhraseParser } from '../phrase';
import { lookup, phraseTable } from '../phrase-table';
import type { Token } from '../token';

const days = phraseTable<ReadonlyArray<Weekday>>([...WEEKDAY_WORDS.map(([w, d]) => [w, [d]] as const), ...WEEKDAY_GROUPS]);
const PREFIXES: ReadonlySet<string> = new Set(['på', 'varje', 'alla', 'om', 'var']);
const JOINS: ReadonlySet<string> = new Set([',', 'och', '+', '/', '&', 'samt']);
const RANGES: ReadonlySet<string> = new Set(['-', 'till', 't.o.m']);

const readDays = (tokens: ReadonlyArray<Token>, at: number) => {
  const hit = lookup(days, tokens, at);
  if (hit === undefined) return undefined;
  // A weekday abbreviation followed by a period is still the weekday: `mån.`
  return tokens[hit.next]?.text === '.' && hit.value.length === 1 && tokens[hit.next + 1]?.kind !== 'number' ? { ...hit, next: hit.next + 1 } : hit;
};

/**
 * Days of the week (veckodagar): `på måndagar`, `måndag och torsdag`, `mån, ons, fre`, `varje
 * fredag`, `mån-fre`, `måndag till fredag`, `vardagar`. A range runs forward within one week.
 *
 * @example
 * weekdayParser(tokenize('på måndagar och torsdagar'), 0) // { phrase: { kind: 'weekdays', days: ['mon', 'thu'] }, next: 4 }
 */
export const weekdayParser: PhraseParser = (tokens, at) => {
  const start = PREFIXES.has(tokens[at]?.text ?? '') ? at + 1 : at;
  const first = readDays(tokens, start);
  if (first === undefined) return undefined;
  const found = new Set<Weekday>(first.value);
  let last = first.value;
  let next = first.next;
  for (let count = 0; count < 7; count++) {
    const sep = tokens[next]?.text ?? '';
    if (RANGES.has(sep) && last.length === 1) {
      const end = readDays(tokens, next + 1);
      if (end === undefined || end.value.length !== 1) break;
      const from = WEEKDAYS.indexOf(last[0]!);
      const to = WEEKDAYS.indexOf(end.value[0]!);
      if (to <= from) return undefined;
      for (const d of WEEKDAYS.slice(from, to + 1)) found.add(d);
      last = end.value;
      next = end.next;
      continue;
    }
    if (!JOINS.has(sep)) break;
    const more = readDays(tokens, PREFIXES.has(tokens[next + 1]?.text ?? '') ? next + 2 : next + 1);
    if (more === undefined) break;
    for (const d of more.value) found.add(d);
    last = more.value;
    next = more.next;
  }
  return { phrase: { kind: 'weekdays', days: WEEKDAYS.filter((d) => found.has(d)) }, next };
};
