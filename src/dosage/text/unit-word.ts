import { unitKey } from '../unit';
import { UNIT_WORDS } from './lexicon';
import { lookup, phraseTable, type PhraseHit } from './phrase-table';
import type { Token } from './token';

const units = phraseTable(UNIT_WORDS.map(([word, unit]) => [word, unitKey(unit)] as const));

/**
 * The dose unit written at `at` (`tabletter`, `tbl`, `E`, `ml` …) as the engine names it.
 *
 * @example
 * readUnit(tokenize('2 tabl morgon'), 1) // { value: 'tablett', next: 2 }
 */
export const readUnit = (tokens: ReadonlyArray<Token>, at: number): PhraseHit<string> | undefined => lookup(units, tokens, at);
