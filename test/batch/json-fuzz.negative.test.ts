/**
 * The JSON fuzz suite (issue 10, "Tests and checks"): the example pair's two exports mutated at every
 * path (wrong types, null, huge and non-finite numbers, `__proto__`/`constructor`/`toString` as keys
 * and values, control characters, lone surrogates, deep nesting, duplicate ids, personnummer in every
 * form), through the batch line, the one-patient path and every renderer. For each: no throw; every
 * input item accounted for exactly once (on a line or in `invalid`), or the line refused whole with
 * its reason; no personnummer-shaped string in any message, error, text, HTML or CSV output.
 *
 * Seeded and bounded: a fixed seed and 30 runs per property, a few seconds of CPU in all.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processLine, resultLine, type BatchResult } from '../../src/batch';
import { decodeJournal, decodePrescriptionList, formatDocumentError, parseJson } from '../../src/decode';
import { aggregateOf, followupReport, patientFacts } from '../../src/followup';
import { handoverList } from '../../src/handover';
import type { IsoDate } from '../../src/model';
import { reconcile } from '../../src/reconcile';
import { followupCsv, renderFollowupHtml, renderHandoverHtml, renderText } from '../../src/render';
import { arbMutation, hostileJson, mutate, type Mutation } from '../arbitrary';
import { examplePair } from './fixtures';

const AS_OF = '2026-11-20' as IsoDate;
// FUZZ_RUNS and FUZZ_SEED explore further by hand; the suite itself stays fixed and small.
const RUNS = { seed: Number(process.env['FUZZ_SEED'] ?? 20261130), numRuns: Number(process.env['FUZZ_RUNS'] ?? 30) } as const;
/** Some two seconds of CPU per property alone; a shared, busy machine may take several times that. */
const TIMEOUT = 60_000;

/** A personnummer in any form: 10 or 12 digits, with or without a separator, not inside a longer number. */
const PERSONNUMMER = /(?<!\d)(?:\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/u;

const noPersonnummer = (what: string, text: string): void => {
  const found = PERSONNUMMER.exec(text);
  if (found !== null) throw new Error(`${what} holds a personnummer: …${text.slice(Math.max(0, found.index - 60), found.index + 20)}…`);
};

/** The mutations of both exports (the counterexample fast-check prints when a property fails). */
const arbMutations = fc.record({ cosmic: fc.array(arbMutation, { minLength: 0, maxLength: 3 }), pascal: fc.array(arbMutation, { minLength: 0, maxLength: 3 }) });

/** Both exports of the example pair with their mutations applied, as one batch line. */
const lineOf = (mutations: { readonly cosmic: ReadonlyArray<Mutation>; readonly pascal: ReadonlyArray<Mutation> }): string => {
  const pair = examplePair();
  const cosmic = mutations.cosmic.reduce<unknown>((doc, m) => mutate(doc, m), pair.cosmic);
  const pascal = mutations.pascal.reduce<unknown>((doc, m) => mutate(doc, m), pair.pascal);
  return hostileJson({ cosmic, pascal });
};

const itemsIn = (doc: unknown, array: string): number | undefined => {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !Object.hasOwn(doc, array)) return undefined;
  const items = (doc as Record<string, unknown>)[array];
  return Array.isArray(items) ? items.length : undefined;
};

/** Every item of a side is on exactly one line or once in `invalid`, and the counts add up to the input's. */
const accountedFor = (result: BatchResult, parsed: Record<string, unknown>): void => {
  for (const [side, array] of [['cosmic', 'ordinations'], ['pascal', 'prescriptions']] as const) {
    const n = itemsIn(parsed[side], array)!;
    const onLines = result.lines.flatMap((l) => l[side]);
    const invalid = result.invalid.filter((i) => i.source === side);
    expect(new Set(onLines).size).toBe(onLines.length);
    expect(new Set(invalid.map((i) => i.index)).size).toBe(invalid.length);
    expect(invalid.every((i) => Number.isInteger(i.index) && i.index >= 0 && i.index < n)).toBe(true);
    expect(onLines.length + invalid.length).toBe(n);
    expect(side === 'cosmic' ? result.summary.cosmicItems : result.summary.pascalItems).toBe(onLines.length);
  }
};

describe('a batch line made of mutated exports', () => {
  it('never throws, refuses a line whole or accounts for every item exactly once, and never shows a personnummer in a message', () => {
    fc.assert(
      fc.property(arbMutations, (mutations) => {
        const text = lineOf(mutations);
        const outcome = processLine(text, 1, AS_OF);
        if (outcome.kind === 'invalid') {
          noPersonnummer('the error record', JSON.stringify(outcome.error));
          return;
        }
        const parsed = JSON.parse(text) as Record<string, unknown>;
        accountedFor(outcome.result, parsed);
        noPersonnummer('invalid[]', JSON.stringify(outcome.result.invalid));
        const line = resultLine(outcome.result);
        // The result line reads back as follow-up facts, and the report's HTML and CSV show no personnummer.
        const facts = patientFacts(JSON.parse(line), 1);
        const report = followupReport(aggregateOf([facts]), { inputs: ['r.ndjson'] });
        noPersonnummer('the follow-up HTML', renderFollowupHtml(report));
        for (const csv of followupCsv(report)) noPersonnummer(`the CSV ${csv.name}`, csv.text);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('one patient made of mutated exports, as reconcile and handover read it', () => {
  it('never throws, and no document error, text summary or handover HTML shows a personnummer', () => {
    fc.assert(
      fc.property(arbMutations, (mutations) => {
        const text = lineOf(mutations);
        const parsed = parseJson(text);
        if (E.isLeft(parsed)) return;
        const value = parsed.right as Record<string, unknown>;
        const journal = decodeJournal(value['cosmic'], { file: 'cosmic.json' });
        if (E.isLeft(journal)) return noPersonnummer('the document error', formatDocumentError(journal.left));
        const list = decodePrescriptionList(value['pascal'], { file: 'pascal.json' });
        if (E.isLeft(list)) return noPersonnummer('the document error', formatDocumentError(list.left));
        const result = reconcile(journal.right, list.right, { asOf: AS_OF });
        if (E.isLeft(result)) return noPersonnummer('the reconcile error', result.left.message);
        noPersonnummer('the text summary', renderText(result.right));
        const handover = handoverList(result.right);
        if (E.isLeft(handover)) return noPersonnummer('the handover error', handover.left.message);
        noPersonnummer('the handover HTML', renderHandoverHtml(handover.right));
      }),
      RUNS,
    );
  }, TIMEOUT);
});
