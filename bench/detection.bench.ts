import { processLine } from '../src/batch';
import { DISCREPANCY_KINDS } from '../src/diff';
import type { IsoDate } from '../src/model';
import { generatePatient, truthKey } from '../src/synthetic';
import { benchConfig } from './config';
import { fmt, table } from './measure';

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${fmt((100 * part) / whole, 2)} %`);

/**
 * Detection quality: generated patients reconciled by the engine, every discrepancy it reports
 * compared with the ground truth by patient, kind and item ids. Precision and recall per kind.
 *
 * @example
 * console.log(await runDetectionBench());
 */
export const runDetectionBench = async (): Promise<string> => {
  const config = benchConfig();
  const n = config.detectionPatients;
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(DISCREPANCY_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  let drugs = 0;
  let maxDrugs = 0;
  let invalid = 0;
  for (let i = 0; i < n; i++) {
    const patient = generatePatient(config.seed, i, { asOf: config.asOf });
    const count = patient.line.cosmic.ordinations.length;
    drugs += count;
    maxDrugs = Math.max(maxDrugs, count);
    const outcome = processLine(JSON.stringify(patient.line), i + 1, config.asOf as IsoDate);
    if (outcome.kind !== 'reconciled') {
      invalid += 1;
      continue;
    }
    const truth = new Set(patient.truth.map(truthKey));
    const found = new Set<string>();
    for (const d of outcome.result.discrepancies) {
      const key = truthKey({ patient: patient.id, kind: d.kind, cosmic: d.cosmic, pascal: d.pascal });
      found.add(key);
      const c = counts.get(d.kind)!;
      if (truth.has(key)) c.tp += 1;
      else {
        c.fp += 1;
        if (misses.length < 10) misses.push(`false positive ${key}`);
      }
    }
    for (const t of patient.truth) {
      if (found.has(truthKey(t))) continue;
      counts.get(t.kind)!.fn += 1;
      if (misses.length < 10) misses.push(`missed ${truthKey(t)}`);
    }
  }
  const rows = DISCREPANCY_KINDS.map((kind) => {
    const c = counts.get(kind)!;
    return [kind, fmt(c.tp + c.fn), fmt(c.tp + c.fp), fmt(c.tp), fmt(c.fp), fmt(c.fn), percent(c.tp, c.tp + c.fp), percent(c.tp, c.tp + c.fn)];
  });
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  rows.push(['**all kinds**', fmt(total.tp + total.fn), fmt(total.tp + total.fp), fmt(total.tp), fmt(total.fp), fmt(total.fn), percent(total.tp, total.tp + total.fp), percent(total.tp, total.tp + total.fn)]);
  return [
    '## Detection quality against the ground truth',
    '',
    `${fmt(n)} generated patients (seed ${config.seed}, reconciled on ${config.asOf}), ${fmt(drugs / n, 1)} journal items on average, at most ${maxDrugs}; ${invalid} patients could not be reconciled. A reported discrepancy counts as found when patient, kind and the item ids on both sides equal an injected one.`,
    '',
    table(['kind', 'injected', 'reported', 'found', 'false positives', 'missed', 'precision', 'recall'], rows),
    ...(misses.length === 0 ? [] : ['', 'First differences:', '', ...misses.map((m) => `- ${m}`)]),
  ].join('\n');
};
