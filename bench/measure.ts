import { Writable } from 'node:stream';

/**
 * Runs `work` `times` times and returns the median wall time in milliseconds (and the last result).
 *
 * @example
 * const { ms } = await medianMs(3, () => reconcileAll(patients));
 */
export const medianMs = async <A>(times: number, work: () => A | Promise<A>): Promise<{ readonly ms: number; readonly result: A }> => {
  const samples: number[] = [];
  let result: A | undefined;
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    result = await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, result: result as A };
};

/** A sink that counts what is written to it and keeps nothing: the same for every contestant. */
export const countingSink = (): { readonly stream: Writable; readonly bytes: () => number } => {
  let bytes = 0;
  const stream = new Writable({
    highWaterMark: 1024 * 1024,
    write(chunk: Buffer | string, _encoding, callback) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      callback();
    },
  });
  return { stream, bytes: () => bytes };
};

/** A number with thin spaces between thousands and a fixed number of decimals, for tables. */
export const fmt = (n: number, decimals = 0): string => n.toFixed(decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** A markdown table. */
export const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
