import { describe, expect, it } from 'vitest';
import { formClass, formsDiffer, isAtcCode, isClockTime, isIsoDate, isTimestamp, routeKey, routesDiffer, substanceKey, substanceSet } from '../../src/model';

describe('what makes two items the same drug', () => {
  it('substances compare without case, spaces or salt endings, but a salt that is the substance stays', () => {
    expect(substanceKey('Levotyroxinnatrium')).toBe('levotyroxin');
    expect(substanceKey('metoprololsuccinat')).toBe(substanceKey('Metoprolol tartrat'.replace(' ', '')));
    expect(substanceKey('kaliumklorid')).toBe('kaliumklorid');
    expect(substanceKey('natriumklorid')).toBe('natriumklorid');
    expect(substanceSet([{ name: 'hydroklortiazid' }, { name: 'Enalapril' }, { name: 'enalapril' }])).toEqual(['enalapril', 'hydroklortiazid']);
  });

  it('dosage forms compare by class: a film-coated tablet is a tablet, a depot tablet is not', () => {
    expect(formClass('filmdragerad tablett')).toBe(formClass('Tablett'));
    expect(formClass('hård kapsel')).toBe(formClass('tablett'));
    expect(formsDiffer('tablett', 'depottablett')).toBe(true);
    expect(formsDiffer('enterokapsel, hård', 'kapsel')).toBe(true);
    expect(formsDiffer('tablett med förlängd frisättning', 'depottablett')).toBe(false);
    expect(formsDiffer(undefined, 'depottablett')).toBe(false);
    expect(formClass('okänd beredning')).toBe('okänd beredning');
  });

  it('routes compare by name after abbreviations are spelled out', () => {
    expect(routeKey('s.c.')).toBe('subkutan');
    expect(routesDiffer('oral', 'Peroral')).toBe(false);
    expect(routesDiffer('subkutan', 'intravenös')).toBe(true);
    expect(routesDiffer('oral', undefined)).toBe(false);
  });
});

describe('formats of the contract', () => {
  it('dates must exist, times are HH:MM, timestamps carry an offset, ATC codes have their levels', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-11-20T00:00')).toBe(false);
    expect(isClockTime('23:59')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isTimestamp('2026-11-20T14:05:00Z')).toBe(true);
    expect(isTimestamp('2026-11-20 14:05')).toBe(false);
    expect(['A', 'A10', 'A10B', 'A10BA', 'A10BA02'].every(isAtcCode)).toBe(true);
    expect(['a10', 'A1', 'A10BA2', 'A10BA022'].some(isAtcCode)).toBe(false);
  });
});
