import { describe, expect, it } from 'vitest';
import { checkPatientId, luhnValid, maskPatientId, redactPersonnummer } from '../../src/model';

const TEST_NUMBER = '19121212-1212';

/** Skatteverket's test number as a samordningsnummer: 60 added to the day, the check digit computed anew. */
const coordinationNumber = (): string => {
  const stem = '1212' + '72' + '121';
  const check = [...'0123456789'].find((d) => luhnValid(stem.slice(0) + d))!;
  return `19${stem.slice(0, 6)}-${stem.slice(6)}${check}`;
};

describe('personnummer', () => {
  it('accepts Skatteverket test number in its 12- and 10-digit forms, with or without separator', () => {
    for (const id of [TEST_NUMBER, '191212121212', '121212-1212', '1212121212']) expect(checkPatientId(id)).toEqual({ kind: 'personnummer' });
  });

  it('rejects a wrong check digit and a day that does not exist', () => {
    expect(checkPatientId(TEST_NUMBER.slice(0, -1) + '3')).toEqual({ kind: 'invalid', reason: 'check-digit' });
    expect(checkPatientId(TEST_NUMBER.replace('1212-', '1299-'))).toEqual({ kind: 'invalid', reason: 'date' });
  });

  it('knows a samordningsnummer by its day raised by 60', () => {
    expect(checkPatientId(coordinationNumber())).toEqual({ kind: 'samordningsnummer' });
  });

  it('treats anything not shaped like a personnummer as another kind of id', () => {
    expect(checkPatientId('SYN-0000001')).toEqual({ kind: 'other' });
    expect(checkPatientId('patient 7')).toEqual({ kind: 'other' });
  });

  it('masks the last four digits for display and redacts numbers inside free text', () => {
    expect(maskPatientId(TEST_NUMBER)).toBe('19121212-****');
    expect(maskPatientId('SYN-0000001')).toBe('SYN-0000001');
    expect(redactPersonnummer(`patient ${TEST_NUMBER} och 121212-1212.`)).toBe('patient [personnummer] och [personnummer].');
    expect(redactPersonnummer('NPL 20090915000019')).toBe('NPL 20090915000019');
  });
});
