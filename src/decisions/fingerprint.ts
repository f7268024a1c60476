import type { Deviation } from '../classify';
import type { Discrepancy } from '../diff';
import type { Fingerprint } from './document';

/**
 * Canonical JSON: object keys sorted by code unit, no spaces, `undefined` properties left out (as
 * `JSON.stringify` leaves them out). The same value gives the same text whatever order its keys were
 * written in.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

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
