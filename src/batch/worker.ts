// The entry of a batch worker thread: receives chunks of lines, answers with their results. Built to
// dist/batch-worker.js; from the sources (tests, benchmarks) it runs through tsx.
import { parentPort } from 'node:worker_threads';
import { processChunkToBytes, unpackChunk, type PackedChunk } from './chunk';

/** A request from the main thread: chunk `id` to process. */
interface Request {
  readonly id: number;
  readonly chunk: PackedChunk;
}

parentPort?.on('message', (request: Request) => {
  const result = processChunkToBytes(unpackChunk(request.chunk));
  const { buffer, byteOffset, byteLength } = result.output;
  // The output owns its memory: handed over (transferred), not copied.
  const transfer = byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer ? [buffer] : [];
  parentPort?.postMessage({ id: request.id, result }, transfer);
});
