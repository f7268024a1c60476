/** A UTF-8 byte order mark is accepted everywhere, as batch accepts it (issue 10 §7). */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { goodLine } from '../batch/fixtures';
import { tempDir, testIo } from './test-io';

const AS_OF = '2026-11-20';

describe('a file that starts with a UTF-8 byte order mark', () => {
  it('is read by reconcile, handover (also as --previous), batch and report', async () => {
    const dir = tempDir();
    const bom = (name: string, text: string) => {
      writeFileSync(dir.at(name), `\uFEFF${text}`);
      return dir.at(name);
    };
    const cosmic = bom('c.json', readFileSync('examples/data/cosmic-export.json', 'utf8'));
    const pascal = bom('p.json', readFileSync('examples/data/pascal-export.json', 'utf8'));
    const t = testIo();
    expect(await run(['reconcile', '--cosmic', cosmic, '--pascal', pascal, '--as-of', AS_OF], t.io)).toBe(0);
    const h = testIo();
    expect(await run(['handover', '--cosmic', cosmic, '--pascal', pascal, '--as-of', AS_OF, '--format', 'json', '--out', dir.at('h.json')], h.io)).toBe(0);
    const previous = bom('prev.json', readFileSync(dir.at('h.json'), 'utf8'));
    expect(await run(['handover', '--cosmic', cosmic, '--pascal', pascal, '--as-of', AS_OF, '--previous', previous, '--out', dir.at('h.html')], testIo().io)).toBe(0);
    const input = bom('in.ndjson', `${goodLine(1)}\n`);
    expect(await run(['batch', input, '--out', dir.at('r.ndjson'), '--summary', dir.at('s.json'), '--as-of', AS_OF, '--workers', '1'], testIo().io)).toBe(0);
    bom('r2.ndjson', readFileSync(dir.at('r.ndjson'), 'utf8'));
    const summary = bom('s2.json', readFileSync(dir.at('s.json'), 'utf8'));
    const r = testIo();
    expect(await run(['report', dir.at('r2.ndjson'), '--summary', summary, '--out', dir.at('rep.html')], r.io)).toBe(0);
  });
});
