import type { IsoDate } from '../model';

/**
 * A decision on a deviation (beslut), as read from a decisions document: which list is right, who
 * decided (name and role) and when, and the comment. Applied only to a deviation with the values the
 * decision was made on (its fingerprint).
 */
export interface DecisionFacts {
  readonly choice: 'cosmic' | 'pascal' | 'neither' | 'stop' | 'keep';
  readonly decidedBy: string;
  readonly role: string | null;
  readonly decidedAt: string;
  readonly comment: string | null;
}

/**
 * One deviation in the register (avvikelse i registret): its identity (patient and key), what it is,
 * when it was first and last seen, when the present episode opened, when it was resolved (the first
 * run in which the patient was reconciled and it was gone; null while open), how often it came back,
 * where (care unit and municipality when last seen), its risk, the last run's deviation id, text and
 * action,
 * and the decision when one was made on its values.
 *
 * @example
 * const row: DeviationRow = { patientId: 'SYN-0000001', key: 'dose|furosemid', kind: 'dose', firstSeen: '2026-11-20', resolvedOn: null, … };
 */
export interface DeviationRow {
  readonly patientId: string;
  readonly key: string;
  readonly kind: string;
  readonly drug: string;
  readonly firstSeen: IsoDate;
  readonly lastSeen: IsoDate;
  readonly openedOn: IsoDate;
  readonly resolvedOn: IsoDate | null;
  readonly reopened: number;
  readonly riskBand: string;
  readonly serious: boolean;
  readonly category: string;
  readonly unit: string | null;
  readonly municipality: string | null;
  readonly runId: string;
  readonly text: string;
  readonly action: string | null;
  readonly decision: DecisionFacts | null;
}

/**
 * One patient in the register: the date of the last run that reconciled the patient, and the care
 * unit and municipality then.
 *
 * @example
 * const p: PatientRow = { patientId: 'SYN-0000001', lastRun: '2026-11-22', unit: 'Hemsjukvården', municipality: 'Karlstad' };
 */
export interface PatientRow {
  readonly patientId: string;
  readonly lastRun: IsoDate;
  readonly unit: string | null;
  readonly municipality: string | null;
}

/**
 * A patient's part of the register: the patient row and the patient's deviations by key.
 *
 * @example
 * const s: PatientState = { patient, deviations: new Map([['dose|furosemid', row]]) };
 */
export interface PatientState {
  readonly patient: PatientRow;
  readonly deviations: ReadonlyMap<string, DeviationRow>;
}
