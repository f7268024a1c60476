import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir, MEDICATION_REQUEST_STATUS, MEDICATION_STATEMENT_STATUS, MEDREC_EXTENSIONS } from '../../src/fhir';
import { bundle, medication, request, statement, timed } from './builders';

const zopiklon = medication('Zopiklon 5 mg tablett', 'zopiklon', 5);
const night = [timed('1 tablett till natten', 1, ['21:00:00'])];

describe('MedicationRequest statuses, each by its written rule', () => {
  const cases: Array<[string, unknown]> = [
    ['active', { kind: 'active' }],
    ['on-hold', { kind: 'discontinued', reason: 'tillfälligt uppehåll: inväntar provsvar' }],
    ['cancelled', { kind: 'cancelled' }],
    ['completed', { kind: 'discontinued', date: '2026-11-15', reason: 'inväntar provsvar' }],
    ['entered-in-error', { kind: 'cancelled' }],
    ['stopped', { kind: 'discontinued', date: '2026-11-15', reason: 'inväntar provsvar' }],
  ];
  it.each(cases)('%s maps to %o', (status, expected) => {
    const list = fromFhir(
      bundle(request('rx-1', zopiklon, night, { status, statusReason: { text: 'inväntar provsvar' }, extension: [{ url: MEDREC_EXTENSIONS.dispensing, valueCode: 'whole-package' }, { url: MEDREC_EXTENSIONS.discontinuedDate, valueDate: '2026-11-15' }] })),
      { source: 'pascal' },
    );
    expect(E.isRight(list) && list.right.prescriptions.map((p) => p.status)).toEqual([expected]);
  });

  it.each(['draft', 'unknown', 'paused'])('%s is reported at the resource\'s status, never guessed, and the other resources are read', (status) => {
    const list = fromFhir(bundle(request('rx-1', zopiklon, night, { status }), request('rx-2', zopiklon, night)), { source: 'pascal' });
    if (E.isLeft(list)) throw new Error(list.left.message);
    expect(list.right.prescriptions.map((p) => p.id)).toEqual(['rx-2']);
    expect(list.right.invalid.map((i) => [i.id, i.path])).toEqual([['rx-1', 'entry[1].resource.status']]);
    expect(list.right.invalid[0]!.message).toMatch(status === 'paused' ? /^expected one of active, on-hold, .*, got "paused"$/u : /^expected a status that says whether the drug is in force; /u);
  });

  it('has a written rule for every R4 status', () => {
    expect(Object.keys(MEDICATION_REQUEST_STATUS).sort()).toEqual(['active', 'cancelled', 'completed', 'draft', 'entered-in-error', 'on-hold', 'stopped', 'unknown']);
    expect(Object.keys(MEDICATION_STATEMENT_STATUS).sort()).toEqual(['active', 'completed', 'entered-in-error', 'intended', 'not-taken', 'on-hold', 'stopped', 'unknown']);
  });
});

describe('MedicationStatement statuses, each by its written rule', () => {
  const cases: Array<[string, unknown]> = [
    ['active', { kind: 'active' }],
    ['completed', { kind: 'discontinued', date: '2026-11-15' }],
    ['entered-in-error', { kind: 'cancelled' }],
    ['intended', { kind: 'active' }],
    ['stopped', { kind: 'discontinued', date: '2026-11-15' }],
    ['on-hold', { kind: 'discontinued', reason: 'tillfälligt uppehåll' }],
    ['not-taken', { kind: 'discontinued', reason: 'tas inte av patienten' }],
  ];
  it.each(cases)('%s maps to %o', (status, expected) => {
    const list = fromFhir(bundle(statement('ms-1', zopiklon, night, { status, effectivePeriod: { start: '2025-01-10', end: '2026-11-15' } })), { source: 'cosmic' });
    expect(E.isRight(list) && list.right.ordinations.map((o) => o.status)).toEqual([expected]);
  });

  it('an intended statement starting later is not in force before its start: the dates decide', () => {
    const list = fromFhir(bundle(statement('ms-1', zopiklon, night, { status: 'intended', effectivePeriod: { start: '2026-12-01' } })), { source: 'cosmic' });
    expect(E.isRight(list) && list.right.ordinations[0]!.period).toEqual({ start: '2026-12-01' });
  });

  it('unknown is reported', () => {
    const list = fromFhir(bundle(statement('ms-1', zopiklon, night, { status: 'unknown' })), { source: 'cosmic' });
    expect(E.isRight(list) && list.right.invalid.map((i) => i.path)).toEqual(['entry[1].resource.status']);
  });
});

describe('MedicationRequest intent', () => {
  it.each(['proposal', 'plan', 'option'])('a %s is not an order, and is reported at intent', (intent) => {
    const list = fromFhir(bundle(request('rx-1', zopiklon, night, { intent })), { source: 'pascal' });
    expect(E.isRight(list) && list.right.invalid.map((i) => [i.path, i.message])).toEqual([
      ['entry[1].resource.intent', `expected an order (order, original-order, reflex-order, filler-order, instance-order), got "${intent}": a ${intent} is not on either list`],
    ]);
  });
});
