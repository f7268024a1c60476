import { redactPersonnummer, type IsoDate } from '../model';
import { lineError, type LineError } from './line-error';
import type { RawLine } from './line-reader';
import { processLine, resultLine } from './process-line';
import { addBlank, addInvalid, addPatient, EMPTY_SUMMARY, type BatchSummary } from './summary';

/** A run of consecutive input lines, the unit of work handed to a worker. */
export interface Chunk {
  readonly asOf: IsoDate;
  readonly lines: ReadonlyArray<RawLine>;
}

/**
 * What a chunk became: the NDJSON text of its results (one line per reconciled patient, in input
 * order), its invalid lines, and its summary.
 */
export interface ChunkResult {
  readonly output: string;
  readonly errors: ReadonlyArray<LineError>;
  readonly summary: BatchSummary;
}

const crashed = (line: number, e: unknown): LineError =>
  lineError(line, null, 'internal-error', [
    { path: '(line)', message: `the engine failed on this line (${redactPersonnummer(e instanceof Error ? `${e.name}: ${e.message}` : 'unknown error').slice(0, 200)}); please report it` },
  ]);

/**
 * Processes a chunk of lines: each through `processLine`, over-long lines straight to their error,
 * blank lines counted. One line that makes the engine fail is reported as `internal-error` and the
 * chunk goes on.
 *
 * @example
 * processChunk({ asOf: '2026-11-20' as IsoDate, lines: [{ kind: 'text', number: 1, end: 120, text }] }).summary.resultsWritten // 1
 */
export const processChunk = (chunk: Chunk): ChunkResult => {
  const output: string[] = [];
  const errors: LineError[] = [];
  let summary = EMPTY_SUMMARY;
  for (const raw of chunk.lines) {
    if (raw.kind === 'blank') {
      summary = addBlank(summary);
      continue;
    }
    if (raw.kind === 'too-long') {
      const error = lineError(raw.number, null, 'too-long', [{ path: '(line)', message: `expected a line of at most ${raw.limit} bytes; this one has ${raw.bytes} and was skipped unread` }]);
      errors.push(error);
      summary = addInvalid(summary, error);
      continue;
    }
    let text: string;
    try {
      const outcome = processLine(raw.text, raw.number, chunk.asOf);
      if (outcome.kind === 'invalid') {
        errors.push(outcome.error);
        summary = addInvalid(summary, outcome.error);
        continue;
      }
      text = resultLine(outcome.result);
      summary = addPatient(summary, outcome.summary);
    } catch (e) {
      const error = crashed(raw.number, e);
      errors.push(error);
      summary = addInvalid(summary, error);
      continue;
    }
    output.push(text);
  }
  return { output: output.length === 0 ? '' : `${output.join('\n')}\n`, errors, summary };
};
