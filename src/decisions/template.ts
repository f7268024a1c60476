import type { Discrepancy, DiscrepancyKind } from '../diff';
import type { IsoDate } from '../model';
import type { Reconciliation } from '../reconcile';
import { DECISIONS_FORMAT, DECISIONS_VERSION, type DecidedValue, type Decider, type Fingerprint, type Signature } from './document';
import { deviationFingerprint } from './fingerprint';

/**
 * One entry of a decisions document as JSON. A template entry also carries, for the reader, the
 * discrepancy's `kind`, `drug`, both `values` and its Swedish `text` (the decoder ignores them).
 */
export interface DecisionEntryJson {
  readonly deviation: string;
  readonly fingerprint: Fingerprint;
  readonly choice: 'cosmic' | 'pascal' | 'neither' | 'stop' | 'keep' | null;
  readonly value?: DecidedValue;
  readonly keep?: ReadonlyArray<string>;
  readonly comment: string | null;
  readonly kind?: DiscrepancyKind;
  readonly drug?: string;
  readonly values?: Discrepancy['values'];
  readonly text?: string;
}

/** A decisions document as JSON (`medrec-decisions`, version 1): what a person, the review page or a program writes. */
export interface DecisionsJson {
  readonly format: typeof DECISIONS_FORMAT;
  readonly version: typeof DECISIONS_VERSION;
  readonly patient: { readonly id: string };
  readonly asOf: IsoDate;
  readonly decidedBy: Decider | null;
  readonly decidedAt: string | null;
  readonly decisions: ReadonlyArray<DecisionEntryJson>;
  readonly signature?: Signature | null;
}

/** Options of `decisionsTemplate`: how a discrepancy reads, for the template's `text` (e.g. the render stage's `discrepancyText`). */
export interface TemplateOptions {
  readonly describe?: (d: Discrepancy) => string;
}

const plainText = (d: Discrepancy): string => `${d.kind}: ${d.drug}`;

/**
 * A decisions document to fill in for a reconciliation: every deviation (highest risk first) with its
 * fingerprint, both values and its text, the choice and comment empty (null), and no one yet named
 * as deciding (`decidedBy` and `decidedAt` null). Pure.
 *
 * @example
 * decisionsTemplate(result, { describe: discrepancyText }).decisions[0]
 * // { deviation: 'status:C-4:P-4', fingerprint: 'v1:…', choice: null, comment: null, kind: 'status', drug: 'zopiklon', values: {…}, text: 'Utsatt …' }
 */
export const decisionsTemplate = (r: Reconciliation, options: TemplateOptions = {}): DecisionsJson => {
  const describe = options.describe ?? plainText;
  return {
    format: DECISIONS_FORMAT,
    version: DECISIONS_VERSION,
    patient: { id: r.patient.id },
    asOf: r.asOf,
    decidedBy: null,
    decidedAt: null,
    decisions: r.deviations.map((d) => ({
      deviation: d.id,
      fingerprint: deviationFingerprint(d),
      choice: null,
      comment: null,
      kind: d.discrepancy.kind,
      drug: d.discrepancy.drug,
      values: d.discrepancy.values,
      text: describe(d.discrepancy),
    })),
    signature: null,
  };
};
