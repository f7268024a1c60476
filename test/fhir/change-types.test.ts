import type { Bundle, List } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from '../cli/memory-io';
import { loadR4, R4_LOAD_TIMEOUT_MS, r4Errors } from './validate';

const handoverFhir = (...extra: string[]): Bundle => {
  const t = memoryIo();
  const args = ['handover', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20', '--format', 'fhir', ...extra];
  expect(run(args, t.io)).toBe(0);
  return JSON.parse(t.stdout()) as Bundle;
};

const listOf = (bundle: Bundle): List => bundle.entry!.map((e) => e.resource).find((r): r is List => r?.resourceType === 'List')!;


// The R4 definitions are indexed once per file; see validate.ts for why the timeout is generous.
beforeAll(loadR4, R4_LOAD_TIMEOUT_MS);

describe('medrec handover --format fhir', () => {
  it('is a valid R4 collection Bundle with one DetectedIssue per deviation', () => {
    const bundle = handoverFhir();
    expect(r4Errors(bundle)).toEqual([]);
    expect(bundle.entry!.filter((e) => e.resource?.resourceType === 'DetectedIssue')).toHaveLength(5);
    expect(listOf(bundle).entry!.every((e) => e.flag === undefined)).toBe(true);
  });

  it('flags each drug against the previous handover: oxikodon prescribed, zopiklon ceased, furosemid changed, the rest unchanged', () => {
    const bundle = handoverFhir('--previous', 'examples/handover/forra-listan.json');
    expect(r4Errors(bundle)).toEqual([]);
    const flags = new Map(listOf(bundle).entry!.map((e) => [e.item.display, e.flag?.coding?.[0]?.display]));
    expect(flags.get('oxikodon')).toBe('Prescribed');
    expect(flags.get('zopiklon')).toBe('Ceased');
    expect(flags.get('furosemid')).toBe('Changed');
    expect(flags.get('metformin')).toBe('Unchanged');
  });
});
