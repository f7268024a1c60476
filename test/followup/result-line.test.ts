import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { patientFacts, readResultLine } from '../../src/followup';
import { observationOf } from '../../src/register';
import { batchResults } from './results';

const { results } = batchResults(7, 0, 20);
const lines = results.map((r) => JSON.parse(JSON.stringify(r)) as unknown);

describe('one reader of batch result lines, for follow-up and the register', () => {
  it('reads every line medrec batch writes, with its deviations and their discrepancies', () => {
    for (const [k, value] of lines.entries()) {
      const read = readResultLine(value);
      if (E.isLeft(read)) throw new Error(`${read.left.path}: ${read.left.message}`);
      const result = results[k]!;
      expect(read.right).toMatchObject({ asOf: result.asOf, patientId: result.patient.id, doseDispensing: result.doseDispensing });
      expect(read.right.deviations.map((d) => d.id)).toEqual(result.deviations.map((d) => d.id));
      expect(read.right.discrepancies.map((d) => d.kind)).toEqual(result.discrepancies.map((d) => d.kind));
      expect(read.right.checks).not.toBeNull();
    }
  });

  it('gives follow-up and the register the same kinds and risk bands of the same deviations', () => {
    for (const value of lines) {
      const facts = patientFacts(value, 1);
      const observed = observationOf(value);
      if (E.isLeft(facts) || E.isLeft(observed)) throw new Error('must read');
      const sorted = (xs: ReadonlyArray<string>) => [...xs].sort();
      expect(sorted(observed.right.deviations.map((d) => `${d.kind}/${d.riskBand}/${d.serious}`))).toEqual(sorted(facts.right.deviations.map((d) => `${d.kind}/${d.riskBand}/${d.serious}`)));
    }
  });

  it('leaves a file written before the clinical checks readable: checks null (follow-up refuses it, the register does not need them)', () => {
    const value = { ...(lines[0] as Record<string, unknown>) };
    delete value['checks'];
    const read = readResultLine(value);
    expect(E.isRight(read) && read.right.checks).toBeNull();
    expect(E.isLeft(patientFacts(value, 3)) && E.isRight(observationOf(value))).toBe(true);
  });
});
