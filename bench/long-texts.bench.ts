// `npx tsx bench/long-texts.bench.ts`: bounded memory on long texts (issue 10 §6). Four batch lines,
// each with a 7.5 MB dosage text (under the 8 MiB line limit), through the built `medrec batch` on two
// workers; the peak resident memory of the whole process (workers included) and the largest result
// line, written to bench/results/long-texts.md. Goal: peak under 300 MB, result lines small.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './pipe';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TEXT_BYTES = 7_500_000;
const LINES = 4;

/** A batch line of the example pair with a dosage text of `bytes` characters on the journal's second item. */
const longTextLine = (bytes: number): string => {
  const cosmic = JSON.parse(readFileSync(`${ROOT}examples/data/cosmic-export.json`, 'utf8')) as { ordinations: Array<{ dosage: { text: string } }>; patient: unknown };
  const pascal = JSON.parse(readFileSync(`${ROOT}examples/data/pascal-export.json`, 'utf8')) as { patient: unknown };
  cosmic.ordinations[1]!.dosage.text = '1 tablett morgon och kväll '.repeat(Math.ceil(bytes / 27)).slice(0, bytes);
  cosmic.patient = { id: 'SYN-0000001' };
  pascal.patient = { id: 'SYN-0000001' };
  return JSON.stringify({ cosmic, pascal });
};

const main = (): void => {
  ensureBuilt();
  const dir = `${ROOT}bench/out`;
  mkdirSync(dir, { recursive: true });
  const line = longTextLine(TEXT_BYTES);
  writeFileSync(`${dir}/long-texts.ndjson`, `${Array.from({ length: LINES }, () => line).join('\n')}\n`);
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ['dist/cli.js', 'batch', `${dir}/long-texts.ndjson`, '--out', `${dir}/long-texts.out.ndjson`, '--summary', `${dir}/long-texts.summary.json`, '--as-of', '2026-11-20', '--workers', '2'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`batch exited with ${run.status}: ${run.stderr.toString().slice(-500)}`);
  const summary = JSON.parse(readFileSync(`${dir}/long-texts.summary.json`, 'utf8')) as { peakRssMB: number; resultsWritten: number };
  const longest = Math.max(...readFileSync(`${dir}/long-texts.out.ndjson`, 'utf8').split('\n').map((l) => l.length));
  const text = [
    '## Long texts: memory of `batch` (issue 10 §6)',
    '',
    `${new Date().toISOString()}, ${cpus().length} cores (load ${loadavg()[0]!.toFixed(1)}), Node ${process.version}.`,
    '',
    `${LINES} lines, each with a ${(TEXT_BYTES / 1e6).toFixed(1)} MB dosage text, \`medrec batch --workers 2\` (built CLI).`,
    '',
    '| peak RSS MB (goal < 300) | largest result line, characters | results | seconds |',
    '|---|---|---|---|',
    `| ${summary.peakRssMB} | ${longest} | ${summary.resultsWritten} | ${seconds.toFixed(1)} |`,
    '',
  ].join('\n');
  mkdirSync(`${ROOT}bench/results`, { recursive: true });
  writeFileSync(`${ROOT}bench/results/long-texts.md`, text);
  console.log(text);
};

main();
