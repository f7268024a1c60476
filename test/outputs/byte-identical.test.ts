import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashesText, outputHashes } from '../../bench/outputs-hash';

// Issue 12: a refactor of how items travel keeps every output byte for byte. The hashes of a fixed
// sample (200 generated patients, 13 long lists, the adversarial shapes) are kept in hashes-200.txt;
// the bench's `outputs` section checks 10 000 patients the same way. An output changed on purpose
// (a field added to a contract) regenerates the file with UPDATE_GOLDEN=1 and says so in the commit.
const EXPECTED = new URL('./hashes-200.txt', import.meta.url);

describe('every output on a fixed sample', () => {
  it('is byte-identical to the kept hashes (batch line, text, JSON, FHIR, handover, incidents, decisions template, review page)', () => {
    const text = hashesText(outputHashes(200), 200);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(EXPECTED, text);
    expect(text).toBe(readFileSync(EXPECTED, 'utf8'));
  });
});
