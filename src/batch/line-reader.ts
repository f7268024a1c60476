/**
 * One physical line of an NDJSON input, as the reader hands it on:
 * - `text`: the line's text (UTF-8 decoded, without its line break);
 * - `blank`: nothing but white space (not a patient, counted apart);
 * - `too-long`: longer than the limit; its bytes were counted and dropped, never held in memory.
 * `number` is the 1-based line number; `end` the byte offset just after the line, for progress.
 */
export type RawLine =
  | { readonly kind: 'text'; readonly number: number; readonly end: number; readonly text: string }
  | { readonly kind: 'blank'; readonly number: number; readonly end: number }
  | { readonly kind: 'too-long'; readonly number: number; readonly end: number; readonly bytes: number; readonly limit: number };

/** The longest line read by default: 8 MiB, far above a patient with 40 drugs on each side (about 60 kB). */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * A line as the byte reader hands it on: its bytes (without the line break, the carriage return or
 * the first line's byte-order mark), not yet decoded, or `too-long`. The batch's main thread keeps
 * lines as bytes, so that their text is made on the worker that reads it and never fills the main
 * thread's heap.
 */
export type ByteLine =
  | { readonly kind: 'bytes'; readonly number: number; readonly end: number; readonly bytes: Buffer }
  | { readonly kind: 'too-long'; readonly number: number; readonly end: number; readonly bytes: number; readonly limit: number };

/**
 * The `RawLine` of a line's bytes: its UTF-8 text, or `blank` when it holds nothing but white space.
 *
 * @example
 * decodedLine(1, 120, Buffer.from('{"cosmic":…}')) // { kind: 'text', number: 1, end: 120, text: '{"cosmic":…}' }
 */
export const decodedLine = (number: number, end: number, bytes: Uint8Array): RawLine => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.trim() === '' ? { kind: 'blank', number, end } : { kind: 'text', number, end, text };
};

/**
 * Splits a byte stream into lines, in constant memory: at most one line of up to `maxLineBytes` is
 * held at a time, and a longer line is skipped to its end and reported as `too-long` with its size.
 * Accepts `\n` and `\r\n` line breaks, a UTF-8 byte-order mark on the first line, and a last line
 * without a break.
 *
 * @example
 * for await (const line of readLines(fs.createReadStream('patients.ndjson'))) {
 *   if (line.kind === 'text') console.log(line.number, line.text.length);
 * }
 */
export async function* readLines(
  source: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<RawLine, void, undefined> {
  for await (const line of readByteLines(source, maxLineBytes)) yield line.kind === 'bytes' ? decodedLine(line.number, line.end, line.bytes) : line;
}

/**
 * `readLines` without the decoding: each line's bytes, a view of the input where it can be (copied
 * only when a line spans two pieces of the input).
 *
 * @example
 * for await (const line of readByteLines(process.stdin)) if (line.kind === 'bytes') console.log(line.bytes.length);
 */
export async function* readByteLines(
  source: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<ByteLine, void, undefined> {
  let parts: Buffer[] = [];
  let held = 0; // bytes in `parts`
  let skipping = false; // the current line is over the limit
  let skipped = 0; // bytes of the current over-long line
  let number = 0;
  let offset = 0;

  const finish = (last: Buffer): ByteLine => {
    number += 1;
    const end = offset;
    if (skipping || held + last.length > maxLineBytes) {
      const bytes = skipping ? skipped + last.length : held + last.length;
      parts = [];
      held = 0;
      skipping = false;
      skipped = 0;
      return { kind: 'too-long', number, end, bytes, limit: maxLineBytes };
    }
    let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last], held + last.length);
    parts = [];
    held = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    if (number === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    return { kind: 'bytes', number, end, bytes };
  };

  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (;;) {
      const at = buf.indexOf(NEWLINE, start);
      if (at === -1) {
        const rest = buf.subarray(start);
        offset += rest.length;
        if (skipping) skipped += rest.length;
        else if (held + rest.length > maxLineBytes) {
          skipping = true;
          skipped = held + rest.length;
          parts = [];
          held = 0;
        } else if (rest.length > 0) {
          parts.push(rest);
          held += rest.length;
        }
        break;
      }
      offset += at - start + 1;
      yield finish(buf.subarray(start, at));
      start = at + 1;
    }
  }
  if (skipping || held > 0) yield finish(Buffer.alloc(0));
}
