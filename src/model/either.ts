import type { Either, Left, Right } from 'fp-ts/lib/Either.js';

export type { Either, Left, Right };

/**
 * Whether a result failed: then `result.left` says why (a value with a path, never a thrown error).
 * The same guard as fp-ts' `isLeft`, so callers need no fp-ts import of their own.
 *
 * @example
 * const journal = parseJournal(text, { file: 'cosmic.json' });
 * if (isLeft(journal)) console.error(formatDocumentError(journal.left));
 */
export const isLeft = <E, A>(result: Either<E, A>): result is Left<E> => result._tag === 'Left';

/**
 * Whether a result succeeded: then `result.right` is the value.
 *
 * @example
 * const result = reconcile(journal, list, { asOf: '2026-11-20' });
 * if (isRight(result)) console.log(renderText(result.right));
 */
export const isRight = <E, A>(result: Either<E, A>): result is Right<A> => result._tag === 'Right';
