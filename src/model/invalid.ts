import type { Source } from './item';

/** One thing wrong with an input: where (a JSON path such as `ordinations[3].dosage.doses[0].time`) and what was expected. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/**
 * An item that could not be read. It is carried into the result, never dropped: `source` and `index`
 * locate it, `id` is its own id where one could be read, `path` and `message` give the first problem
 * and `problems` all of them.
 */
export interface InvalidItem {
  readonly source: Source;
  readonly id: string | null;
  readonly index: number;
  readonly path: string;
  readonly message: string;
  readonly problems: ReadonlyArray<Problem>;
}
