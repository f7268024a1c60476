import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type RawLine } from '../../src/batch';

const read = async (chunks: ReadonlyArray<string | Uint8Array>, max?: number): Promise<RawLine[]> => {
  const lines: RawLine[] = [];
  async function* source() {
    for (const c of chunks) yield c;
  }
  for await (const line of readLines(source(), max)) lines.push(line);
  return lines;
};

const texts = (lines: ReadonlyArray<RawLine>) => lines.map((l) => (l.kind === 'text' ? l.text : l.kind));

describe('reading NDJSON lines', () => {
  it('splits on line breaks, \\r\\n included, and keeps a last line without a break', async () => {
    expect(texts(await read(['{"a":1}\r\n{"b":', '2}\n{"c":3}']))).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('numbers lines from 1 and counts blank lines as blank', async () => {
    const lines = await read(['x\n\n  \ny\n']);
    expect(lines.map((l) => [l.number, l.kind])).toEqual([
      [1, 'text'],
      [2, 'blank'],
      [3, 'blank'],
      [4, 'text'],
    ]);
  });

  it('drops a UTF-8 byte-order mark on the first line, and decodes å ä ö split across chunks', async () => {
    const bytes = Buffer.from('\uFEFFsmärta\nvärk\n', 'utf8');
    const lines = await read([bytes.subarray(0, 6), bytes.subarray(6)]);
    expect(texts(lines)).toEqual(['smärta', 'värk']);
  });

  it('gives the same lines however the bytes are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\n') && !s.includes('\r')), { maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 6 }), async (rows, cuts) => {
        const bytes = Buffer.from(rows.map((r) => `${r}\n`).join(''), 'utf8');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length));
        const expected = rows.map((r, i) => (r.trim() === '' ? 'blank' : i === 0 ? r.replace(/^\uFEFF/, '') : r));
        expect(texts(await read(chunks))).toEqual(expected);
      }),
    );
  });

  it('skips a line over the limit unread and reports its size, then goes on', async () => {
    const big = 'x'.repeat(10_000_000);
    const lines = await read(['{"a":1}\n', big.slice(0, 4_000_000), big.slice(4_000_000), '\n{"b":2}\n'], 1_000_000);
    expect(lines.map((l) => l.kind)).toEqual(['text', 'too-long', 'text']);
    expect(lines[1]).toMatchObject({ kind: 'too-long', number: 2, bytes: 10_000_000, limit: 1_000_000 });
    expect(texts(lines)[2]).toBe('{"b":2}');
  });

  it('reports the end offset of each line, for progress', async () => {
    const lines = await read(['ab\ncd\n']);
    expect(lines.map((l) => l.end)).toEqual([3, 6]);
  });
});
