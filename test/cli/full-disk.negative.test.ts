/**
 * `handover --out` and `report` on a full disk exit 3 with a message and no stack trace, as batch and
 * standard output do (issue 10 §3): a full device (/dev/full) and, as root, a small tmpfs that fills.
 * A file that cannot be made where it is named (no such folder) stays an unusable argument: exit 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { batchResults } from '../followup/results';
import { tempDir, testIo } from './test-io';

const AS_OF = '2026-11-20';
const HANDOVER = ['handover', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', AS_OF];
const hasDevFull = existsSync('/dev/full');
const isRoot = process.getuid?.() === 0;
/** A child process of the CLI starts through tsx: slow on a busy 2-core machine, hence the generous timeout. */
const CHILD_TIMEOUT = 120_000;

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /mu);

/** A small tmpfs, already full: every write into it fails with ENOSPC. */
const withFullTmpfs = async <A>(body: (dir: string) => Promise<A>): Promise<A> => {
  const dir = tempDir().at('tmpfs');
  mkdirSync(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir]);
  if (mounted.status !== 0) throw new Error(`cannot mount a tmpfs: ${mounted.stderr.toString()}`);
  try {
    try {
      writeFileSync(`${dir}/fill`, Buffer.alloc(64 * 1024));
    } catch {
      // Filled: what fitted stays.
    }
    return await body(dir);
  } finally {
    spawnSync('umount', [dir]);
  }
};

const resultFile = (): string => {
  const dir = tempDir();
  writeFileSync(dir.at('results.ndjson'), `${batchResults(5, 0, 3).results.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return dir.at('results.ndjson');
};

describe('handover on a full disk', () => {
  it.skipIf(!hasDevFull)('exits 3 when --out is a full device, saying the disk is full', async () => {
    const { io, err } = testIo();
    expect(await run([...HANDOVER, '--out', '/dev/full'], io)).toBe(3);
    expect(err()).toContain('medrec handover: /dev/full: the disk is full');
  });

  it.skipIf(!isRoot)('exits 3 when --out or an incident report fills the disk, and leaves no partial file behind', async () => {
    await withFullTmpfs(async (full) => {
      const { io, err } = testIo();
      expect(await run([...HANDOVER, '--out', `${full}/lista.html`], io)).toBe(3);
      expect(err()).toContain('the disk is full');
      const out = tempDir();
      mkdirSync(`${full}/avvikelser`);
      expect(await run([...HANDOVER, '--out', out.at('lista.html'), '--incidents', `${full}/avvikelser`], io)).toBe(3);
      expect(readdirSync(full).sort()).toEqual(['avvikelser', 'fill']);
      expect(readdirSync(`${full}/avvikelser`)).toEqual([]);
    });
  });

  it('still exits 2 when --out names a folder that does not exist: the argument is unusable', async () => {
    const { io, err } = testIo();
    expect(await run([...HANDOVER, '--out', tempDir().at('saknas/lista.html')], io)).toBe(2);
    expect(err()).toContain('no such directory');
  });

  it.skipIf(!hasDevFull)(
    'says so without a stack trace from the executable',
    () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...HANDOVER, '--out', '/dev/full'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: CHILD_TIMEOUT });
      expect(r.status).toBe(3);
      expect(r.stderr.toString()).toContain('the disk is full');
      noStackTrace(r.stderr.toString());
    },
    CHILD_TIMEOUT,
  );
});

describe('report on a full disk', () => {
  it.skipIf(!hasDevFull)('exits 3 when --out or --json is a full device', async () => {
    const results = resultFile();
    for (const flag of ['--out', '--json']) {
      const { io, err } = testIo();
      expect(await run(['report', results, flag, '/dev/full'], io)).toBe(3);
      expect(err()).toContain('medrec report: /dev/full: the disk is full');
    }
  });

  it.skipIf(!isRoot)('exits 3 when the CSV tables fill the disk, and leaves no partial file behind', async () => {
    const results = resultFile();
    await withFullTmpfs(async (full) => {
      mkdirSync(`${full}/tabeller`);
      const { io, err } = testIo();
      expect(await run(['report', results, '--csv', `${full}/tabeller`], io)).toBe(3);
      expect(err()).toContain('the disk is full');
      expect(readdirSync(`${full}/tabeller`)).toEqual([]);
    });
  });

  it('still exits 2 when --out names a folder that does not exist', async () => {
    const { io, err } = testIo();
    expect(await run(['report', resultFile(), '--out', tempDir().at('saknas/rapport.html')], io)).toBe(2);
    expect(err()).toContain('no such directory');
  });

  it.skipIf(!hasDevFull)(
    'says so without a stack trace from the executable',
    () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'report', resultFile(), '--out', '/dev/full'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: CHILD_TIMEOUT });
      expect(r.status).toBe(3);
      expect(r.stderr.toString()).toContain('the disk is full');
      noStackTrace(r.stderr.toString());
    },
    CHILD_TIMEOUT,
  );
});
