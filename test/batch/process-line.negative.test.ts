import { describe, expect, it } from 'vitest';
import { processLine } from '../../src/batch';
import { AS_OF, BAD_LINES, examplePair } from './fixtures';

const errorOf = (text: string) => {
  const outcome = processLine(text, 12, AS_OF);
  if (outcome.kind !== 'invalid') throw new Error('expected an invalid line');
  return outcome.error;
};

describe('a bad batch line is an error record, never an exception', () => {
  it('says where text is not JSON, without echoing it', () => {
    const e = errorOf('{"cosmic": {"patient": {"id": "19121212-1212"');
    expect(e).toMatchObject({ line: 12, patient: null, reason: 'not-json' });
    expect(JSON.stringify(e)).not.toContain('1212-1212');
  });

  it('names every reason it can tell apart', () => {
    for (const [reason, text] of Object.entries(BAD_LINES)) expect(errorOf(text).reason).toBe(reason);
  });

  it('names the missing export by its path', () => {
    expect(errorOf(JSON.stringify({ pascal: examplePair().pascal })).problems[0]).toMatchObject({ path: 'cosmic' });
  });

  it('prefixes the paths of an export without its frame with its side', () => {
    const { cosmic, pascal } = examplePair();
    const e = errorOf(JSON.stringify({ cosmic, pascal: { ...pascal, prescriptions: 'none' } }));
    expect(e.reason).toBe('invalid-document');
    expect(e.problems[0]?.path).toBe('pascal.prescriptions');
  });

  it('shows a readable patient id with the personnummer masked', () => {
    const { cosmic, pascal } = examplePair();
    const e = errorOf(JSON.stringify({ cosmic, pascal: { ...pascal, exportedAt: 'i går' } }));
    expect(e.patient).toBe('19121212-****');
    expect(JSON.stringify(e)).not.toContain('19121212-1212');
  });

  it('shows a synthetic id as it is', () => {
    expect(errorOf(BAD_LINES['patient-mismatch']!.replaceAll('19121212-1212', 'SYN-0000001')).patient).toBe('SYN-0000001');
  });

  it('refuses a __proto__ key anywhere, written out or escaped, and pollutes nothing', () => {
    const { cosmic, pascal } = examplePair();
    const nested = JSON.stringify({ cosmic, pascal }).replace('"unit":"Medicinkliniken', '"\\u005f_proto__":{"polluted":true},"unit":"Medicinkliniken');
    for (const text of [BAD_LINES['forbidden-key']!, nested]) {
      const e = errorOf(text);
      expect(e.reason).toBe('forbidden-key');
      expect(e.problems[0]?.path).toMatch(/__proto__$/);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reconciles a patient whose dose unit or route is named like an Object member', () => {
    const { cosmic, pascal } = examplePair();
    const text = JSON.stringify({ cosmic, pascal }).replaceAll('"unit":"tablett"', '"unit":"constructor"').replaceAll('"route":"oral"', '"route":"__proto__x"');
    expect(processLine(text, 1, AS_OF).kind).toBe('reconciled');
  });
});
