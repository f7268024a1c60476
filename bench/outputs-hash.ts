// Hashes every output of the engine on a fixed sample (generated patients, long lists and the
// adversarial shapes at small sizes), so that a change meant to keep output byte-identical can be
// checked: run before and after, compare the hashes. `npx tsx bench/outputs-hash.ts [patients]`.
import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import { processLine } from '../src/batch';
import { decodeJournal, decodePrescriptionList } from '../src/decode';
import { toFhir } from '../src/fhir';
import { handoverList } from '../src/handover';
import type { IsoDate } from '../src/model';
import { reconcile } from '../src/reconcile';
import { decisionsTemplate } from '../src/decisions';
import { incidentReports, renderHandoverHtml, renderText, toHandoverJson, toJson } from '../src/render';
import { renderReviewPage } from '../src/review';
import { adversarialPatient, generatePatient, type PatientLine } from '../src/synthetic';

const asOf = '2026-11-20' as IsoDate;
const patients = Number(process.argv[2] ?? 2000);

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

const started = Date.now();
for (let i = 0; i < patients; i++) run('generated', generatePatient(2026, i, { asOf }).line, i + 1);
for (const [drugs, count] of [[60, 10], [200, 3]] as const) for (let i = 0; i < count; i++) run('long', generatePatient(7, i, { asOf, drugs }).line, i + 1);
for (let k = 2; k <= 9; k++) run('adversarial', adversarialPatient('combination-no-cover', k), k);
for (const k of [2, 3, 10, 40]) run('adversarial', adversarialPatient('combination-wide', k), k);
for (const n of [1, 2, 5, 20, 60]) for (const seed of [1, 2, 3]) run('adversarial', adversarialPatient('one-substance', n, seed), n);

let all = createHash('sha256');
for (const [what, h] of [...hashes].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const digest = h.digest('hex');
  all = all.update(digest);
  console.log(`${digest.slice(0, 16)}  ${what}`);
}
console.log(`${all.digest('hex').slice(0, 16)}  ALL (${patients} patients, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
