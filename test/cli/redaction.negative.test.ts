/**
 * No personnummer in any message of the command line, however it arrives (issue 10 §4): a file name,
 * `--as-of`, `--format`. The real process's standard error passes the redaction on its way out; the
 * child process here takes a few seconds to start through tsx on a busy machine (generous timeout).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { goodLine } from '../batch/fixtures';
import { tempDir, testIo } from './test-io';

const PNR = /(?<!\d)(?:\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/u;

describe('command-line messages', () => {
  it(
    'never echo a personnummer given as a file name, --as-of or --format',
    () => {
      const cases = [
        ['reconcile', '--cosmic', '/no/such/19121212-1212.json', '--pascal', 'x.json'],
        ['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '191212121212'],
        ['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--format', '121212-1212'],
        ['handover', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--previous', '/no/19121212-1212.json'],
        ['report', '/no/such/191212121212.ndjson', '--out', '/tmp/x.html'],
      ];
      // One child process for all cases keeps the test to one start-up of tsx.
      const script = `import { processIo } from './src/cli/io.ts'; import { run } from './src/cli/run.ts';
        for (const args of ${JSON.stringify(cases)}) await run(args, processIo);`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toContain('[personnummer]');
      expect(r.stderr).not.toMatch(PNR);
    },
    120_000,
  );

  it('batch refuses the year 0000 as --as-of, and redacts what was written', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), `${goodLine(1)}\n`);
    for (const asOf of ['0000-01-01', '19121212-1212']) {
      const { io, err } = testIo();
      expect(await run(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--as-of', asOf], io)).toBe(2);
      expect(err()).toContain('--as-of');
      expect(err()).not.toMatch(PNR);
    }
  });
});
