import type { Brand, IsoDate, ItemId, Timestamp, Weekday } from '../model';

/** The `format` of a decisions document (beslutsdokument). */
export const DECISIONS_FORMAT = 'medrec-decisions';

/** The version of the decisions document's contract; raised when a field changes meaning or goes away. */
export const DECISIONS_VERSION = 1;

/**
 * A fingerprint of the values a decision was made on: `v1:` and 16 lowercase hex digits (FNV-1a 64 of
 * the discrepancy's kind, drug and both values, see `deviationFingerprint`).
 *
 * @example
 * const f = 'v1:3f9a0c2b7d41e865' as Fingerprint;
 */
export type Fingerprint = Brand<string, 'Fingerprint'>;

/** Who may decide: a `physician` (läkare) decides and signs; a `pharmacist` (farmaceut) or `nurse` (sjuksköterska) proposes. */
export type Role = 'physician' | 'pharmacist' | 'nurse';

/** Who decided (beslutsfattare): name, HSA-id and role. @example `{ name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' }` */
export interface Decider {
  readonly name: string;
  readonly hsaId: string;
  readonly role: Role;
}

/**
 * The signature (signering) of a decisions document: only a physician's makes the list valid as the
 * written ordination document. @example `{ signedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2' }, signedAt: '2026-11-20T15:31:00+01:00' }`
 */
export interface Signature {
  readonly signedBy: { readonly name: string; readonly hsaId: string };
  readonly signedAt: Timestamp;
}

/** One structured dose of the contract's dosage shape. */
export interface DecidedDose {
  readonly time: string;
  readonly quantity: number;
  readonly unit: string;
}

/**
 * A dosage in the data contract's shape (text, doses?, intervalDays?, weekdays?, asNeeded?, steps?), as
 * a decision writes the dosage that is right. @example `{ text: '1 tablett på morgonen', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }] }`
 */
export interface DecidedDosage {
  readonly text: string;
  readonly doses?: ReadonlyArray<DecidedDose>;
  readonly intervalDays?: number;
  readonly weekdays?: ReadonlyArray<Weekday>;
  readonly asNeeded?: {
    readonly quantity: number;
    readonly unit?: string;
    readonly maxPerDay?: number;
    readonly minIntervalHours?: number;
    readonly indication?: string;
  };
  readonly steps?: ReadonlyArray<{ readonly from: IsoDate; readonly to?: IsoDate; readonly doses: ReadonlyArray<DecidedDose>; readonly intervalDays?: number }>;
}

/**
 * The value that is right when neither system is (choice `neither`): a dosage, or a status.
 *
 * @example
 * { kind: 'status', status: 'discontinued' }
 */
export type DecidedValue =
  | { readonly kind: 'dosage'; readonly dosage: DecidedDosage }
  | { readonly kind: 'status'; readonly status: 'active' | 'discontinued' };

/**
 * What was decided (beslut) for one deviation:
 * - `cosmic`: the journal is right; `pascal`: the e-prescription list is right;
 * - `neither`: `value` is right; `stop`: the drug is stopped in both systems;
 * - `keep`: for a duplicate, the item ids that stay.
 */
export type Choice = 'cosmic' | 'pascal' | 'neither' | 'stop' | 'keep';

/**
 * One entry of a decisions document: the deviation, the fingerprint of the values it was decided on,
 * the choice (null: not yet decided) and a free-text comment.
 *
 * @example
 * { deviation: 'dose:C-2:P-2', fingerprint: 'v1:…', choice: 'cosmic', comment: 'Dosen höjdes på avdelningen.' }
 */
export type DecisionEntry = {
  readonly deviation: string;
  readonly fingerprint: Fingerprint;
  readonly comment: string | null;
} & (
  | { readonly choice: null }
  | { readonly choice: 'cosmic' | 'pascal' | 'stop' }
  | { readonly choice: 'neither'; readonly value: DecidedValue }
  | { readonly choice: 'keep'; readonly keep: ReadonlyArray<ItemId> }
);

/** A decided entry: one whose choice is not null. */
export type MadeDecision = Exclude<DecisionEntry, { readonly choice: null }>;

/**
 * An entry of a decisions document that could not be read: its index, its deviation id where one
 * could be read, the JSON path and what was expected. The rest of the document still counts.
 */
export interface RejectedEntry {
  readonly index: number;
  readonly deviation: string | null;
  readonly path: string;
  readonly message: string;
}

/**
 * A decisions document (beslutsdokument, `medrec-decisions` version 1), decoded: the patient, the
 * reconciliation date it decides on, who decided and when (null in a template: then nothing is
 * decided), the entries that could be read, the entries that could not (`rejected`), and the
 * signature where one was given. `file` names where it was read from, for messages.
 */
export interface DecisionsDocument {
  readonly file: string | null;
  readonly patient: { readonly id: string };
  readonly asOf: IsoDate;
  readonly decidedBy: Decider | null;
  readonly decidedAt: Timestamp | null;
  readonly decisions: ReadonlyArray<DecisionEntry>;
  readonly rejected: ReadonlyArray<RejectedEntry>;
  readonly signature: Signature | null;
}
