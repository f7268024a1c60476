/**
 * Benchmark of the dosage-text parser: instructions parsed per second over the test corpus, and the
 * worst-case time for long adversarial inputs (100 000 characters of repeated digits, pluses,
 * spaces, `x`, nested ranges …), with a check that time grows linearly with length.
 *
 * Run alone with `npm run bench:dosage`: prints the figures and writes them as a markdown section to
 * bench/results/dosage.md. `runDosageBench()` does the same and returns the section, for bench/run.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { canonicalDosage, parseDosageText } from '../src/dosage';
import type { IsoDate } from '../src/model';
import { CORPUS } from '../test/dosage/text/corpus';

const AS_OF = '2026-11-20' as IsoDate;
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'dosage.md');
const ADVERSARIAL_LENGTH = 100_000;

/** A deterministic pseudo-random sequence (mulberry32), so that every run measures the same text. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const randomOf = (alphabet: ReadonlyArray<string>, length: number, seed: number): string => {
  const next = random(seed);
  let out = '';
  while (out.length < length) out += alphabet[Math.floor(next() * alphabet.length)]!;
  return out.slice(0, length);
};

/** Long inputs built to make a careless parser backtrack, loop or recurse. */
const adversarial = (length: number): ReadonlyArray<readonly [string, string]> => [
  ['repeated digits', repeatTo('1', length)],
  ['repeated pluses', repeatTo('1+', length)],
  ['repeated spaces', repeatTo(' ', length)],
  ['repeated x', repeatTo('1x', length)],
  ['nested ranges', repeatTo('1-2-', length)],
  ['nested brackets', `${repeatTo('(', length / 2)}1${repeatTo(')', length / 2)}`],
  ['digits, pluses, spaces and x at random', randomOf(['1', '+', ' ', 'x', '0', '-', '½', ','], length, 7)],
  ['dosage words at random', randomOf(['1 ', 'tablett ', 'morgon ', 'och ', 'kväll ', 'x ', '2 ', 'gånger ', 'vid ', 'behov ', 'högst ', '+'], length, 11)],
  ['a list of times of day', `1 tablett ${'morgon och '.repeat(Math.floor((length - 15) / 11))}kväll`],
  ['repeated shorthand', repeatTo('1+0+1+0 ', length)],
  ['repeated clock times', `kl ${'8, '.repeat(Math.floor((length - 4) / 3))}20`],
  ['an endless indication', `1 tablett vid ${repeatTo('smärta ', length - 14)}`],
  ['steps without end', `${'1 tablett dagligen i 1 dag, därefter '.repeat(Math.floor((length - 18) / 37))}1 tablett dagligen`],
  ['no-dose phrase at the very end', `${'1 '.repeat(Math.floor((length - 17) / 2))}enligt ordination`],
  ['letters only', repeatTo('å', length)],
];

/** Median and worst of `runs` timings of `f`, in milliseconds, after one warm-up run. */
const time = (f: () => unknown, runs: number): { readonly median: number; readonly worst: number } => {
  f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, worst: ms[ms.length - 1]! };
};

/**
 * Instructions per second over the corpus: after a second of warm-up, the best of three rounds of a
 * second each (the best, since a round can only be slowed down by something else on the machine).
 */
const throughput = (f: (text: string) => unknown): number => {
  const texts = CORPUS.map((e) => e.text);
  const warm = performance.now();
  while (performance.now() - warm < 1000) for (const t of texts) f(t);
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < 1000) {
      for (const t of texts) f(t);
      count += texts.length;
    }
    best = Math.max(best, count / ((performance.now() - start) / 1000));
  }
  return best;
};

const fmt = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
const thousands = (n: number): string => Math.round(n).toLocaleString('sv-SE').replace(/\s/gu, ' ');

/**
 * Runs the benchmark, writes bench/results/dosage.md and returns its markdown section.
 *
 * @example
 * const section = await runDosageBench(); // '## Dosage text parser\n\n…'
 */
export const runDosageBench = async (): Promise<string> => {
  const parseRate = throughput((t) => parseDosageText(t));
  const canonicalRate = throughput((t) => canonicalDosage({ text: t, doses: [], intervalDays: 1, weekdays: [], steps: [] }, AS_OF, { unit: 'tablett' }));

  const rows = adversarial(ADVERSARIAL_LENGTH).map(([what, text]) => {
    const t = time(() => parseDosageText(text), 5);
    return { what, length: text.length, kind: parseDosageText(text).kind, ...t };
  });
  const worst = rows.reduce((a, b) => (b.worst > a.worst ? b : a));

  // Linear growth: the same input at 10, 100 and 1000 thousand characters.
  const scaling = [10_000, 100_000, 1_000_000].map((n) => ({ n, ...time(() => parseDosageText(repeatTo('1+', n)), 3) }));

  const cpus = os.cpus();
  const lines = [
    '## Dosage text parser',
    '',
    `Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.arch()}; Node ${process.version}; ${new Date().toISOString()}.`,
    '',
    `Corpus: ${CORPUS.length} real-world-style instructions (test/dosage/text/corpus.ts), parsed round after round: the best of three 1-second rounds after 1 s of warm-up.`,
    '',
    '| what | instructions per second |',
    '|---|---:|',
    `| parse (parseDosageText) | ${thousands(parseRate)} |`,
    `| parse and resolve to the canonical dosage (canonicalDosage) | ${thousands(canonicalRate)} |`,
    '',
    `Adversarial inputs of ${thousands(ADVERSARIAL_LENGTH)} characters (median and worst of 5 runs after a warm-up):`,
    '',
    '| input | characters | result | median ms | worst ms |',
    '|---|---:|---|---:|---:|',
    ...rows.map((r) => `| ${r.what} | ${thousands(r.length)} | ${r.kind} | ${fmt(r.median)} | ${fmt(r.worst)} |`),
    '',
    `Worst case: ${fmt(worst.worst)} ms (${worst.what}).`,
    '',
    'Growth with length (repeated pluses, median of 3 runs): time per character stays flat, so parsing is linear.',
    '',
    '| characters | median ms | µs per character |',
    '|---:|---:|---:|',
    ...scaling.map((s) => `| ${thousands(s.n)} | ${fmt(s.median)} | ${((s.median * 1000) / s.n).toFixed(3)} |`),
    '',
  ];
  const section = lines.join('\n');
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, section);
  return section;
};

// Run alone: `npm run bench:dosage`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runDosageBench().then((section) => {
    process.stdout.write(`${section}\nWritten to ${RESULTS}\n`);
  });
}
