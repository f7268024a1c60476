import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodePreviousList, handoverList, parsePreviousList } from '../../src/handover';
import { toHandoverJson } from '../../src/render';
import { examplePair, reconcilePair } from '../classify/arbitrary';

const exampleJson = () => {
  const list = handoverList(reconcilePair(examplePair()));
  if (E.isLeft(list)) throw new Error(list.left.message);
  return JSON.parse(JSON.stringify(toHandoverJson(list.right))) as Record<string, unknown>;
};

const errorOf = (u: unknown) => {
  const read = decodePreviousList(u, { file: 'förra.json' });
  if (E.isRight(read)) throw new Error('expected an error');
  return read.left;
};

describe('a previous handover list that cannot be used', () => {
  it('is not JSON: the file and where', () => {
    const read = parsePreviousList('{"format":', { file: 'förra.json' });
    expect(E.isLeft(read) && read.left).toMatchObject({ kind: 'not-json', file: 'förra.json', path: '(document)' });
  });

  it('is a reconcile result, not a handover list: the format field says so', () => {
    const e = errorOf({ ...exampleJson(), format: undefined });
    expect(e).toMatchObject({ kind: 'invalid-frame', file: 'förra.json', path: 'format' });
    expect(e.message).toContain('"medrec-handover"');
  });

  it('is of another version', () => {
    expect(errorOf({ ...exampleJson(), version: 2 })).toMatchObject({ path: 'version' });
  });

  it('has a line whose dose cell is not a cell, with the path to it', () => {
    const json = exampleJson();
    const lines = json['lines'] as Array<{ columns: Record<string, unknown> }>;
    lines[1]!.columns['dose'] = { kind: 'maybe' };
    expect(errorOf(json).path).toMatch(/^lines\[1\]\.columns\.dose/);
  });

  it('is of another patient: refused, without naming either id', () => {
    const read = decodePreviousList({ ...exampleJson(), patient: { id: 'SYN-0000001' } });
    if (E.isLeft(read)) throw new Error(read.left.message);
    const list = handoverList(reconcilePair(examplePair()), { previous: read.right });
    expect(E.isLeft(list) && list.left).toEqual({ kind: 'previous-patient-mismatch', message: 'patient.id: the previous handover list is of another patient' });
  });
});
