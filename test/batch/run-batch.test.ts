import * as E from 'fp-ts/lib/Either.js';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch, summaryAddsUp, type LineError } from '../../src/batch';
import { AS_OF, BAD_LINES, goodLine, ndjson, textSink } from './fixtures';

async function* chunked(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const run = async (lines: ReadonlyArray<string>, workers: number, chunkLines = 4) => {
  const output = textSink();
  const errors = textSink();
  const outcome = await runBatch(chunked(`${lines.join('\n')}\n`, 64 * 1024), { output: output.stream, errors: errors.stream }, { asOf: AS_OF, workers, chunkLines });
  if (E.isLeft(outcome)) throw new Error(outcome.left.message);
  return { summary: outcome.right, results: ndjson(output.text()), errors: ndjson(errors.text()) as unknown as ReadonlyArray<LineError> };
};

describe('a batch with bad lines in the middle', () => {
  // Over the default limit of 8 MiB.
  const tenMegabytes = `{"cosmic":"${'x'.repeat(10_000_000)}"}`;
  const lines = [goodLine(1), goodLine(2), BAD_LINES['not-json']!, goodLine(3), BAD_LINES['missing-document']!, tenMegabytes, goodLine(4), BAD_LINES['forbidden-key']!, goodLine(5)];

  it('reports each bad line (number, patient, reason) and skips it, and reconciles every other patient', async () => {
    const { summary, results, errors } = await run(lines, 1);
    expect(results.map((r) => (r['patient'] as { id: string }).id)).toEqual(['SYN-0000001', 'SYN-0000002', 'SYN-0000003', 'SYN-0000004', 'SYN-0000005']);
    expect(results.map((r) => r['line'])).toEqual([1, 2, 4, 7, 9]);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [3, 'not-json'],
      [5, 'missing-document'],
      [6, 'too-long'],
      [8, 'forbidden-key'],
    ]);
    expect(errors[1]?.patient).toBe('19121212-****');
    expect(summary).toMatchObject({ linesRead: 9, resultsWritten: 5, invalidLines: 4 });
    expect(summaryAddsUp(summary)).toBe(true);
    expect(summary.invalid.first.map((e) => e.line)).toEqual([3, 5, 6, 8]);
  });

  it('pollutes no prototype on the way', async () => {
    await run(lines, 1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('a batch on worker threads', () => {
  const lines = Array.from({ length: 60 }, (_, i) => (i % 13 === 5 ? BAD_LINES['not-json']! : goodLine(i + 1)));

  it('writes results in input order with several workers, as on one thread', async () => {
    const one = await run(lines, 1, 3);
    const three = await run(lines, 3, 3);
    expect(three.results.map((r) => r['line'])).toEqual(one.results.map((r) => r['line']));
    expect(three.results).toEqual(one.results);
    expect(three.errors).toEqual(one.errors);
    expect(three.summary).toEqual(one.summary);
    expect(three.summary.resultsWritten).toBe(55);
  }, 60_000);
});

describe('a batch whose output fails', () => {
  it('stops with a failure, never an exception, and says what was written', async () => {
    const broken = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error('EPIPE: the reader went away')) });
    const lines = Array.from({ length: 200 }, (_, i) => goodLine(i + 1)).join('\n');
    const outcome = await runBatch(chunked(lines, 1024), { output: broken }, { asOf: AS_OF, workers: 1, chunkLines: 2 });
    expect(E.isLeft(outcome) && outcome.left.kind).toBe('write-failed');
    expect(E.isLeft(outcome) && outcome.left.summary.resultsWritten).toBeLessThan(200);
  });
});
