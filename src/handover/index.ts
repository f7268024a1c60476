/**
 * The handover list (läkemedelslista för överlämning): the reconciled list for municipal care, with
 * both values wherever the sources differ, the deviations, whether it is valid once signed, and the
 * changes since the list handed over before (läkemedelsberättelse).
 */
export { cellOf, sameCell, sideValues, stableJson, type Cell } from './cell';
export { columnsOf, doseColumn, itemState, type Columns, type DoseColumn, type ItemState, type TreatmentPeriod, type Quantity, type SubstanceStrength, type UnknownStrength } from './columns';
export { changesSince, NO_CHANGES, type Change, type ChangedFields, type Changes, type ComparableLine } from './changes';
export { decodePreviousList, HANDOVER_FORMAT, HANDOVER_VERSION, parsePreviousList, type PreviousList } from './previous';
export {
  drugKey,
  handoverList,
  type HandoverError,
  type HandoverLine,
  type HandoverList,
  type HandoverOptions,
  type HandoverSources,
  type Validity,
} from './list';
