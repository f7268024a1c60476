import {
  AS_NEEDED_PHRASES,
  COUNT_WORDS,
  DURATION_OPENERS,
  FILLER_WORDS,
  MAXIMUM_WORDS,
  MIN_INTERVAL_CLOSERS,
  MIN_INTERVAL_OPENERS,
  NO_DOSE_PHRASES,
  NOTE_PHRASES,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PERIOD_PHRASES,
  SLOT_PHRASES,
  STEP_PHRASES,
  STOP_PHRASES,
  TIME_UNIT_WORDS,
  TIMES_WORDS,
  UNIT_WORDS,
  WEEKDAY_GROUPS,
  WEEKDAY_WORDS,
} from './lexicon';

/** Small words an indication may hold between its own words: `smärta i ryggen`, `smärta och feber`. */
export const INDICATION_JOINERS: ReadonlySet<string> = new Set(['i', 'och', 'av', 'på', 'med']);

const tables: ReadonlyArray<ReadonlyArray<readonly [string, unknown]>> = [
  AS_NEEDED_PHRASES,
  COUNT_WORDS,
  DURATION_OPENERS,
  FILLER_WORDS,
  MAXIMUM_WORDS,
  MIN_INTERVAL_CLOSERS,
  MIN_INTERVAL_OPENERS,
  NO_DOSE_PHRASES,
  NOTE_PHRASES,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PERIOD_PHRASES,
  SLOT_PHRASES,
  STEP_PHRASES,
  STOP_PHRASES,
  TIME_UNIT_WORDS,
  TIMES_WORDS,
  UNIT_WORDS,
  WEEKDAY_GROUPS,
  WEEKDAY_WORDS,
];

/**
 * Every word of the lexicon, plus the words the parsers read by name (kl, var, x …). A free-text
 * indication (`mot smärta`) ends at the first of them, so that `mot smärta högst 3 per dygn` keeps
 * its maximum.
 */
export const KEYWORDS: ReadonlySet<string> = new Set([
  ...tables.flatMap((rows) => rows.flatMap(([phrase]) => phrase.split(' '))),
  'kl',
  'klockan',
  'var',
  'varje',
  'varannan',
  'vartannat',
  'x',
  'mot',
  'vid',
  'för',
  'första',
  'de',
  'alla',
]);

/**
 * Whether a word may be part of a free-text indication: a word in no table.
 *
 * @example
 * isFreeWord('smärta') // true
 * isFreeWord('högst')  // false
 */
export const isFreeWord = (word: string): boolean => !KEYWORDS.has(word);
