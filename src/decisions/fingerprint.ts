import type { Deviation } from '../classify';
import type { Discrepancy } from '../diff';
import { canonicalJson } from '../model';
import type { Fingerprint } from './document';

export { canonicalJson };

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * FNV-1a 64-bit hash of the UTF-8 bytes of `text`, as 16 lowercase hex digits. Pure TypeScript (no
 * node:crypto), so it runs in a browser too; not a cryptographic hash.
 *
 * @example
 * fnv1a64('')  // 'cbf29ce484222325'
 * fnv1a64('a') // 'af63dc4c8601ec8c'
 */
export const fnv1a64 = (text: string): string => {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
};

/**
 * The fingerprint of a discrepancy's values: `v1:` + FNV-1a 64 over the canonical JSON of
 * `{ kind, drug, values }`, the values exactly as the reconcile JSON contract writes them. A decision
 * carries the fingerprint of the values it was made on; when they change, it no longer applies.
 *
 * @example
 * discrepancyFingerprint(furosemidDose) // 'v1:…' (16 hex digits)
 */
export const discrepancyFingerprint = (d: Discrepancy): Fingerprint =>
  `v1:${fnv1a64(canonicalJson({ kind: d.kind, drug: d.drug, values: d.values }))}` as Fingerprint;

/**
 * The fingerprint of the values of a deviation's discrepancy (see `discrepancyFingerprint`); what
 * `medrec decisions template` writes for each deviation and the review page embeds.
 *
 * @example
 * deviationFingerprint(result.deviations[0]) // 'v1:…'
 */
export const deviationFingerprint = (deviation: Deviation): Fingerprint => discrepancyFingerprint(deviation.discrepancy);

/**
 * Whether a string is a fingerprint of this version: `v1:` and 16 lowercase hex digits.
 *
 * @example
 * isFingerprint('v1:3f9a0c2b7d41e865') // true
 */
export const isFingerprint = (s: string): s is Fingerprint => /^v1:[0-9a-f]{16}$/u.test(s);
