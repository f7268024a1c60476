/**
 * The result line is written without a replacer when no text in it is long (issue 12 §3: the line
 * frame, fast): the same text, byte for byte, as `JSON.stringify` with the cutting replacer, on
 * generated patients and on results holding long texts anywhere.
 *
 * Seeded and bounded: a fraction of a second of CPU; the timeout is generous for a busy machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutLongText, MAX_RESULT_TEXT, processLine, resultLine, type BatchResult } from '../../src/batch';
import { generatePatient } from '../../src/synthetic';
import { pathsOf } from '../arbitrary';
import { AS_OF } from './fixtures';

/** The result line as it was always written: every string value through `cutLongText`. */
const reference = (result: BatchResult): string => JSON.stringify(result, (_key, value: unknown) => (typeof value === 'string' ? cutLongText(value) : value));

const resultOf = (i: number): BatchResult => {
  const outcome = processLine(JSON.stringify(generatePatient(2026, i, { asOf: AS_OF }).line), i + 1, AS_OF);
  if (outcome.kind !== 'reconciled') throw new Error(`patient ${i} was not reconciled`);
  return outcome.result;
};

const arbLength = fc.constantFrom(MAX_RESULT_TEXT - 1, MAX_RESULT_TEXT, MAX_RESULT_TEXT + 1, 5000);

describe('the result line', () => {
  it('is the text JSON.stringify with the cutting replacer writes, for generated patients', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), (i) => {
        const result = resultOf(i);
        expect(resultLine(result)).toBe(reference(result));
      }),
      { seed: 20261130, numRuns: 25 },
    );
  });

  it('is that text also when a string anywhere in the result is near or over the limit', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.nat(), arbLength, (i, at, length) => {
        const result = JSON.parse(JSON.stringify(resultOf(i))) as BatchResult;
        const paths = pathsOf(result).filter((p) => p.length > 0);
        const path = paths[at % paths.length]!;
        let parent = result as unknown as Record<string | number, unknown>;
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = 'x'.repeat(length);
        expect(resultLine(result)).toBe(reference(result));
      }),
      { seed: 20261130, numRuns: 25 },
    );
  });
});
