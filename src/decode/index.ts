/**
 * Decoding: from JSON text or unknown values to the model, with io-ts codecs. Whole documents are
 * rejected with a file and JSON path; single bad items are carried as invalid with their path.
 */
export {
  decodeJournal,
  decodePrescriptionList,
  type DecodeOptions,
  type JournalList,
  type PrescriptionList,
} from './documents';
export { parseJournal, parseJson, parsePrescriptionList } from './json';
export { decodeOrdination, decodePrescription, type ItemRead } from './items';
export { formatDocumentError, type DocumentError } from './errors';
export { reportErrors } from './reporter';
export { checkedNumber, checkedString, IsoDateCodec, NonEmptyString, WeekdayCodec } from './primitives';
