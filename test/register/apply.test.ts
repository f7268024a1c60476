import { describe, expect, it } from 'vitest';
import { applyObservation, deviationKey, type Applied, type PatientState } from '../../src/register';
import { observation, observed } from './rows';

const stateOf = (a: Applied): PatientState => {
  if (a.kind !== 'applied') throw new Error('expected the observation to apply');
  return a.state;
};

const furosemidDose = observed('dose', 'furosemid');
const levaxinMissing = observed('missing-in-pascal', 'levotyroxin');

describe('applying a run to a patient', () => {
  it('opens what is seen for the first time, on the run date', () => {
    const a = applyObservation(undefined, observation('2026-11-20', [furosemidDose, levaxinMissing]), []);
    expect(a.kind === 'applied' && a.counts).toEqual({ opened: 2, resolved: 0, reopened: 0, decided: 0 });
    const r = stateOf(a).deviations.get('dose|furosemid');
    expect(r).toMatchObject({ firstSeen: '2026-11-20', lastSeen: '2026-11-20', openedOn: '2026-11-20', resolvedOn: null, reopened: 0, municipality: 'Karlstad' });
  });

  it('resolves what is gone when the patient is reconciled again, and keeps when it was last seen', () => {
    const night1 = stateOf(applyObservation(undefined, observation('2026-11-20', [furosemidDose, levaxinMissing]), []));
    const night2 = applyObservation(night1, observation('2026-11-21', [furosemidDose]), []);
    expect(night2.kind === 'applied' && night2.counts).toMatchObject({ opened: 0, resolved: 1 });
    expect(stateOf(night2).deviations.get('missing-in-pascal|levotyroxin')).toMatchObject({ resolvedOn: '2026-11-21', lastSeen: '2026-11-20' });
    expect(stateOf(night2).deviations.get('dose|furosemid')).toMatchObject({ lastSeen: '2026-11-21', resolvedOn: null });
  });

  it('reopens what comes back after it was resolved, from the run it came back on', () => {
    const night1 = stateOf(applyObservation(undefined, observation('2026-11-20', [furosemidDose]), []));
    const night2 = stateOf(applyObservation(night1, observation('2026-11-21', []), []));
    const night3 = applyObservation(night2, observation('2026-11-24', [furosemidDose]), []);
    expect(night3.kind === 'applied' && night3.counts.reopened).toBe(1);
    expect(stateOf(night3).deviations.get('dose|furosemid')).toMatchObject({ firstSeen: '2026-11-20', openedOn: '2026-11-24', resolvedOn: null, reopened: 1 });
  });

  it('changes nothing when the same run is applied twice', () => {
    const once = stateOf(applyObservation(undefined, observation('2026-11-20', [furosemidDose]), []));
    const twice = applyObservation(once, observation('2026-11-20', [furosemidDose]), []);
    expect(twice.kind === 'applied' && twice.changed).toEqual([]);
    expect(twice.kind === 'applied' && twice.patientChanged).toBe(false);
  });

  it('ignores a run older than the last one it has of the patient', () => {
    const later = stateOf(applyObservation(undefined, observation('2026-11-22', [furosemidDose]), []));
    expect(applyObservation(later, observation('2026-11-21', []), []).kind).toBe('stale');
  });

  it('applies a decision only to the deviation with its run id and the fingerprint of its values', () => {
    const facts = { choice: 'cosmic' as const, decidedBy: 'Anna Andersson', role: 'physician', decidedAt: '2026-11-20T15:30:00+01:00', comment: null };
    const matching = applyObservation(undefined, observation('2026-11-20', [furosemidDose]), [{ runId: 'dose:C-1:P-1', fingerprint: 'v1:0000000000000001', facts }]);
    expect(stateOf(matching).deviations.get('dose|furosemid')?.decision).toEqual(facts);
    const otherValues = applyObservation(undefined, observation('2026-11-20', [furosemidDose]), [{ runId: 'dose:C-1:P-1', fingerprint: 'v1:00000000000000ff', facts }]);
    expect(stateOf(otherValues).deviations.get('dose|furosemid')?.decision).toBeNull();
  });
});

describe('a deviation key', () => {
  it('is the kind and the substances, salts folded and sorted, never item ids', () => {
    expect(deviationKey('dose', 'Hydroklortiazid + enalapril', 1)).toBe('dose|enalapril + hydroklortiazid');
    expect(deviationKey('dose', 'metoprololsuccinat', 1)).toBe(deviationKey('dose', 'metoprolol', 1));
    expect(deviationKey('duplicate', 'furosemid', 2)).toBe('duplicate|furosemid#2');
  });
});
