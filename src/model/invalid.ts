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

/**
 * An item that takes part in the reconciliation although some of its fields could not be read (those
 * fields are `Unknown` in the item): the same shape as an `InvalidItem`, with the item's own id. `path`
 * and `message` give the first problem and `problems` all of them. A list with any such item is not
 * valid as an ordination document until someone has looked.
 *
 * @example
 * const p: PartlyReadItem = { source: 'cosmic', id: 'C-11', index: 10, path: 'ordinations[10].dosage.doses[0].time',
 *   message: 'expected HH:MM, got "8.00"', problems: [{ path: 'ordinations[10].dosage.doses[0].time', message: 'expected HH:MM, got "8.00"' }] };
 */
export interface PartlyReadItem {
  readonly source: Source;
  readonly id: string;
  readonly index: number;
  readonly path: string;
  readonly message: string;
  readonly problems: ReadonlyArray<Problem>;
}
