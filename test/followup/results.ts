/**
 * Batch results for the follow-up tests: synthetic patients reconciled line by line as `medrec batch`
 * does, with the batch summary folded alongside. (This branch's own helpers.)
 */
import * as E from 'fp-ts/lib/Either.js';
import { addPatient, EMPTY_SUMMARY, processLine, type BatchResult, type BatchSummary } from '../../src/batch';
import { patientFacts, type PatientFacts } from '../../src/followup';
import type { IsoDate } from '../../src/model';
import { generatePatient } from '../../src/synthetic';

export const AS_OF = '2026-11-20';

/** `count` synthetic patients from `first` of a seed, reconciled on `asOf`: their result lines and the summary. */
export const batchResults = (seed: number, first: number, count: number, asOf = AS_OF): { readonly results: ReadonlyArray<BatchResult>; readonly summary: BatchSummary } => {
  const results: BatchResult[] = [];
  let summary = EMPTY_SUMMARY;
  for (let i = first; i < first + count; i++) {
    const outcome = processLine(JSON.stringify(generatePatient(seed, i, { asOf }).line), i - first + 1, asOf as IsoDate);
    if (outcome.kind !== 'reconciled') throw new Error('a generated patient must reconcile');
    results.push(outcome.result);
    summary = addPatient(summary, outcome.summary);
  }
  return { results, summary };
};

/** The follow-up facts of a result line, read back from its JSON text as `medrec report` reads it. */
export const factsOf = (result: BatchResult): PatientFacts => {
  const facts = patientFacts(JSON.parse(JSON.stringify(result)), result.line);
  if (E.isLeft(facts)) throw new Error(`${facts.left.path}: ${facts.left.message}`);
  return facts.right;
};
