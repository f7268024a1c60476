import * as E from 'fp-ts/lib/Either.js';
import { processLine } from '../src/batch';
import { decodeJournal, decodePrescriptionList } from '../src/decode';
import type { IsoDate } from '../src/model';
import { reconcile } from '../src/reconcile';
import { adversarialPatient, generatePatient, type PatientLine } from '../src/synthetic';
import { benchConfig } from './config';
import { fmt, table } from './measure';

/** One adversarial input of issue 10 §1, with what it took before the fix and its target. */
interface Case {
  readonly name: string;
  readonly line: () => PatientLine;
  readonly before: string;
  readonly targetMs?: number;
}

const CASES: ReadonlyArray<Case> = [
  { name: 'combination of 12 substances against 3 products of each of 11 (no exact cover)', line: () => adversarialPatient('combination-no-cover', 12), before: '4 s' },
  { name: 'combination of 20 substances against 3 products of each of 19 (no exact cover)', line: () => adversarialPatient('combination-no-cover', 20), before: '~5 h (×3.2 a substance)', targetMs: 100 },
  { name: 'combination of 6 000 substances against one product of each', line: () => adversarialPatient('combination-wide', 6000), before: 'RangeError (stack overflow)' },
  { name: '400 copies of one substance a side', line: () => adversarialPatient('one-substance', 400), before: '5 s' },
  { name: '2 000 copies of one substance a side', line: () => adversarialPatient('one-substance', 2000), before: '~5 min (1 600: 163 s, 480 MB)', targetMs: 2000 },
  { name: '10 000 varied drugs a side (generated)', line: () => generatePatient(2026, 0, { asOf: '2026-11-20', drugs: 10_000 }).line, before: '111 s' },
];

/** CPU time of this thread (user + system) spent in `work`, in milliseconds. */
const cpuMs = <A>(work: () => A): { readonly ms: number; readonly result: A } => {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
};

/**
 * Adversarial inputs (issue 10 §1): each shape that once took seconds to hours, or crashed, reconciled
 * on this thread, with the CPU time of `reconcile` on the decoded lists (the target's measure) and of
 * the whole batch line (decode, reconcile, checks, JSON), against its target where the issue sets one.
 *
 * @example
 * console.log(await runAdversarialBench());
 */
export const runAdversarialBench = async (): Promise<string> => {
  const config = benchConfig();
  const asOf = config.asOf as IsoDate;
  // Warm the code paths once on small shapes, so that the first case does not pay for compiling them.
  for (const shape of ['combination-no-cover', 'combination-wide', 'one-substance'] as const) processLine(JSON.stringify(adversarialPatient(shape, 6)), 1, asOf);

  const rows: string[][] = [];
  for (const c of CASES) {
    const line = c.line();
    const journal = decodeJournal(line.cosmic);
    const list = decodePrescriptionList(line.pascal);
    if (E.isLeft(journal) || E.isLeft(list)) throw new Error(`${c.name}: does not decode`);
    let core: { readonly ms: number; readonly outcome: string };
    try {
      const r = cpuMs(() => reconcile(journal.right, list.right, { asOf }));
      if (E.isLeft(r.result)) throw new Error(r.result.left.message);
      const lines = r.result.right.lines;
      const unpaired = lines.filter((l) => l.basis === 'unpaired').length;
      core = { ms: r.ms, outcome: `${fmt(lines.length)} ${lines.length === 1 ? 'line' : 'lines'} (${fmt(unpaired)} unpaired), ${fmt(r.result.right.discrepancies.length)} discrepancies` };
    } catch (e) {
      core = { ms: NaN, outcome: `**${e instanceof Error ? e.name : 'error'}**` };
    }
    const text = JSON.stringify(line);
    const whole = cpuMs(() => processLine(text, 1, asOf));
    const met = c.targetMs === undefined ? '–' : core.ms < c.targetMs ? `under ${fmt(c.targetMs)} ms: **met**` : `under ${fmt(c.targetMs)} ms: **not met**`;
    rows.push([c.name, c.before, fmt(core.ms, 1), fmt(whole.ms, 1), whole.result.kind, core.outcome, met]);
  }
  return [
    '## Adversarial inputs (issue 10 §1)',
    '',
    'Each shape reconciled once on this thread after a warm-up; CPU time (user + system) of `reconcile` on the decoded lists, and of the whole batch line (`processLine`: JSON, decoding, reconcile, clinical checks, output). The shapes are `adversarialPatient` in `src/synthetic`.',
    '',
    table(['input', 'before the fix', 'reconcile, ms CPU', 'whole line, ms CPU', 'line', 'outcome', 'target'], rows),
  ].join('\n');
};
