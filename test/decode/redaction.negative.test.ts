/** No personnummer in any message of the decoder, however it arrives (issue 10 §4). */
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeJournal, formatDocumentError, parseJournal } from '../../src/decode';
import { describeActual } from '../../src/decode/reporter';
import { examplePair } from '../classify/arbitrary';

const DIGITS = /\d{10,}|\d{6,8}[-+ ]\d{4}/u;

describe('the decoder never echoes a personnummer', () => {
  it('describes a personnummer written as a JSON number redacted (describeActual redacts numbers too)', () => {
    expect(describeActual(191212121212)).toBe('[personnummer]');
    expect(describeActual('19121212-1212')).toBe('"[personnummer]"');
  });

  it('redacts a patient id written as a JSON number, in the document error', () => {
    const { cosmic } = examplePair();
    const decoded = decodeJournal({ ...cosmic, patient: { id: 191212121212 } }, { file: 'cosmic.json' });
    expect(E.isLeft(decoded) && formatDocumentError(decoded.left)).toContain('[personnummer]');
    expect(E.isLeft(decoded) && formatDocumentError(decoded.left)).not.toMatch(DIGITS);
  });

  it('redacts an item id written as a JSON number, in invalid[].id and its message', () => {
    const { cosmic } = examplePair();
    const [first, ...rest] = cosmic.ordinations;
    const decoded = decodeJournal({ ...cosmic, ordinations: [{ ...first, ordinationId: 191212121212 }, ...rest] });
    const invalid = E.isRight(decoded) ? decoded.right.invalid : [];
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.id).toBe('[personnummer]');
    expect(JSON.stringify(invalid)).not.toMatch(DIGITS);
  });

  it('redacts duplicate item ids in invalid[].id', () => {
    const { cosmic } = examplePair();
    const [first, second, ...rest] = cosmic.ordinations;
    const decoded = decodeJournal({ ...cosmic, ordinations: [{ ...first, ordinationId: '19121212-1212' }, { ...second, ordinationId: '19121212-1212' }, ...rest] });
    const invalid = E.isRight(decoded) ? decoded.right.invalid : [];
    expect(invalid.map((i) => i.id)).toEqual(['[personnummer]', '[personnummer]']);
    expect(JSON.stringify(invalid)).not.toContain('1212-1212');
  });

  it('quotes control characters and lone surrogates escaped, never raw', () => {
    expect(describeActual('a\u001b[31mb\ud800')).toBe('"a\\u001b[31mb\\ud800"');
  });
});

describe('a UTF-8 byte order mark', () => {
  it('is accepted at the start of an export, as batch accepts it', () => {
    const { cosmic } = examplePair();
    expect(E.isRight(parseJournal(`\uFEFF${JSON.stringify(cosmic)}`))).toBe(true);
  });
});

describe('dates and amounts that cannot be', () => {
  it('rejects the year 0000 as a date', () => {
    const { cosmic } = examplePair();
    const [first, ...rest] = cosmic.ordinations;
    const decoded = decodeJournal({ ...cosmic, ordinations: [{ ...first, period: { start: '0000-01-01' } }, ...rest] });
    expect(JSON.stringify(E.isRight(decoded) ? decoded.right : null)).toContain('0000-01-01');
    expect(E.isRight(decoded) && decoded.right.ordinations.some((o) => (o.period.start as string) === '0000-01-01')).toBe(false);
  });

  it('reads an amount of 1e308 as unreadable, never as a number that overflows to Infinity', () => {
    const { cosmic } = examplePair();
    const [first, ...rest] = cosmic.ordinations as ReadonlyArray<Record<string, unknown>>;
    const huge = JSON.parse(JSON.stringify(first).replace(/"quantity":\s*[\d.]+/u, '"quantity":1e308').replace(/"value":\s*[\d.]+/u, '"value":1e308')) as Record<string, unknown>;
    const decoded = decodeJournal({ ...cosmic, ordinations: [huge, ...rest] });
    const text = JSON.stringify(E.isRight(decoded) ? decoded.right : null);
    expect(text).toContain('at most 1e9');
    expect(text).not.toContain('Infinity');
  });
});
