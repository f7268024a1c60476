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
    `**engine speed / generic diff speed: ${fmt(diffMs / engineMs, 2)}×** (goal: at least 3×).`,
    '',
    `Of the ${fmt(engineMatched)} lines where the engine brought items of both lists together (the same drug), the generic diff pairs ${fmt(diffSees)} (${fmt((100 * diffSees) / Math.max(1, engineMatched), 1)} %): the others are generic equivalents under other NPL-ids, items without an NPL-id, or combination products against their parts, which only clinical matching finds.`,
  ].join('\n');
};
