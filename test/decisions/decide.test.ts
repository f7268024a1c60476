import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { applyCorrections, decide } from '../../src/decisions';
import { handoverList } from '../../src/handover';
import type { Timestamp } from '../../src/model';
import { renderHandoverHtml, toHandoverJson } from '../../src/render';
import { exampleDocs } from '../reconcile/reconcile-docs';
import { decideOrFail, decodeBoth, documentOn, EXAMPLE_CHOICES, exampleLists, PHARMACIST, reconcileLists } from './fixtures';

const example = () => {
  const lists = exampleLists();
  return { lists, r: reconcileLists(lists) };
};

const only = (ids: ReadonlyArray<string>) => new Map([...EXAMPLE_CHOICES].filter(([id]) => ids.includes(id)));

describe('the example pair, every deviation decided by the responsible physician and signed', () => {
  it('is signed: the list is valid as the written list', () => {
    const { r } = example();
    const decided = decideOrFail(r, [documentOn(r, EXAMPLE_CHOICES)]);
    expect(decided.validity).toEqual({ kind: 'signed', decided: 5, signedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2' }, signedAt: '2026-11-20T15:30:00+01:00' });
    expect(decided.problems).toEqual([]);
    expect(decided.decisions.map((d) => d.state)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
  });

  it('orders a correction in the system that is wrong, in Swedish and English', () => {
    const { r } = example();
    const decided = decideOrFail(r, [documentOn(r, EXAMPLE_CHOICES)]);
    expect(decided.corrections.map((c) => [c.system, c.action, c.sv])).toEqual([
      ['pascal', 'discontinue', 'Pascal: sätt ut zopiklon (P-4)'],
      ['pascal', 'change-dose', 'Pascal: ändra dosen av furosemid till 1 tablett morgon och 1 tablett mitt på dagen (P-2)'],
      ['pascal', 'prescribe', 'Pascal: förskriv oxikodon: OxyNorm 5 mg hård kapsel, 1 kapsel vid behov, högst 4 kapslar per dygn (som C-5)'],
      ['cosmic', 'record-in-journal', 'Journalen: för in omeprazol i journalen: Omeprazol Actavis 20 mg enterokapsel, 1 kapsel på morgonen (som P-5)'],
      ['pascal', 'change-product', 'Pascal: byt levotyroxinnatrium till Levaxin 100 mikrog tablett, 1 tablett på morgonen (P-7)'],
    ]);
    expect(decided.corrections[0]?.en).toBe('Pascal: discontinue zopiklon (P-4)');
  });

  it('closes the loop: with the corrections made, a fresh reconciliation has no discrepancy and every decision is done', () => {
    const { lists, r } = example();
    const doc = documentOn(r, EXAMPLE_CHOICES);
    const after = reconcileLists(applyCorrections(lists, decideOrFail(r, [doc]).corrections));
    expect(after.discrepancies).toEqual([]);
    const next = decideOrFail(after, [doc]);
    expect(next.decisions.map((d) => d.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(next.corrections).toEqual([]);
  });

  it('shows on every decided line the value that is right and who decided, the other struck through', () => {
    const { r } = example();
    const decided = decideOrFail(r, [documentOn(r, EXAMPLE_CHOICES)]);
    const list = handoverList(r, { decided });
    expect(E.isRight(list)).toBe(true);
    if (E.isLeft(list)) return;
    const needing = list.right.lines.filter((l) => l.deviations.length > 0);
    expect(needing).toHaveLength(5);
    for (const line of needing) expect(line.decisions?.[0]?.text).toMatch(/^Beslut: (journalen|Pascal) gäller — Anna Andersson, 2026-11-20$/u);
    const page = renderHandoverHtml(list.right);
    expect(page).toContain('Listan är giltig som ordinationshandling');
    expect(page).toContain('Beslut: journalen gäller — Anna Andersson, 2026-11-20');
    expect(page).toMatch(/<del>[^<]*1 tablett på morgonen/u); // Pascal's furosemid dose, set aside
    expect(page).toContain('Att rätta i systemen');
    expect(page).toContain('Pascal: sätt ut zopiklon (P-4)');
    const json = toHandoverJson(list.right);
    expect(json.validity.kind).toBe('signed');
    expect(json.decisions?.map((d) => d.state)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    expect(json.corrections).toHaveLength(5);
  });

  it('leaves the handover JSON as it was when no decisions are given', () => {
    const { r } = example();
    const list = handoverList(r);
    if (E.isLeft(list)) throw new Error('no list');
    const json = toHandoverJson(list.right);
    expect(json.validity.kind).toBe('not-valid');
    expect(json).not.toHaveProperty('decisions');
    expect(json).not.toHaveProperty('corrections');
  });
});

describe('what keeps a list from being valid', () => {
  it('an undecided deviation keeps it not-valid', () => {
    const { r } = example();
    const decided = decideOrFail(r, [documentOn(r, only(['status:C-4:P-4', 'dose:C-2:P-2', 'missing-in-pascal:C-5:', 'missing-in-cosmic::P-5']))]);
    expect(decided.validity).toEqual({ kind: 'not-valid', undecided: 1, stale: 0, unreadable: 0, partlyRead: 0 });
    expect(decided.undecided).toEqual(['strength:C-9:P-7']);
    const list = handoverList(r, { decided });
    expect(E.isRight(list) && list.right.validity).toMatchObject({ kind: 'not-valid', needsDecision: 1, undecided: 1 });
  });

  it('a pharmacist alone gives at most decided: the decisions are proposals', () => {
    const { r } = example();
    const decided = decideOrFail(r, [documentOn(r, EXAMPLE_CHOICES, { by: PHARMACIST, signed: false })]);
    expect(decided.validity).toMatchObject({ kind: 'decided', decided: 5 });
    expect(decided.validity.kind === 'decided' && decided.validity.reason).toContain('förslag av farmaceut');
    expect(decided.decisions[0]?.text).toBe('Förslag: journalen gäller — Per Persson (farmaceut, förslag), 2026-11-20');
  });

  it('a physician who has not signed gives decided', () => {
    const { r } = example();
    const decided = decideOrFail(r, [documentOn(r, EXAMPLE_CHOICES, { signed: false })]);
    expect(decided.validity).toMatchObject({ kind: 'decided', reason: '5 av 5 beslut är inte signerade av ansvarig läkare.' });
  });
});

describe('the next run', () => {
  it('a decision on values that changed since is stale: shown, never applied, and the list is not valid', () => {
    const { r } = example();
    const doc = documentOn(r, EXAMPLE_CHOICES);
    // Overnight someone changed Pascal's furosemid to 3 tablets in the morning: not what was decided on.
    const { cosmic, pascal } = exampleDocs();
    const prescriptions = (pascal['prescriptions'] as Array<Record<string, unknown>>).map((p) =>
      p['prescriptionId'] === 'P-2' ? { ...p, dosage: { text: '3 tabletter på morgonen', doses: [{ time: '08:00', quantity: 3, unit: 'tablett' }] } } : p,
    );
    const today = reconcileLists(decodeBoth(cosmic, { ...pascal, prescriptions }), '2026-11-21');
    const decided = decideOrFail(today, [doc]);
    const dose = decided.decisions.find((d) => d.deviation.startsWith('dose:'));
    expect(dose?.state).toBe('stale');
    expect(decided.corrections.filter((c) => c.deviation === dose?.deviation)).toEqual([]);
    expect(decided.stale).toEqual([dose?.deviation]);
    expect(decided.validity).toMatchObject({ kind: 'not-valid', undecided: 1, stale: 1 });
  });

  it('an unchanged discrepancy is pending; after more than two days its corrections are overdue', () => {
    const { lists } = example();
    const r = reconcileLists(lists);
    const doc = documentOn(r, EXAMPLE_CHOICES);
    const twoDays = decideOrFail(reconcileLists(lists, '2026-11-22'), [doc]);
    expect(twoDays.decisions.map((d) => [d.state, d.pendingDays, d.overdue])).toEqual(Array(5).fill(['pending', 2, false]));
    const threeDays = decideOrFail(reconcileLists(lists, '2026-11-23'), [doc]);
    expect(threeDays.decisions.every((d) => d.state === 'pending' && d.overdue)).toBe(true);
    expect(threeDays.corrections.every((c) => c.overdue && c.since === '2026-11-20')).toBe(true);
    expect(decideOrFail(reconcileLists(lists, '2026-11-23'), [doc], 5).corrections.some((c) => c.overdue)).toBe(false);
  });

  it('only the system still wrong is reported: Pascal corrected, the journal not yet', () => {
    const { lists, r } = example();
    const doc = documentOn(r, EXAMPLE_CHOICES);
    const decided = decideOrFail(r, [doc]);
    const pascalOnly = applyCorrections(lists, decided.corrections.filter((c) => c.system === 'pascal'));
    const next = decideOrFail(reconcileLists(pascalOnly, '2026-11-21'), [doc]);
    expect(next.decisions.filter((d) => d.state === 'pending').map((d) => d.deviation)).toEqual(['missing-in-cosmic::P-5']);
    expect(next.corrections.map((c) => c.sv)).toEqual(['Journalen: för in omeprazol i journalen: Omeprazol Actavis 20 mg enterokapsel, 1 kapsel på morgonen (som P-5)']);
    expect(next.validity.kind).toBe('signed');
  });
});

describe('several decisions files', () => {
  it('a later file wins per deviation; an undecided entry in it overrides nothing', () => {
    const { r } = example();
    const first = documentOn(r, new Map([...EXAMPLE_CHOICES, ['dose:C-2:P-2', { choice: 'pascal' }]]), { file: 'igår.json' });
    const second = documentOn(r, new Map([['dose:C-2:P-2', { choice: 'cosmic' }], ['strength:C-9:P-7', { choice: null }]]), {
      file: 'idag.json',
      at: '2026-11-20T17:00:00+01:00' as Timestamp,
    });
    const decided = decideOrFail(r, [first, second]);
    const byId = new Map(decided.decisions.map((d) => [d.deviation, d]));
    expect(byId.get('dose:C-2:P-2')).toMatchObject({ choice: 'cosmic', file: 'idag.json' });
    expect(byId.get('strength:C-9:P-7')).toMatchObject({ choice: 'cosmic', file: 'igår.json' });
    expect(decided.validity).toMatchObject({ kind: 'signed', signedAt: '2026-11-20T17:00:00+01:00' });
  });
});

describe('neither system is right', () => {
  it('a decided dosage is ordered in both systems, and then they agree', () => {
    const { lists, r } = example();
    const value = { kind: 'dosage' as const, dosage: { text: '1 tablett på morgonen och 1 tablett till natten', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '22:00', quantity: 1, unit: 'tablett' }] } };
    const doc = documentOn(r, new Map([...EXAMPLE_CHOICES, ['dose:C-2:P-2', { choice: 'neither', value } as never]]));
    const decided = decideOrFail(r, [doc]);
    const dose = decided.corrections.filter((c) => c.deviation === 'dose:C-2:P-2');
    expect(dose.map((c) => c.system)).toEqual(['cosmic', 'pascal']);
    expect(decided.decisions.find((d) => d.deviation === 'dose:C-2:P-2')?.text).toBe(
      'Beslut: inget av systemen: 1 tablett på morgonen och 1 tablett till natten — Anna Andersson, 2026-11-20',
    );
    expect(reconcileLists(applyCorrections(lists, decided.corrections)).discrepancies).toEqual([]);
  });

  it('stop: the drug is discontinued in both systems', () => {
    const { lists, r } = example();
    const decided = decideOrFail(r, [documentOn(r, new Map([...EXAMPLE_CHOICES, ['dose:C-2:P-2', { choice: 'stop' }]]))]);
    expect(decided.corrections.filter((c) => c.deviation === 'dose:C-2:P-2').map((c) => c.sv)).toEqual(['Journalen: sätt ut furosemid (C-2)', 'Pascal: sätt ut furosemid (P-2)']);
    expect(reconcileLists(applyCorrections(lists, decided.corrections)).discrepancies).toEqual([]);
  });
});

describe('decide is pure', () => {
  it('gives the same result for the same input', () => {
    const { r } = example();
    const doc = documentOn(r, EXAMPLE_CHOICES);
    expect(decide(r, [doc])).toEqual(decide(r, [doc]));
  });
});
