/**
 * Matching: which journal ordinations and e-prescriptions are the same drug. Pairs by the strongest
 * evidence with the best overall assignment, then combination products against their parts, then
 * duplicates; never pairs items whose substances differ.
 */
export { matchItems, matchPrepared } from './match-items';
export { unpaired, type Match, type PreparedMatch } from './match';
export { prepareItem, prepareItems, type PreparedItem } from './prepared';
export { pairEvidence, strengthsKey, EVIDENCE_WEIGHT, type PairEvidence } from './evidence';
export { pairItems, pairPrepared, type Pairing, type PreparedPairing } from './pairing';
export { coverCombination, MAX_COVER_STEPS } from './combination';
export { isPreparedDuplicate } from './duplicate';
export { maxWeightAssignment, type WeightedEdge } from './assignment';
export { maxWeightTransport } from './transport';
export { MAX_ASSIGNMENT_CELLS, MAX_ASSIGNMENT_WORK } from './pairing';
