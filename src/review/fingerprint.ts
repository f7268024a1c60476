import type { Deviation } from '../classify';

// Until the decisions stage lands (branch `decisions`): the fingerprint as its spec defines it, so
// the page can be built and tested. Replaced by src/decisions' `deviationFingerprint` on merge.

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/**
 * The fingerprint of the values a deviation shows: `v1:` and FNV-1a 64 over the canonical JSON of its
 * discrepancy's kind, drug and values.
 *
 * @example
 * deviationFingerprint(result.deviations[0]) // 'v1:…' (16 hex digits)
 */
export const deviationFingerprint = (deviation: Deviation): string => {
  const d = deviation.discrepancy;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(canonical({ kind: d.kind, drug: d.drug, values: d.values }))) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `v1:${hash.toString(16).padStart(16, '0')}`;
};
