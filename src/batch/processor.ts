import { Worker } from 'node:worker_threads';
import { processChunkToBytes, unpackChunk, type EncodedChunkResult, type PackedChunk } from './chunk';

/**
 * Something that turns chunks into results: on this thread, or on a pool of worker threads. Results
 * come back as promises; the caller awaits them in the order it submitted them.
 */
export interface ChunkProcessor {
  /** How many chunks may usefully be in flight at once. */
  readonly capacity: number;
  readonly process: (chunk: PackedChunk) => Promise<EncodedChunkResult>;
  /** Stops the workers; the processor cannot be used afterwards. */
  readonly close: () => Promise<void>;
}

/**
 * Processes chunks on the calling thread: the one-core path, and the reference for the others.
 *
 * @example
 * const processor = inProcessProcessor();
 * const result = await processor.process(chunk);
 */
export const inProcessProcessor = (): ChunkProcessor => ({
  capacity: 1,
  process: (chunk) => new Promise((resolve) => resolve(processChunkToBytes(unpackChunk(chunk)))),
  close: () => Promise.resolve(),
});

/**
 * The young generation of each worker's heap, in MB. V8's default lets every isolate keep about
 * 50 MB of short-lived garbage; three isolates (main and two workers) then peak above 300 MB. At
 * 24 MB a 2-worker batch peaks near 270 MB at about the same speed.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/**
 * How to start a worker: from the built package, `batch-worker.js` beside this module; from the
 * TypeScript sources (vitest, the benchmarks), `worker-from-source.mjs`, which loads `worker.ts` through tsx.
 *
 * @example
 * const worker = startWorker();
 * worker.postMessage({ id: 0, chunk });
 */
export const startWorker = (): Worker => {
  const here = import.meta.url;
  const options = { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
  if (!here.endsWith('.ts')) return new Worker(new URL('./batch-worker.js', here), options);
  return new Worker(new URL('./worker-from-source.mjs', here), options);
};

interface Pending {
  readonly resolve: (r: EncodedChunkResult) => void;
  readonly reject: (e: Error) => void;
}

/**
 * A pool of `size` worker threads; each chunk goes to the worker with the fewest chunks in hand. A
 * worker that dies fails the chunks it held (and every later one): the batch stops with an error
 * rather than lose lines.
 *
 * @example
 * const pool = workerPoolProcessor(4);
 * try { await pool.process(chunk); } finally { await pool.close(); }
 */
export const workerPoolProcessor = (size: number): ChunkProcessor => {
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;

  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };

  const workers = Array.from({ length: size }, (_, w) => {
    const worker = startWorker();
    worker.on('message', (message: { readonly id: number; readonly result: EncodedChunkResult }) => {
      const p = pending.get(message.id);
      pending.delete(message.id);
      load[w] = load[w]! - 1;
      p?.resolve(message.result);
    });
    worker.on('error', (e) => fail(new Error(`batch worker ${w + 1} failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`batch worker ${w + 1} stopped unexpectedly (exit code ${code})`));
    });
    return worker;
  });

  return {
    // Two chunks per worker: one being processed, one waiting, so that no worker idles; a third only
    // held more results and more input in memory (each a buffer freed only at the next collection).
    capacity: size * 2,
    process: (chunk) =>
      new Promise<EncodedChunkResult>((resolve, reject) => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        const id = nextId++;
        const w = load.indexOf(Math.min(...load));
        load[w] = load[w]! + 1;
        pending.set(id, { resolve, reject });
        // The chunk's bytes are handed over (transferred), not copied: the main thread is done with them.
        const { buffer, byteOffset, byteLength } = chunk.bytes;
        const transfer = byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer ? [buffer] : [];
        workers[w]!.postMessage({ id, chunk }, transfer);
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
};
