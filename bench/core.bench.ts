import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as E from 'fp-ts/lib/Either.js';
import { create } from 'jsondiffpatch';
import { decodeJournal, decodePrescriptionList, type JournalList, type PrescriptionList } from '../src/decode';
import { reconcile } from '../src/reconcile';
import { benchConfig } from './config';
import { generatedPatients } from './data';
import { fmt, medianMs, table } from './measure';

/** A decoded patient: both lists, ready to reconcile. */
export interface DecodedPatient {
  readonly journal: JournalList;
  readonly list: PrescriptionList;
}

/**
 * Decodes generated patients once, so that a section can time reconciliation alone.
 *
 * @example
 * const patients = decodedPatients(generatedPatients(100, 1, '2026-11-20'));
 */
export const decodedPatients = (lines: ReadonlyArray<{ readonly line: { readonly cosmic: unknown; readonly pascal: unknown } }>): ReadonlyArray<DecodedPatient> =>
  lines.map(({ line }) => {
    const journal = decodeJournal(line.cosmic);
    const list = decodePrescriptionList(line.pascal);
    if (E.isLeft(journal) || E.isLeft(list)) throw new Error('a generated patient must decode');
    return { journal: journal.right, list: list.right };
  });

/** Reconciles every patient; returns the number of discrepancies found, so nothing is optimised away. */
export const reconcileAll = (patients: ReadonlyArray<DecodedPatient>, asOf: string): number => {
  let found = 0;
  for (const p of patients) {
    const r = reconcile(p.journal, p.list, { asOf });
    if (E.isRight(r)) found += r.right.discrepancies.length;
  }
  return found;
};

interface RawItem {
  readonly product?: { readonly nplId?: string; readonly name?: string };
}

/** The identity a generic diff gets for an item: its product's NPL-id, else its product name. */
const itemHash = (item: object, index?: number): string => {
  const product = (item as RawItem).product;
  return product?.nplId ?? product?.name ?? `$index:${index ?? 0}`;
};

/**
 * Core throughput: reconciling already-decoded patients against jsondiffpatch diffing the same two
 * already-parsed item lists with an id hash (the product's NPL-id), and how many of the engine's
 * pairs the generic diff could not see (another product, a combination against its parts).
 *
 * @example
 * console.log(await runCoreBench());
 */
export const runCoreBench = async (): Promise<string> => {
  const config = benchConfig();
  const n = config.corePatients;
  const generated = generatedPatients(n, config.seed, config.asOf);
  const decoded = decodedPatients(generated);
  const items = decoded.reduce((sum, p) => sum + p.journal.ordinations.length + p.list.prescriptions.length, 0);
  const differ = create({ objectHash: itemHash, arrays: { detectMove: true, includeValueOnMove: false } });
  const diffAll = (): number => {
    let changes = 0;
    for (const { line } of generated) {
      const delta = differ.diff(line.cosmic.ordinations, line.pascal.prescriptions);
      if (delta !== undefined) changes += Object.keys(delta).length;
    }
    return changes;
  };

  // Warm up both, then alternate three timed runs.
  reconcileAll(decoded, config.asOf);
  diffAll();
  const engineRuns: number[] = [];
  const diffRuns: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    engineRuns.push((await medianMs(1, () => reconcileAll(decoded, config.asOf))).ms);
    diffRuns.push((await medianMs(1, diffAll)).ms);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const engineMs = median(engineRuns);
  const diffMs = median(diffRuns);

  // Which of the engine's matched lines (one drug on both sides) the generic diff pairs too: it pairs
  // two items only when their hashes are equal.
  let engineMatched = 0;
  let diffSees = 0;
  for (const p of decoded) {
    const r = reconcile(p.journal, p.list, { asOf: config.asOf });
    if (E.isLeft(r)) continue;
    for (const line of r.right.lines) {
      const c = line.items.cosmic;
      const q = line.items.pascal;
      if (c.length === 0 || q.length === 0) continue;
      engineMatched += 1;
      if (c.length === 1 && q.length === 1 && itemHash(c[0]!) === itemHash(q[0]!)) diffSees += 1;
    }
  }
  const sideBySide = await baselineSection(generated, config.asOf, n, items);
  return [
    '## Core throughput: the engine against a generic deep diff',
    '',
    `${fmt(n)} generated patients (${fmt(items)} items, ${fmt(items / n, 1)} a patient), decoded beforehand. The engine reconciles each patient (matching, diffing, every discrepancy with both values); jsondiffpatch diffs the same two parsed item lists with an \`objectHash\` on the product's NPL-id (else its name), move detection on. Median of three alternating runs.`,
    '',
    table(
      ['', 'seconds', 'patients/s', 'µs a patient', 'µs an item'],
      [
        ['medrec reconcile', fmt(engineMs / 1000, 2), fmt((n * 1000) / engineMs), fmt((engineMs * 1000) / n), fmt((engineMs * 1000) / items, 2)],
        ['jsondiffpatch, id hash', fmt(diffMs / 1000, 2), fmt((n * 1000) / diffMs), fmt((diffMs * 1000) / n), fmt((diffMs * 1000) / items, 2)],
      ],
    ),
    '',
    `**engine speed / generic diff speed: ${fmt(diffMs / engineMs, 2)}×** (goal of issue 5: at least 3×; a reference since issue 12, which measures the engine against its own earlier self below).`,
    '',
    `Of the ${fmt(engineMatched)} lines where the engine brought items of both lists together (the same drug), the generic diff pairs ${fmt(diffSees)} (${fmt((100 * diffSees) / Math.max(1, engineMatched), 1)} %): the others are generic equivalents under other NPL-ids, items without an NPL-id, or combination products against their parts, which only clinical matching finds.`,
    '',
    sideBySide,
  ].join('\n');
};

/** The engine of another git ref: its own decoders and its own reconcile, called on raw input. */
interface BaselineEngine {
  readonly decodeJournal: (u: unknown) => E.Either<unknown, unknown>;
  readonly decodePrescriptionList: (u: unknown) => E.Either<unknown, unknown>;
  readonly reconcile: (journal: never, list: never, options: { readonly asOf: string }) => E.Either<unknown, { readonly discrepancies: ReadonlyArray<unknown> }>;
}

/** The repository's root (this file lives in bench/). */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Extracts `src` of a git ref into bench/.baseline/<ref>/src (gitignored, inside the repo so that its
 * imports of fp-ts, io-ts and date-fns resolve to this repo's node_modules) and imports its engine.
 * Returns a sentence saying why not when there is no git or no such ref (e.g. a tarball).
 *
 * @example
 * const engine = await loadBaseline('3909b3d');
 */
export const loadBaseline = async (ref: string): Promise<BaselineEngine | string> => {
  const dir = join(repoRoot, 'bench', '.baseline', ref.replace(/[^A-Za-z0-9._-]/g, '_'));
  try {
    if (!existsSync(join(dir, 'src', 'reconcile', 'index.ts'))) {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: repoRoot, stdio: 'ignore' });
      mkdirSync(dir, { recursive: true });
      execFileSync('sh', ['-c', `git archive "$1" src | tar -x -C "$2"`, 'sh', ref, dir], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    }
  } catch {
    return `no git repository or no ref \`${ref}\` here (e.g. an unpacked tarball)`;
  }
  const decode = (await import(pathToFileURL(join(dir, 'src', 'decode', 'index.ts')).href)) as Partial<BaselineEngine>;
  const rec = (await import(pathToFileURL(join(dir, 'src', 'reconcile', 'index.ts')).href)) as Partial<BaselineEngine>;
  if (decode.decodeJournal === undefined || decode.decodePrescriptionList === undefined || rec.reconcile === undefined) {
    return `ref \`${ref}\` has no decodeJournal/decodePrescriptionList/reconcile where this bench expects them`;
  }
  return { decodeJournal: decode.decodeJournal, decodePrescriptionList: decode.decodePrescriptionList, reconcile: rec.reconcile };
};

/**
 * Side by side: today's engine against the engine of a baseline ref (\`BENCH_CORE_BASELINE\`, default
 * 3909b3d, the commit before issue #12's refactor; \`none\` skips), each decoding the same patients
 * with its own decoders beforehand, timed alternately in one run by CPU time.
 */
const baselineSection = async (
  generated: ReadonlyArray<{ readonly line: { readonly cosmic: unknown; readonly pascal: unknown } }>,
  asOf: string,
  n: number,
  items: number,
): Promise<string> => {
  const ref = process.env['BENCH_CORE_BASELINE'] ?? '3909b3d';
  const title = `### Side by side: today's core against \`${ref}\` (issue #12: at least 2× faster)`;
  if (ref === 'none') return `${title}\n\nSkipped (BENCH_CORE_BASELINE=none).`;
  const engine = await loadBaseline(ref);
  if (typeof engine === 'string') return `${title}\n\nSkipped: ${engine}.`;
  const baseDecoded = generated.map(({ line }) => {
    const journal = engine.decodeJournal(line.cosmic);
    const list = engine.decodePrescriptionList(line.pascal);
    if (E.isLeft(journal) || E.isLeft(list)) throw new Error('a generated patient must decode with the baseline too');
    return { journal: journal.right as never, list: list.right as never };
  });
  const nowDecoded = decodedPatients(generated);
  const runBase = (): number => {
    let found = 0;
    for (const p of baseDecoded) {
      const r = engine.reconcile(p.journal, p.list, { asOf });
      if (E.isRight(r)) found += r.right.discrepancies.length;
    }
    return found;
  };
  const runNow = () => reconcileAll(nowDecoded, asOf);
  const cpuMs = (f: () => number): number => {
    const c = process.cpuUsage();
    f();
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1000;
  };
  runBase();
  runNow();
  const rounds = Number(process.env['BENCH_CORE_ROUNDS'] ?? 8);
  const base: number[] = [];
  const now: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      base.push(cpuMs(runBase));
      now.push(cpuMs(runNow));
    } else {
      now.push(cpuMs(runNow));
      base.push(cpuMs(runBase));
    }
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const min = (xs: number[]) => sorted(xs)[0]!;
  const med = (xs: number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)]!;
  const row = (name: string, xs: number[]) => [
    name,
    fmt((min(xs) * 1000) / n),
    fmt((med(xs) * 1000) / n),
    fmt((min(xs) * 1000) / items, 2),
    fmt((med(xs) * 1000) / items, 2),
  ];
  return [
    title,
    '',
    `The same ${fmt(n)} patients (${fmt(items)} items), each engine decoding them with its own decoders beforehand; ${rounds} alternating rounds in this process, CPU time (\`process.cpuUsage\`, steadier than the wall clock on a shared machine). The baseline's \`src\` is extracted with \`git archive ${ref} src\` into bench/.baseline/ (\`BENCH_CORE_BASELINE=<ref>\` for another, \`none\` to skip).`,
    '',
    table(['', 'µs a patient, min', 'µs a patient, median', 'µs an item, min', 'µs an item, median'], [row(`baseline \`${ref}\``, base), row('today', now)]),
    '',
    `**baseline / today: ${fmt(min(base) / min(now), 2)}× by the minimum, ${fmt(med(base) / med(now), 2)}× by the median** (goal: at least 2×).`,
  ].join('\n');
};
