import * as E from 'fp-ts/lib/Either.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { reconcile } from '../../src/reconcile';
import { toJson } from '../../src/render';
import { generatePatient } from '../../src/synthetic';

// Golden files for version 1 of the JSON contract (`--format json`, `toJson`): the output of fixed
// inputs, byte for byte. They hold the contract in place while the engine's internal types change:
// a field added on purpose means new golden files (run with UPDATE_GOLDEN=1 and review the diff);
// anything else that changes them is a break of v1. The inputs are files too, so that a change to
// the generator does not change them.

const AS_OF = '2026-11-20';
const DIR = new URL('./golden/', import.meta.url);

/** Where each case's input comes from when the golden files are made. */
const SOURCES: ReadonlyArray<{ readonly name: string; readonly input: () => unknown }> = [
  {
    name: 'example-pair',
    input: () => ({
      cosmic: JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8')) as unknown,
      pascal: JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8')) as unknown,
    }),
  },
  {
    // The example pair with an unreadable item on each side, for `invalid`.
    name: 'example-pair-invalid-items',
    input: () => {
      const cosmic = JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8')) as { ordinations: Array<Record<string, unknown>> };
      const pascal = JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8')) as { prescriptions: Array<Record<string, unknown>> };
      cosmic.ordinations[1] = { ...cosmic.ordinations[1], period: { start: 'igår' } };
      pascal.prescriptions[2] = { ...pascal.prescriptions[2], dispensing: 'by-drone' };
      return { cosmic, pascal };
    },
  },
  { name: 'generated-palliative', input: () => generatePatient(19, 0, { asOf: AS_OF }).line },
  { name: 'generated-combination', input: () => generatePatient(19, 10, { asOf: AS_OF }).line },
  { name: 'generated-many-kinds', input: () => generatePatient(19, 95, { asOf: AS_OF }).line },
];

const render = (input: { readonly cosmic: unknown; readonly pascal: unknown }): string => {
  const journal = decodeJournal(input.cosmic);
  const list = decodePrescriptionList(input.pascal);
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('a golden input must decode');
  const result = reconcile(journal.right, list.right, { asOf: AS_OF });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return `${JSON.stringify(toJson(result.right), null, 2)}\n`;
};

describe('the JSON contract, version 1', () => {
  for (const { name, input } of SOURCES) {
    it(`is byte for byte the golden file for ${name}`, () => {
      const inputFile = new URL(`${name}.input.json`, DIR);
      const outputFile = new URL(`${name}.json`, DIR);
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(inputFile)) writeFileSync(inputFile, `${JSON.stringify(input(), null, 2)}\n`);
      const output = render(JSON.parse(readFileSync(inputFile, 'utf8')) as { cosmic: unknown; pascal: unknown });
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(outputFile)) writeFileSync(outputFile, output);
      expect(output).toBe(readFileSync(outputFile, 'utf8'));
    });
  }
});
