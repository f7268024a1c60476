import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch';
import { adversarialPatient } from '../../src/synthetic';
import { AS_OF, ndjson, textSink } from './fixtures';

// Issue 10 §1: a 6 000-substance combination overflowed the stack on the main thread (internal
// error with --workers 1) but not in a worker (reconciled with --workers 2). Nothing in the engine
// recurses with the size of the input now, and its limits count steps, never time, so every worker
// count gives the same outcome. Worker threads start from the sources through tsx, which takes
// seconds on a loaded machine: hence the generous timeout (not a limit on speed).

async function* once(text: string) {
  yield text;
}

const run = async (lines: ReadonlyArray<string>, workers: number) => {
  const output = textSink();
  const errors = textSink();
  const outcome = await runBatch(once(`${lines.join('\n')}\n`), { output: output.stream, errors: errors.stream }, { asOf: AS_OF, workers, chunkLines: 1 });
  if (E.isLeft(outcome)) throw new Error(outcome.left.message);
  return { results: ndjson(output.text()), errors: ndjson(errors.text()) };
};

describe('adversarial lines in a batch', () => {
  it('reconcile alike on one thread and on two workers (a 500-substance combination, a combination with no cover, 300 copies of one drug)', { timeout: 180_000 }, async () => {
    const lines = [
      JSON.stringify(adversarialPatient('combination-wide', 500)),
      JSON.stringify(adversarialPatient('combination-no-cover', 14)),
      JSON.stringify(adversarialPatient('one-substance', 300)),
    ];
    const one = await run(lines, 1);
    const two = await run(lines, 2);
    expect(one.errors).toEqual([]);
    expect(one.results.map((r) => r['line'])).toEqual([1, 2, 3]);
    expect(two).toEqual(one);
  });
});
