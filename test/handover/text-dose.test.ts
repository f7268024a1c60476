import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handoverList, type HandoverList } from '../../src/handover';
import { examplePair, reconcilePair } from '../classify/arbitrary';

type Json = Record<string, unknown>;

/** The example pair with only the dosage texts left: no doses, as-needed fields or intervals. */
const textOnlyList = (): HandoverList => {
  const pair = examplePair();
  const strip = (items: unknown) => (items as Json[]).map((i) => ({ ...i, dosage: { text: (i.dosage as Json).text } }));
  const cosmic = { ...(pair.cosmic as Json), ordinations: strip((pair.cosmic as Json).ordinations) };
  const pascal = { ...(pair.pascal as Json), prescriptions: strip((pair.pascal as Json).prescriptions) };
  const list = handoverList(reconcilePair({ cosmic, pascal } as typeof pair));
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

describe('the handover list of an example pair that holds only dosage texts', () => {
  const list = textOnlyList();
  const dose = (key: string) => list.lines.find((l) => l.key === key)!.columns.dose;

  it('shows the furosemid doses by slot, read from "1 tablett morgon och 1 tablett mitt på dagen" and "1 tablett på morgonen"', () => {
    const d = dose('furosemid');
    expect(d.kind).toBe('differs');
    if (d.kind !== 'differs') return;
    expect(d.cosmic[0]).toMatchObject({ kind: 'scheduled', slots: { morning: [{ quantity: 1, unit: 'tablett' }], midday: [{ quantity: 1, unit: 'tablett' }] } });
    expect(d.pascal[0]).toMatchObject({ kind: 'scheduled', slots: { morning: [{ quantity: 1, unit: 'tablett' }], midday: [] } });
  });

  it('shows a text that gives no times of day as written, beside the slots of the other side', () => {
    const d = dose('apixaban');
    expect(d.kind).toBe('differs');
    if (d.kind !== 'differs') return;
    expect(d.cosmic[0]).toEqual({ kind: 'unstructured', text: '1 tablett 2 gånger dagligen' });
    expect(d.pascal[0]).toMatchObject({ kind: 'scheduled', slots: { morning: [{ quantity: 1 }], evening: [{ quantity: 1 }] } });
  });

  it('still needs a decision on exactly the five documented lines', () => {
    expect(list.validity).toEqual({ kind: 'not-valid', needsDecision: 5, unreadable: 0, partlyRead: 0 });
  });
});
