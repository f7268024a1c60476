import * as E from 'fp-ts/lib/Either.js';
import type { Writable } from 'node:stream';
import { isoDateOf, shownDateInput, type DateInput, type IsoDate } from '../model';
import type { EncodedChunkResult, PackedChunk, PackedLine } from './chunk';
import type { LineError } from './line-error';
import { DEFAULT_MAX_LINE_BYTES, readByteLines, type ByteLine } from './line-reader';
import { inProcessProcessor, workerPoolProcessor, type ChunkProcessor } from './processor';
import { combineSummaries, EMPTY_SUMMARY, type BatchSummary } from './summary';

/** How far a batch has come, after each chunk written. */
export interface BatchProgress {
  readonly linesRead: number;
  readonly resultsWritten: number;
  readonly invalidLines: number;
  /** Bytes of input read up to the last line written. */
  readonly bytesRead: number;
}

/**
 * Options of `runBatch`: the reconciliation date, the number of workers (1: on this thread; more:
 * that many worker threads), and the limits of a line and a chunk.
 */
export interface BatchOptions {
  /** The reconciliation date of every line: `YYYY-MM-DD` or a `Date` (its local calendar date). */
  readonly asOf: DateInput;
  readonly workers: number;
  readonly maxLineBytes?: number;
  readonly chunkLines?: number;
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Stops the run early (SIGINT, SIGTERM): no more lines are read, chunks in flight are dropped, and the run resolves to an `interrupted` failure. */
  readonly signal?: AbortSignal;
}

/** Where a batch writes: results (NDJSON), and each invalid line to `errors` (NDJSON) or to `onInvalid`. */
export interface BatchSinks {
  readonly output: Writable;
  readonly errors?: Writable;
  readonly onInvalid?: (error: LineError) => void;
}

/**
 * Why a batch broke off: a worker died, an output could not be written, the input could not be read,
 * or the run was interrupted (a signal). The lines before it were written, and the summary counts them.
 */
export interface BatchFailure {
  readonly kind: 'worker-failed' | 'write-failed' | 'read-failed' | 'interrupted' | 'invalid-as-of';
  readonly message: string;
  readonly summary: BatchSummary;
}

const DEFAULT_CHUNK_LINES = 32;
const CHUNK_BYTES = 1024 * 1024;
/**
 * The most text in flight at once (read, not yet written). Ordinary chunks (some 400 kB) never reach
 * it; chunks of lines near the 8 MiB limit do, and then wait: each is copied to a worker and parsed there.
 */
const MAX_IN_FLIGHT_CHARS = 16 * 1024 * 1024;

/** Packs lines into one buffer of their bytes and their places in it (see `PackedChunk`). */
const packed = (lines: ReadonlyArray<ByteLine>, bytes: number, asOf: IsoDate): PackedChunk => {
  // A buffer of its own (never a slice of Node's shared pool), so that it may be transferred to a worker.
  const buffer = Buffer.allocUnsafeSlow(bytes);
  let at = 0;
  const places = lines.map((line): PackedLine => {
    if (line.kind === 'too-long') return line;
    const start = at;
    at += line.bytes.copy(buffer, at);
    return { kind: 'bytes', number: line.number, end: line.end, start, stop: at };
  });
  return { asOf, bytes: buffer, lines: places };
};

/**
 * Groups lines into chunks of at most `lines` lines and about `CHUNK_BYTES` of text, kept as bytes:
 * the main thread never decodes a line (its text is made, and collected, on the worker that reads it).
 */
async function* chunksOf(lines: AsyncIterable<ByteLine>, size: number, asOf: IsoDate): AsyncGenerator<{ readonly chunk: PackedChunk; readonly end: number; readonly chars: number }> {
  let batch: ByteLine[] = [];
  let bytes = 0;
  let end = 0;
  for await (const line of lines) {
    batch.push(line);
    end = line.end;
    bytes += line.kind === 'bytes' ? line.bytes.length : 0;
    if (batch.length >= size || bytes >= CHUNK_BYTES) {
      yield { chunk: packed(batch, bytes, asOf), end, chars: bytes };
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield { chunk: packed(batch, bytes, asOf), end, chars: bytes };
}

/** An internal stop of the run, caught in `runBatch` and turned into a `BatchFailure`. */
class Stop {
  constructor(
    readonly kind: BatchFailure['kind'],
    readonly message: string,
  ) {}
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A promise that rejects with an `interrupted` stop as soon as `signal` aborts, whichever settles first. */
const unlessAborted = <A>(promise: Promise<A>, signal: AbortSignal | undefined): Promise<A> => {
  if (signal === undefined) return promise;
  const stop = () => new Stop('interrupted', `stopped by ${String(signal.reason ?? 'a signal')}`);
  if (signal.aborted) return Promise.reject(stop());
  return new Promise<A>((resolve, reject) => {
    const onAbort = () => reject(stop());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (a) => {
        signal.removeEventListener('abort', onAbort);
        resolve(a);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
};

/**
 * Writes text, waiting for the stream to drain when its buffer is full (backpressure). A stream that
 * has failed (a closed pipe, a full disk) stops the run.
 */
const write = (stream: Writable, text: string | Uint8Array): Promise<void> =>
  new Promise((resolve, reject) => {
    const failed = stream.errored ?? (stream.destroyed ? new Error('the output was closed') : null);
    if (failed !== null) {
      reject(new Stop('write-failed', describe(failed)));
      return;
    }
    if (text.length === 0) {
      resolve();
      return;
    }
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(new Stop('write-failed', describe(e)));
    };
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    stream.once('error', onError);
    if (stream.write(text)) onDrain();
    else stream.once('drain', onDrain);
  });

/**
 * Reconciles every patient of an NDJSON stream, one patient per line, and writes one result per line
 * in input order, in constant memory: lines are read as they are needed, at most a few chunks per
 * worker are in flight, and writing waits when an output is full. Invalid lines are reported and
 * skipped. Resolves to the summary, or to a failure (with the summary of what was written) when a
 * worker died or an output could not be written; it never rejects.
 *
 * @example
 * const summary = await runBatch(fs.createReadStream('in.ndjson'), { output: fs.createWriteStream('out.ndjson') }, { asOf: '2026-11-20', workers: 4 });
 */
export const runBatch = async (
  input: AsyncIterable<Uint8Array | string>,
  sinks: BatchSinks,
  options: BatchOptions,
): Promise<E.Either<BatchFailure, BatchSummary>> => {
  const asOf = isoDateOf(options.asOf);
  if (asOf === undefined) return E.left({ kind: 'invalid-as-of', message: `asOf: expected a date (YYYY-MM-DD, or a valid Date), got ${shownDateInput(options.asOf)}`, summary: EMPTY_SUMMARY });
  let processor: ChunkProcessor;
  try {
    processor = options.workers <= 1 ? inProcessProcessor() : workerPoolProcessor(options.workers);
  } catch (e) {
    return E.left({ kind: 'worker-failed', message: `the batch workers could not be started: ${describe(e)}`, summary: EMPTY_SUMMARY });
  }
  const queue: Array<{ readonly result: Promise<EncodedChunkResult>; readonly end: number; readonly chars: number }> = [];
  const inFlight = (): number => queue.reduce((n, q) => n + q.chars, 0);
  let summary = EMPTY_SUMMARY;

  const flush = async (next: { readonly result: Promise<EncodedChunkResult>; readonly end: number; readonly chars: number }): Promise<void> => {
    const result = await unlessAborted(
      next.result.catch((e: unknown) => {
        throw new Stop('worker-failed', describe(e));
      }),
      options.signal,
    );
    // Writes are not cut short by a signal: the summary counts exactly the chunks written.
    await write(sinks.output, result.output);
    if (result.errors.length > 0) {
      if (sinks.errors !== undefined) await write(sinks.errors, `${result.errors.map((e) => JSON.stringify(e)).join('\n')}\n`);
      if (sinks.onInvalid !== undefined) for (const e of result.errors) sinks.onInvalid(e);
    }
    summary = combineSummaries(summary, result.summary);
    options.onProgress?.({ linesRead: summary.linesRead, resultsWritten: summary.resultsWritten, invalidLines: summary.invalidLines, bytesRead: next.end });
  };

  // A stream that fails between two writes must not crash the process: its error is seen at the next write.
  const ignore = () => undefined;
  const streams = [sinks.output, ...(sinks.errors === undefined ? [] : [sinks.errors])];
  for (const s of streams) s.on('error', ignore);
  try {
    const lines = readByteLines(input, options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
    const chunks = chunksOf(lines, options.chunkLines ?? DEFAULT_CHUNK_LINES, asOf);
    for (;;) {
      const next = await unlessAborted(
        chunks.next().catch((e: unknown) => {
          throw new Stop('read-failed', describe(e));
        }),
        options.signal,
      );
      if (next.done === true) break;
      const result = processor.process(next.value.chunk);
      result.catch(ignore); // awaited in order in `flush`; this only keeps an early failure from being "unhandled"
      queue.push({ result, end: next.value.end, chars: next.value.chars });
      while (queue.length >= processor.capacity || (queue.length > 1 && inFlight() > MAX_IN_FLIGHT_CHARS)) await flush(queue.shift()!);
    }
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await flush(next);
    return E.right(summary);
  } catch (e) {
    return E.left(e instanceof Stop ? { kind: e.kind, message: e.message, summary } : { kind: 'worker-failed', message: describe(e), summary });
  } finally {
    for (const s of streams) s.off('error', ignore);
    await processor.close();
  }
};
