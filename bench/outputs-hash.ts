// Hashes every output of the engine on a fixed sample (generated patients, long lists and the
// adversarial shapes at small sizes), so that a change meant to keep output byte-identical can be
// checked: `npx tsx bench/outputs-hash.ts [patients]` prints the hashes; the bench's `outputs` section
// compares 10 000 patients with bench/outputs-hash.expected.txt, and test/outputs/byte-identical.test.ts
// compares a small sample with its own file. A change of output meant on purpose regenerates both
// (`npx tsx bench/outputs-hash.ts 10000 > bench/outputs-hash.expected.txt`, `UPDATE_GOLDEN=1` for the test).
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import * as E from 'fp-ts/lib/Either.js';
import { processLine } from '../src/batch';
import { decisionsTemplate } from '../src/decisions';
import { decodeJournal, decodePrescriptionList } from '../src/decode';
import { toFhir } from '../src/fhir';
import { handoverList } from '../src/handover';
import type { IsoDate } from '../src/model';
import { reconcile } from '../src/reconcile';
import { incidentReports, renderHandoverHtml, renderText, toHandoverJson, toJson } from '../src/render';
import { renderReviewPage } from '../src/review';
import { adversarialPatient, generatePatient, type PatientLine } from '../src/synthetic';

const asOf = '2026-11-20' as IsoDate;

/** The hashes of every output, by output (`generated text`, `long fhir`, …), sorted, and of them all. */
export interface OutputHashes {
  readonly outputs: ReadonlyArray<{ readonly what: string; readonly hash: string }>;
  readonly all: string;
}

/**
 * Reconciles `patients` generated patients (seed 2026), 13 long lists and the adversarial shapes, and
 * hashes every output: the batch result line, text, reconciliation JSON, FHIR, handover JSON and HTML,
 * incident reports, the decisions template and (one patient in ten) the review page.
 *
 * @example
 * outputHashes(200).all // '…' (16 hex digits), the same before and after a refactor
 */
export const outputHashes = (patients: number): OutputHashes => {
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  const add = (what: string, text: string): void => {
    let h = hashes.get(what);
    if (h === undefined) hashes.set(what, (h = createHash('sha256')));
    h.update(text).update('\n');
  };
  const run = (group: string, line: PatientLine, n: number): void => {
    const text = JSON.stringify(line);
    const outcome = processLine(text, n, asOf);
    add(`${group} processLine`, JSON.stringify(outcome));
    const journal = decodeJournal(line.cosmic);
    const list = decodePrescriptionList(line.pascal);
    if (E.isLeft(journal) || E.isLeft(list)) return;
    const r = reconcile(journal.right, list.right, { asOf });
    if (E.isLeft(r)) return;
    add(`${group} text`, renderText(r.right));
    add(`${group} json`, JSON.stringify(toJson(r.right)));
    add(`${group} decisions-template`, JSON.stringify(decisionsTemplate(r.right)));
    // The review page is large: a sample of patients is enough to catch a change.
    if (n % 10 === 0) add(`${group} review`, renderReviewPage(r.right));
    add(`${group} fhir`, JSON.stringify(toFhir(r.right)));
    const h = handoverList(r.right);
    if (E.isRight(h)) {
      add(`${group} handover-json`, JSON.stringify(toHandoverJson(h.right)));
      add(`${group} handover-html`, renderHandoverHtml(h.right));
      add(`${group} incidents`, JSON.stringify(incidentReports(h.right)));
    }
  };

  for (let i = 0; i < patients; i++) run('generated', generatePatient(2026, i, { asOf }).line, i + 1);
  for (const [drugs, count] of [[60, 10], [200, 3]] as const) for (let i = 0; i < count; i++) run('long', generatePatient(7, i, { asOf, drugs }).line, i + 1);
  for (let k = 2; k <= 9; k++) run('adversarial', adversarialPatient('combination-no-cover', k), k);
  for (const k of [2, 3, 10, 40]) run('adversarial', adversarialPatient('combination-wide', k), k);
  for (const n of [1, 2, 5, 20, 60]) for (const seed of [1, 2, 3]) run('adversarial', adversarialPatient('one-substance', n, seed), n);
  let all = createHash('sha256');
  const outputs = [...hashes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([what, h]) => {
    const digest = h.digest('hex');
    all = all.update(digest);
    return { what, hash: digest.slice(0, 16) };
  });
  return { outputs, all: all.digest('hex').slice(0, 16) };
};

/** The hashes as lines of text, as printed and as kept in the expected files. */
export const hashesText = (h: OutputHashes, patients: number): string =>
  [...h.outputs.map((o) => `${o.hash}  ${o.what}`), `${h.all}  ALL (${patients} patients)`].join('\n') + '\n';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const patients = Number(process.argv[2] ?? 2000);
  process.stdout.write(hashesText(outputHashes(patients), patients));
}
