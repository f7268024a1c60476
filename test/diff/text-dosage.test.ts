import { describe, expect, it } from 'vitest';
import { renderText, toJson } from '../../src/render';
import { APIXABAN, brief, dosage, dose, FENTANYL, FUROSEMID, ordination, OXIKODON, PARACETAMOL, prescription, reconcileItems } from '../dosage/items';

type Json = Record<string, unknown>;

/** One drug written with these two dosages, one in each list; everything else alike. */
const pair = (p: Json, cosmic: Json, pascal: Json) => reconcileItems([ordination('C-1', p, cosmic)], [prescription('P-1', p, pascal)]);
const texts = (p: Json, cosmic: string, pascal: string) => pair(p, dosage(cosmic), dosage(pascal));
const both = (kind: string) => [{ kind, cosmic: ['C-1'], pascal: ['P-1'] }];

describe('dosages written only as text are compared, no longer just "not comparable"', () => {
  it('1 tablett 2 gånger dagligen equals 1+0+1+0 and 1 tablett morgon och kväll', () => {
    expect(brief(texts(APIXABAN, '1 tablett 2 gånger dagligen', '1+0+1+0'))).toEqual([]);
    expect(brief(texts(APIXABAN, '1 tablett 2 gånger dagligen', '1 tablett morgon och kväll'))).toEqual([]);
    expect(brief(texts(APIXABAN, '1 tablett morgon och kväll', '1x2'))).toEqual([]);
  });

  it('1 tablett morgon against 1 tablett 2 gånger dagligen is a dose discrepancy: 5 mg against 10 mg a day', () => {
    const r = texts(APIXABAN, '1 tablett morgon', '1 tablett 2 gånger dagligen');
    expect(brief(r)).toEqual(both('dose'));
    expect(r.discrepancies[0]!.values).toMatchObject({
      cosmic: { amounts: [{ substance: 'apixaban', value: 5000, unit: 'mikrog' }], dosage: '1 tablett morgon' },
      pascal: { amounts: [{ substance: 'apixaban', value: 10000, unit: 'mikrog' }], dosage: '1 tablett 2 gånger dagligen' },
    });
  });

  it('the same amount in one dose against two is a schedule discrepancy, showing how many doses and that the times are not stated', () => {
    const r = texts(APIXABAN, '2 tabletter på morgonen', '1 tablett 2 gånger dagligen');
    expect(brief(r)).toEqual(both('schedule'));
    expect(r.discrepancies[0]!.values.pascal).toMatchObject({ slots: [{ substance: 'apixaban', unstated: { perDay: 10000, timesPerDay: 2 } }] });
    expect(renderText(r)).toContain('10 mg på 2 doser, tider ej angivna');
  });

  it('morning against evening, both stated, is a schedule discrepancy', () => {
    expect(brief(texts(FUROSEMID, '1 tablett på morgonen', '0+0+1+0'))).toEqual(both('schedule'));
  });

  it('a patch every third day against every second day is a dose discrepancy (2 against 3 patches in 6 days)', () => {
    expect(brief(texts(FENTANYL, '1 plåster var tredje dag', '1 plåster varannan dag'))).toEqual(both('dose'));
    expect(brief(texts(FENTANYL, '1 plåster var tredje dag', '1 plåster byts var 3:e dag'))).toEqual([]);
  });

  it('as needed written two ways agrees; another dose range or maximum does not', () => {
    expect(brief(texts(PARACETAMOL, '1-2 tabletter vid behov, högst 8 tabletter per dygn', '1-2 tabl vb max 8/dygn'))).toEqual([]);
    expect(brief(texts(PARACETAMOL, '1-2 tabletter vid behov, högst 8 per dygn', '2 tabletter vid behov, högst 8 per dygn'))).toEqual(both('dose'));
    expect(brief(texts(OXIKODON, '1 kapsel vid behov, högst 4 per dygn', '1 kapsel vb, högst 6 per dygn'))).toEqual(both('as-needed'));
    expect(brief(texts(OXIKODON, '1 kapsel vid behov', '1 kapsel morgon'))).toEqual(both('as-needed'));
  });

  it('a text on one side is compared with the structure on the other', () => {
    const structured = dosage('', { doses: [dose('08:00', 1), dose('18:00', 1)] });
    expect(brief(pair(APIXABAN, dosage('1 tablett 2 gånger dagligen'), { ...structured, text: '1+0+1+0' }))).toEqual([]);
    expect(brief(pair(APIXABAN, dosage('1 tablett till natten'), { ...structured, text: '1+0+1+0' }))).toEqual(both('dose'));
  });

  it('an instruction with no dose, or a text not understood, still cannot be compared with a dose', () => {
    expect(brief(texts(APIXABAN, 'enligt ordination', '1 tablett dagligen'))).toEqual(both('not-comparable'));
    expect(brief(texts(APIXABAN, '1 tablett efter behag', '1 tablett dagligen'))).toEqual(both('not-comparable'));
    expect(brief(texts(APIXABAN, 'Enligt  ordination', 'enligt ordination'))).toEqual([]);
  });
});

describe('a text and a structure of one item that disagree: text-mismatch', () => {
  const structured = { doses: [dose('08:00', 1), dose('20:00', 1)] };

  it('is reported on the item whose text the patient reads differently from what is dispensed, alone', () => {
    const r = pair(APIXABAN, dosage('1 tablett morgon och kväll', structured), dosage('1 tablett morgon', structured));
    expect(brief(r)).toEqual([{ kind: 'text-mismatch', cosmic: [], pascal: ['P-1'] }]);
    expect(r.discrepancies[0]!.values).toEqual({
      cosmic: null,
      pascal: { dosage: '1 tablett morgon', structured: '1 tablett morgon och kväll', parsed: '1 tablett morgon' },
    });
    expect(r.lines[0]!.status).toBe('needs-decision');
  });

  it('reads in Swedish, with both readings', () => {
    const r = pair(APIXABAN, dosage('1 tablett 3 gånger dagligen', structured), dosage('1+0+1+0', structured));
    const text = toJson(r).discrepancies[0]!.text;
    expect(text).toBe(
      'Doseringstexten och den strukturerade doseringen skiljer i samma post: apixaban. Journal: strukturerad dosering: 1 tablett morgon och kväll; texten "1 tablett 3 gånger dagligen" läses som: 1 tablett 3 gånger dagligen. Pascal: –.',
    );
  });

  it('comes on top of the differences between the lists', () => {
    const r = pair(APIXABAN, dosage('1 tablett morgon', structured), dosage('1 tablett morgon', { doses: [dose('08:00', 1)] }));
    expect(brief(r)).toEqual([
      { kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] },
      { kind: 'text-mismatch', cosmic: ['C-1'], pascal: [] },
    ]);
  });

  it('is never reported for a text with no dose or one not fully understood', () => {
    expect(brief(pair(APIXABAN, dosage('enligt ordination', structured), dosage('1+0+1+0', structured)))).toEqual([]);
    expect(brief(pair(APIXABAN, dosage('1 tablett morgon och kväll, ej söndagar', structured), dosage('1+0+1+0', structured)))).toEqual([]);
  });

  it('is reported for an item without a counterpart too, but not for one no longer in force', () => {
    const selfCare = ordination('C-2', PARACETAMOL, dosage('2 tabletter 3 gånger dagligen', { doses: [dose('08:00', 2), dose('20:00', 2)] }), { supply: 'self-care' });
    expect(brief(reconcileItems([selfCare], []))).toEqual([{ kind: 'text-mismatch', cosmic: ['C-2'], pascal: [] }]);
    const stopped = { ...selfCare, discontinued: { date: '2026-11-01' } };
    expect(brief(reconcileItems([stopped], []))).toEqual([]);
  });
});
