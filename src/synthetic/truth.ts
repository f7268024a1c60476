import type { DiscrepancyKind } from '../diff';

/**
 * One injected discrepancy (facit): the patient, its kind and the ids of the items it concerns on
 * each side (sorted), as the engine should report it.
 */
export interface InjectedDiscrepancy {
  readonly patient: string;
  readonly kind: DiscrepancyKind;
  readonly cosmic: ReadonlyArray<string>;
  readonly pascal: ReadonlyArray<string>;
}

/**
 * A key that is equal for an injected discrepancy and a found one exactly when they name the same
 * patient, kind and items.
 *
 * @example
 * truthKey({ patient: 'SYN-0000001', kind: 'dose', cosmic: ['C-3'], pascal: ['P-3'] }) // 'SYN-0000001|dose|C-3|P-3'
 */
export const truthKey = (d: { readonly patient: string; readonly kind: string; readonly cosmic: ReadonlyArray<string>; readonly pascal: ReadonlyArray<string> }): string =>
  `${d.patient}|${d.kind}|${[...d.cosmic].sort().join(',')}|${[...d.pascal].sort().join(',')}`;
