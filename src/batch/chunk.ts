import { redactPersonnummer, type IsoDate } from '../model';
import { lineError, type LineError } from './line-error';
import { decodedLine, type RawLine } from './line-reader';
import { processLine, resultLine } from './process-line';
import { addBlank, addInvalid, addPatient, EMPTY_SUMMARY, type BatchSummary } from './summary';

/** A run of consecutive input lines, the unit of work handed to a worker. */
export interface Chunk {
  readonly asOf: IsoDate;
  readonly lines: ReadonlyArray<RawLine>;
}

/**
 * A chunk as the batch's main thread sends it: the bytes of its text lines, one after another in one
 * buffer of its own (handed to a worker without a copy), and each line's place in it. Its lines are
 * decoded on the thread that processes them (`unpackChunk`), so the main thread never holds their text.
 */
export interface PackedChunk {
  readonly asOf: IsoDate;
  readonly bytes: Uint8Array;
  readonly lines: ReadonlyArray<PackedLine>;
}

/** A line of a `PackedChunk`: its text at `bytes[start, stop)`, or `too-long` (nothing kept). */
export type PackedLine =
  | { readonly kind: 'bytes'; readonly number: number; readonly end: number; readonly start: number; readonly stop: number }
  | { readonly kind: 'too-long'; readonly number: number; readonly end: number; readonly bytes: number; readonly limit: number };

/**
 * The `Chunk` of a `PackedChunk`: each line decoded (UTF-8), blank lines told apart, as `readLines` does.
 *
 * @example
 * processChunk(unpackChunk(packed)).summary.linesRead
 */
export const unpackChunk = (packed: PackedChunk): Chunk => ({
  asOf: packed.asOf,
  lines: packed.lines.map((line) => (line.kind === 'bytes' ? decodedLine(line.number, line.end, packed.bytes.subarray(line.start, line.stop)) : line)),
});

/**
 * What a chunk became: the NDJSON text of its results (one line per reconciled patient, in input
 * order), its invalid lines, and its summary.
 */
export interface ChunkResult {
  readonly output: string;
  readonly errors: ReadonlyArray<LineError>;
  readonly summary: BatchSummary;
}

/**
 * A chunk's result as the batch writes it: its output already UTF-8, the same bytes as `ChunkResult`'s
 * text, in a buffer of its own (a worker hands it over without a copy).
 */
export interface EncodedChunkResult {
  readonly output: Uint8Array;
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
  const { lines, errors, summary } = resultLines(chunk);
  return { output: lines.length === 0 ? '' : `${lines.join('\n')}\n`, errors, summary };
};

/**
 * `processChunk` with its output as UTF-8 bytes, each line encoded on its own and copied into one
 * buffer: joining the lines into one text first (a two-byte string as soon as one line holds a
 * character past U+00FF, such as the `…` of a cut text) and encoding that took longer than
 * stringifying them. The batch's processors use this one.
 *
 * @example
 * processChunkToBytes({ asOf: '2026-11-20' as IsoDate, lines }).output // Uint8Array of the NDJSON results
 */
export const processChunkToBytes = (chunk: Chunk): EncodedChunkResult => {
  const { lines, errors, summary } = resultLines(chunk);
  const encoded = lines.map((line) => Buffer.from(line, 'utf8'));
  let size = 0;
  for (const bytes of encoded) size += bytes.length + 1;
  // A buffer of its own (never a slice of Node's shared pool), so that a worker may transfer it.
  const output = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const bytes of encoded) {
    at += bytes.copy(output, at);
    output[at++] = NEWLINE;
  }
  return { output, errors, summary };
};

const NEWLINE = 0x0a;

/** Each line of a chunk through `processLine`: the result lines in input order, the errors, the summary. */
const resultLines = (chunk: Chunk): { readonly lines: ReadonlyArray<string>; readonly errors: ReadonlyArray<LineError>; readonly summary: BatchSummary } => {
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
  return { lines: output, errors, summary };
};
