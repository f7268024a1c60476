/**
 * medrec: reconcile a patient's medication lists across the journal's ordination list (Cosmic-like)
 * and the e-prescription / dose-dispensing list (Pascal-like), and report every discrepancy.
 *
 * @example
 * import { parseJournal, parsePrescriptionList, reconcile, renderText } from 'medrec';
 * import * as E from 'fp-ts/lib/Either.js';
 *
 * const journal = parseJournal(cosmicText, { file: 'cosmic.json' });
 * const list = parsePrescriptionList(pascalText, { file: 'pascal.json' });
 * if (E.isRight(journal) && E.isRight(list)) {
 *   const result = reconcile(journal.right, list.right, { asOf: '2026-11-20' });
 *   if (E.isRight(result)) console.log(renderText(result.right));
 * }
 */
export * from './model';
export * from './decode';
export * from './dosage';
export * from './match';
export * from './diff';
export * from './classify';
export * from './reconcile';
export * from './checks';
export * from './decisions';
export * from './handover';
export * from './followup';
export * from './render';
export * from './fhir';
export { run as runCli, type CliIo } from './cli';
export * from './batch';
export * from './synthetic';
