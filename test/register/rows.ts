import type { IsoDate } from '../../src/model';
import type { DeviationRow, ObservedDeviation, PatientObservation } from '../../src/register';

/** An observed deviation of `kind` on `drug`, with a fixed fingerprint unless given. */
export const observed = (kind: string, drug: string, extra: Partial<Omit<ObservedDeviation, 'fingerprint'>> & { readonly fingerprint?: string } = {}): ObservedDeviation => ({
  key: `${kind}|${drug}`,
  kind,
  drug,
  runId: `${kind}:C-1:P-1`,
  riskBand: 'high',
  serious: true,
  category: 'vård och behandling / läkemedel',
  text: `${kind}: ${drug}`,
  action: null,
  ...extra,
  fingerprint: () => extra.fingerprint ?? 'v1:0000000000000001',
});

/** One run's observation of a patient. */
export const observation = (asOf: string, deviations: ReadonlyArray<ObservedDeviation>, patientId = 'SYN-0000001'): PatientObservation => ({
  patientId,
  asOf: asOf as IsoDate,
  unit: 'Hemsjukvården',
  municipality: 'Karlstad',
  deviations,
});

/** A register row, open since `openedOn` unless resolved. */
export const row = (extra: Partial<DeviationRow> = {}): DeviationRow => ({
  patientId: 'SYN-0000001',
  key: 'dose|furosemid',
  kind: 'dose',
  drug: 'furosemid',
  firstSeen: '2026-11-20' as IsoDate,
  lastSeen: '2026-11-20' as IsoDate,
  openedOn: '2026-11-20' as IsoDate,
  resolvedOn: null,
  reopened: 0,
  riskBand: 'high',
  serious: true,
  category: 'vård och behandling / läkemedel',
  unit: 'Hemsjukvården',
  municipality: 'Karlstad',
  runId: 'dose:C-1:P-1',
  text: 'Dosen skiljer: furosemid.',
  action: null,
  decision: null,
  ...extra,
});
