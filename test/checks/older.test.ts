import { describe, expect, it } from 'vitest';
import { checks, daily, drug, findingsOf, ordination, prn, prescriptionOf } from './cases';

// Skatteverket's test patient, 113 years old on 2026-11-20: every older-patient rule applies.
const nightly = (id: string, product: Record<string, unknown>, quantity = 1, extra = {}) => ordination(id, product, daily(`${quantity} till natten`, [['22:00', quantity]]), extra);
const morning = (id: string, product: Record<string, unknown>, quantity = 1, extra = {}) => ordination(id, product, daily(`${quantity} på morgonen`, [['08:00', quantity]]), extra);

describe('drugs to avoid in patients aged 75 and over (Preparat som bör undvikas)', () => {
  const cases: ReadonlyArray<readonly [string, string, Record<string, unknown>, Record<string, unknown>]> = [
    ['avoid-long-acting-benzodiazepine', 'diazepam is flagged, oxazepam (short-acting) is not', drug('Stesolid 5 mg tablett', 'diazepam', 5, 'N05BA01'), drug('Oxascand 10 mg tablett', 'oxazepam', 10, 'N05BA04')],
    ['avoid-long-acting-benzodiazepine', 'nitrazepam is flagged, zopiklon is not', drug('Mogadon 5 mg tablett', 'nitrazepam', 5, 'N05CD02'), drug('Imovane 5 mg tablett', 'zopiklon', 5, 'N05CF01')],
    ['avoid-long-acting-benzodiazepine', 'flunitrazepam is flagged, melatonin is not', drug('Flunitrazepam 1 mg tablett', 'flunitrazepam', 1, 'N05CD03'), drug('Circadin 2 mg depottablett', 'melatonin', 2, 'N05CH01')],
    ['avoid-anticholinergic', 'tolterodin is flagged, mirabegron (same ATC group, no anticholinergic) is not', drug('Detrusitol 2 mg tablett', 'tolterodin', 2, 'G04BD07'), drug('Betmiga 50 mg depottablett', 'mirabegron', 50, 'G04BD12')],
    ['avoid-anticholinergic', 'hydroxizin is flagged, cetirizin is not', drug('Atarax 25 mg tablett', 'hydroxizin', 25, 'N05BB01'), drug('Zyrlex 10 mg tablett', 'cetirizin', 10, 'R06AE07')],
    ['avoid-anticholinergic', 'amitriptylin is flagged, sertralin is not', drug('Saroten 10 mg tablett', 'amitriptylin', 10, 'N06AA09'), drug('Sertralin Teva 50 mg tablett', 'sertralin', 50, 'N06AB06')],
    ['avoid-anticholinergic', 'levomepromazin is flagged, risperidon is not', drug('Nozinan 5 mg tablett', 'levomepromazin', 5, 'N05AA02'), drug('Risperdal 0,5 mg tablett', 'risperidon', 0.5, 'N05AX08')],
    ['avoid-tramadol', 'tramadol is flagged, paracetamol is not', drug('Tradolan 50 mg tablett', 'tramadol', 50, 'N02AX02'), drug('Alvedon 500 mg tablett', 'paracetamol', 500, 'N02BE01')],
    ['avoid-propiomazine', 'propiomazin is flagged, melatonin is not', drug('Propavan 25 mg tablett', 'propiomazin', 25, 'N05CM06'), drug('Circadin 2 mg depottablett', 'melatonin', 2, 'N05CH01')],
    ['avoid-codeine', 'a codeine combination is flagged, morfin is not', { name: 'Citodon 500 mg/30 mg tablett', atc: 'N02AJ06', form: 'tablett', substances: [{ name: 'paracetamol', strength: { value: 500, unit: 'mg' } }, { name: 'kodeinfosfat', strength: { value: 30, unit: 'mg' } }] }, drug('Dolcontin 10 mg depottablett', 'morfin', 10, 'N02AA01')],
    ['avoid-glibenclamide', 'glibenklamid is flagged, glipizid is not', drug('Daonil 3,5 mg tablett', 'glibenklamid', 3.5, 'A10BB01'), drug('Mindiab 5 mg tablett', 'glipizid', 5, 'A10BB07')],
  ];
  for (const [rule, title, flagged, notFlagged] of cases) {
    it(`${rule}: ${title}`, () => {
      const yes = findingsOf(checks([morning('C-1', flagged)]), rule);
      expect(yes).toHaveLength(1);
      expect(yes[0]).toMatchObject({ kind: 'avoid', assessment: 'flagged', cosmic: ['C-1'], pascal: ['P-1'] });
      expect(yes[0]!.source.citation).toContain('Indikatorer för god läkemedelsterapi hos äldre (2017-6-7)');
      expect(yes[0]!.text).toMatch(/bör undvikas till personer som är 75 år och äldre om inte särskilda skäl föreligger/u);
      expect(findingsOf(checks([morning('C-1', notFlagged)]), rule)).toEqual([]);
    });
  }

  it('reads the substance name of an item without ATC code: hydroxizin is anticholinergic by name', () => {
    const c = checks([morning('C-1', drug('Hydroxizin 25 mg tablett', 'hydroxizin', 25, null))]);
    expect(findingsOf(c, 'avoid-anticholinergic')).toHaveLength(1);
  });

  it('goes by the ATC code when there is one: atropine eye drops (S01FA01) are not the atropine of the list', () => {
    const eyeDrops = ordination('C-1', drug('Atropin ögondroppar 1 %', 'atropin', 10, 'S01FA01', 'ögondroppar, lösning', 'mg/ml'), { text: '1 droppe i höger öga på morgonen' }, { route: 'okulär' });
    expect(findingsOf(checks([eyeDrops]), 'avoid-anticholinergic')).toEqual([]);
  });

  it('flags codeine by its substance in any combination, even with an ATC code outside the list', () => {
    const odd = morning('C-1', { name: 'Kodein comp', atc: 'N02BE51', form: 'tablett', substances: [{ name: 'paracetamol', strength: { value: 500, unit: 'mg' } }, { name: 'kodein', strength: { value: 10, unit: 'mg' } }] });
    expect(findingsOf(checks([odd]), 'avoid-codeine')).toHaveLength(1);
  });

  it('flags a drug in force on one list only: tramadol stopped in the journal, still on the e-prescription list', () => {
    const c = ordination('C-1', drug('Tradolan 50 mg tablett', 'tramadol', 50, 'N02AX02'), daily('1 på morgonen', [['08:00', 1]]), { discontinued: { date: '2026-11-10', reason: 'yrsel' } });
    const found = findingsOf(checks([c], { prescriptions: [prescriptionOf(c)] }), 'avoid-tramadol');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cosmic: [], pascal: ['P-1'] });
  });

  it('does not flag a drug stopped on both lists', () => {
    const c = ordination('C-1', drug('Tradolan 50 mg tablett', 'tramadol', 50, 'N02AX02'), daily('1 på morgonen', [['08:00', 1]]), { discontinued: { date: '2026-11-10' } });
    const p = { ...prescriptionOf(c), status: 'discontinued', discontinued: { date: '2026-11-10' } };
    expect(findingsOf(checks([c], { prescriptions: [p] }), 'avoid-tramadol')).toEqual([]);
  });
});

describe('unsuitable daily doses (Olämplig dosering)', () => {
  const zopiklon = (mg: number) => drug(`Zopiklon ${mg} mg tablett`, 'zopiklon', mg, 'N05CF01');

  it('zopiklon: 10 mg a day is above 7,5 mg; 7,5 mg itself is not', () => {
    const above = findingsOf(checks([nightly('C-1', zopiklon(5), 2, { period: { start: '2026-11-15' } })]), 'dose-zopiclone');
    expect(above).toHaveLength(1);
    expect(above[0]).toMatchObject({ kind: 'dose', assessment: 'flagged', drug: 'zopiklon' });
    expect(above[0]!.value).toMatchObject({
      kind: 'daily-dose',
      limit: { value: 7500, unit: 'mikrog' },
      total: { kind: 'amount', value: 10000 },
      lines: [{ drug: 'zopiklon', cosmic: { kind: 'amount', value: 10000 }, pascal: { kind: 'amount', value: 10000 } }],
    });
    expect(above[0]!.text).toBe('Zopiklon: dygnsdosen 10 mg är högre än 7,5 mg, den högsta lämpliga för personer som är 75 år och äldre (zopiklon: 10 mg).');
    expect(findingsOf(checks([nightly('C-1', zopiklon(7.5))]), 'dose-zopiclone')).toEqual([]);
  });

  it('oxazepam: 15 mg three times a day (45 mg) is above 30 mg; 10 mg three times (30 mg) is not', () => {
    const thrice = (mg: number) => ordination('C-1', drug(`Sobril ${mg} mg tablett`, 'oxazepam', mg, 'N05BA04'), daily('1 x 3', [['08:00', 1], ['13:00', 1], ['19:00', 1]]));
    expect(findingsOf(checks([thrice(15)]), 'dose-oxazepam')).toHaveLength(1);
    expect(findingsOf(checks([thrice(10)]), 'dose-oxazepam')).toEqual([]);
  });

  it('oxazepam as needed counts its maximum per day: 15 mg, at most 3 a day, is 45 mg', () => {
    const c = ordination('C-1', drug('Sobril 15 mg tablett', 'oxazepam', 15, 'N05BA04'), prn('1 vid behov, högst 3 per dygn', 1, 3), { type: 'as-needed' });
    const found = findingsOf(checks([c]), 'dose-oxazepam');
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toMatchObject({ total: { kind: 'amount', value: 45000, asNeededMax: 45000 } });
    expect(found[0]!.text).toContain('45 mg (varav högst 45 mg vid behov)');
  });

  it('an as-needed dose without a maximum per day is not assessable, never guessed', () => {
    const c = ordination('C-1', drug('Sobril 10 mg tablett', 'oxazepam', 10, 'N05BA04'), prn('1 vid behov', 1), { type: 'as-needed' });
    const found = findingsOf(checks([c]), 'dose-oxazepam');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ assessment: 'not-assessable', value: { total: { kind: 'not-assessable', reason: 'as-needed-without-maximum', atLeast: 0 } } });
    expect(found[0]!.text).toContain('kan inte bedömas');
  });

  it('a dosage text that carries no dose is not assessable', () => {
    const c = ordination('C-1', zopiklon(5), { text: 'enligt ordination' });
    expect(findingsOf(checks([c]), 'dose-zopiclone')[0]).toMatchObject({ assessment: 'not-assessable', value: { total: { reason: 'dosage-not-understood' } } });
  });

  it('a dose read from the text counts like a structured one', () => {
    const c = ordination('C-1', zopiklon(7.5), { text: '2 tabletter till natten' });
    expect(findingsOf(checks([c]), 'dose-zopiclone')[0]).toMatchObject({ assessment: 'flagged', value: { total: { value: 15000 } } });
  });

  it('haloperidol above 2 mg a day is flagged, 2 mg is not', () => {
    const h = (quantity: number) => ordination('C-1', drug('Haldol 1 mg tablett', 'haloperidol', 1, 'N05AD01'), daily(`${quantity} på kvällen`, [['18:00', quantity]]));
    expect(findingsOf(checks([h(3)]), 'dose-haloperidol')).toHaveLength(1);
    expect(findingsOf(checks([h(2)]), 'dose-haloperidol')).toEqual([]);
  });

  it('risperidon above 1,5 mg a day is flagged, 1,5 mg is not', () => {
    const r = (quantity: number) => ordination('C-1', drug('Risperdal 0,5 mg tablett', 'risperidon', 0.5, 'N05AX08'), daily(`${quantity} på kvällen`, [['18:00', quantity]]));
    expect(findingsOf(checks([r(4)]), 'dose-risperidone')).toHaveLength(1);
    expect(findingsOf(checks([r(3)]), 'dose-risperidone')).toEqual([]);
  });

  it('paracetamol: 1 g four times a day (4 g) is not above 4 g; with as-needed on top it is', () => {
    const four = daily('1 x 4', [['08:00', 1], ['12:00', 1], ['17:00', 1], ['21:00', 1]]);
    const alvedon = drug('Alvedon 1 g tablett', 'paracetamol', 1000, 'N02BE01');
    expect(findingsOf(checks([ordination('C-1', alvedon, four)]), 'dose-paracetamol')).toEqual([]);
    const both = { ...four, asNeeded: { quantity: 1, unit: 'tablett', maxPerDay: 1 } };
    expect(findingsOf(checks([ordination('C-1', alvedon, both)]), 'dose-paracetamol')[0]).toMatchObject({ assessment: 'flagged', value: { total: { value: 5_000_000, asNeededMax: 1_000_000 } } });
  });

  it('adds up the lines that hold the substance: paracetamol on its own and in a codeine combination', () => {
    const four = daily('1 x 4', [['08:00', 1], ['12:00', 1], ['17:00', 1], ['21:00', 1]]);
    const alvedon = ordination('C-1', drug('Alvedon 1 g tablett', 'paracetamol', 1000, 'N02BE01'), four);
    const citodon = ordination(
      'C-2',
      { name: 'Citodon 500 mg/30 mg tablett', atc: 'N02AJ06', form: 'tablett', substances: [{ name: 'paracetamol', strength: { value: 500, unit: 'mg' } }, { name: 'kodein', strength: { value: 30, unit: 'mg' } }] },
      prn('1 vid behov, högst 2 per dygn', 1, 2),
      { type: 'as-needed' },
    );
    const found = findingsOf(checks([alvedon, citodon]), 'dose-paracetamol');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ assessment: 'flagged', drugs: ['kodein + paracetamol', 'paracetamol'], value: { total: { value: 5_000_000 } } });
    expect(found[0]!.text).toBe(
      'Paracetamol: dygnsdosen 5 g är högre än 4 g, den högsta lämpliga för personer som är 75 år och äldre (kodein + paracetamol: 1 g (varav högst 1 g vid behov); paracetamol: 4 g).',
    );
  });

  it('acetylsalicylic acid as an antiplatelet (B01AC06): 160 mg is above 75 mg, 75 mg is not, analgesic ASA (N02BA01) is another use', () => {
    expect(findingsOf(checks([morning('C-1', drug('Trombyl 160 mg tablett', 'acetylsalicylsyra', 160, 'B01AC06'))]), 'dose-acetylsalicylic-acid')).toHaveLength(1);
    expect(findingsOf(checks([morning('C-1', drug('Trombyl 75 mg tablett', 'acetylsalicylsyra', 75, 'B01AC06'))]), 'dose-acetylsalicylic-acid')).toEqual([]);
    expect(findingsOf(checks([morning('C-1', drug('Magnecyl 500 mg tablett', 'acetylsalicylsyra', 500, 'N02BA01'))]), 'dose-acetylsalicylic-acid')).toEqual([]);
  });

  it('assesses each list when they differ: 10 mg in the journal, 5 mg in Pascal is flagged, with both doses', () => {
    const c = nightly('C-1', zopiklon(5), 2);
    const p = { ...prescriptionOf(c), dosage: daily('1 till natten', [['22:00', 1]]) };
    const found = findingsOf(checks([c], { prescriptions: [p] }), 'dose-zopiclone');
    expect(found[0]).toMatchObject({ assessment: 'flagged', value: { total: { value: 10000 }, lines: [{ cosmic: { value: 10000 }, pascal: { value: 5000 } }] } });
    expect(found[0]!.text).toContain('zopiklon: journalen 10 mg, Pascal 5 mg');
  });
});

describe('unsuitable regimens (Olämplig regim)', () => {
  const zopiklon = drug('Imovane 5 mg tablett', 'zopiklon', 5, 'N05CF01');

  it('a hypnotic every night for more than a month is flagged: started 2026-10-19, reconciled 2026-11-20', () => {
    const found = findingsOf(checks([nightly('C-1', zopiklon, 1, { period: { start: '2026-10-19' } })]), 'regimen-hypnotic');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'regimen', assessment: 'flagged', value: { kind: 'regimen', since: '2026-10-19', longerThan: 'en månad' } });
    expect(found[0]!.text).toBe('Zopiklon: sömnmedel (N05C) varje dag sedan 2026-10-19, i mer än en månad (olämplig regim för personer som är 75 år och äldre).');
  });

  it('exactly one month (started 2026-10-20) is not more than a month', () => {
    expect(findingsOf(checks([nightly('C-1', zopiklon, 1, { period: { start: '2026-10-20' } })]), 'regimen-hypnotic')).toEqual([]);
  });

  it('a hypnotic as needed, or every other day, is no regimen', () => {
    const asNeeded = ordination('C-1', zopiklon, prn('1 vid behov till natten, högst 1 per dygn', 1, 1), { type: 'as-needed' });
    expect(findingsOf(checks([asNeeded]), 'regimen-hypnotic')).toEqual([]);
    const everyOther = ordination('C-1', zopiklon, { ...daily('1 till natten varannan dag', [['22:00', 1]]), intervalDays: 2 });
    expect(findingsOf(checks([everyOther]), 'regimen-hypnotic')).toEqual([]);
  });

  it('an NSAID every day for more than two weeks is flagged (15 days), 14 days is not', () => {
    const ibuprofen = drug('Ipren 200 mg tablett', 'ibuprofen', 200, 'M01AE01');
    expect(findingsOf(checks([morning('C-1', ibuprofen, 1, { period: { start: '2026-11-05' } })]), 'regimen-nsaid')).toHaveLength(1);
    expect(findingsOf(checks([morning('C-1', ibuprofen, 1, { period: { start: '2026-11-06' } })]), 'regimen-nsaid')).toEqual([]);
  });

  it('glucosamine (M01AX05) is no NSAID', () => {
    expect(findingsOf(checks([morning('C-1', drug('Glucosamin 625 mg tablett', 'glukosamin', 625, 'M01AX05'))]), 'regimen-nsaid')).toEqual([]);
  });
});

describe('polypharmacy, psychotropics and drugs of the same therapeutic group', () => {
  const tenDrugs = [
    drug('Metformin 500 mg tablett', 'metformin', 500, 'A10BA02'),
    drug('Enalapril 10 mg tablett', 'enalapril', 10, 'C09AA02'),
    drug('Amlodipin 5 mg tablett', 'amlodipin', 5, 'C08CA01'),
    drug('Atorvastatin 20 mg tablett', 'atorvastatin', 20, 'C10AA05'),
    drug('Eliquis 5 mg tablett', 'apixaban', 5, 'B01AF02'),
    drug('Omeprazol 20 mg kapsel', 'omeprazol', 20, 'A02BC01', 'kapsel'),
    drug('Levaxin 50 mikrog tablett', 'levotyroxin', 50, 'H03AA01', 'tablett', 'mikrog'),
    drug('Furix 40 mg tablett', 'furosemid', 40, 'C03CA01'),
    drug('Behepan 1 mg tablett', 'cyanokobalamin', 1, 'B03BA01'),
    drug('Alendronat 70 mg tablett', 'alendronsyra', 70, 'M05BA04'),
  ].map((p, k) => morning(`C-${k + 1}`, p));

  it('ten drugs in force are polypharmacy; nine are not', () => {
    const found = findingsOf(checks(tenDrugs), 'polypharmacy-ten');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'polypharmacy', value: { kind: 'count', count: 10, from: 10 } });
    expect(found[0]!.drugs).toHaveLength(10);
    expect(findingsOf(checks(tenDrugs.slice(0, 9)), 'polypharmacy-ten')).toEqual([]);
  });

  it('a drug stopped on both lists does not count', () => {
    const stopped = { ...tenDrugs[9]!, discontinued: { date: '2026-11-01' } };
    const prescriptions = [...tenDrugs.slice(0, 9).map((o) => prescriptionOf(o)), { ...prescriptionOf(stopped), status: 'discontinued', discontinued: { date: '2026-11-01' } }];
    expect(findingsOf(checks([...tenDrugs.slice(0, 9), stopped], { prescriptions }), 'polypharmacy-ten')).toEqual([]);
  });

  it('three psychotropics at once are flagged, two are not', () => {
    const three = [
      nightly('C-1', drug('Imovane 5 mg tablett', 'zopiklon', 5, 'N05CF01')),
      morning('C-2', drug('Sertralin 50 mg tablett', 'sertralin', 50, 'N06AB06')),
      morning('C-3', drug('Risperdal 0,5 mg tablett', 'risperidon', 0.5, 'N05AX08')),
    ];
    const found = findingsOf(checks(three), 'psychotropics-three');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: { count: 3 }, drugs: ['risperidon', 'sertralin', 'zopiklon'] });
    expect(findingsOf(checks(three.slice(0, 2)), 'psychotropics-three')).toEqual([]);
  });

  it('two drugs of one therapeutic group (ATC level 4) are flagged, with the group', () => {
    const found = findingsOf(
      checks([morning('C-1', drug('Seloken ZOC 50 mg depottablett', 'metoprolol', 50, 'C07AB02', 'depottablett')), morning('C-2', drug('Emconcor 5 mg tablett', 'bisoprolol', 5, 'C07AB07'))]),
      'same-therapeutic-group',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'same-therapeutic-group:C07AB', value: { group: 'C07AB', count: 2 }, cosmic: ['C-2', 'C-1'] });
    expect(found[0]!.text).toBe('2 läkemedel i samma terapeutiska grupp (ATC C07AB): bisoprolol, metoprolol.');
  });

  it('drugs of different groups are not', () => {
    expect(findingsOf(checks([morning('C-1', drug('Seloken 50 mg tablett', 'metoprolol', 50, 'C07AB02')), morning('C-2', drug('Amlodipin 5 mg tablett', 'amlodipin', 5, 'C08CA01'))]), 'same-therapeutic-group')).toEqual([]);
  });
});

describe('a clean list', () => {
  it('gives no findings: an older patient on three well-chosen drugs', () => {
    const c = checks([
      morning('C-1', drug('Metformin 500 mg tablett', 'metformin', 500, 'A10BA02')),
      morning('C-2', drug('Enalapril 10 mg tablett', 'enalapril', 10, 'C09AA02')),
      ordination('C-3', drug('Alvedon 500 mg tablett', 'paracetamol', 500, 'N02BE01'), prn('1-2 vid behov, högst 6 per dygn', 1, 6), { type: 'as-needed', supply: 'self-care' }),
    ]);
    expect(c).toMatchObject({ age: 113, ageBasis: 'personnummer', older: true, palliative: false, palliativeInjections: null });
    expect(c.findings).toEqual([]);
  });
});
