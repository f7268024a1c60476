/**
 * A full disk, a signal, a broken pipe are failures, said out loud (issue 10 §3): the real executable,
 * in a child process, on real files, pipes and signals. Each child starts through tsx, which takes a
 * few seconds of CPU on a loaded machine: the timeouts are generous on purpose, and no assertion is
 * about speed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { BAD_LINES, goodLine, ndjson } from '../batch/fixtures';
import { tempDir, testIo } from './test-io';

const AS_OF = '2026-11-20';
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
/** A child process of the CLI may take this long to start and finish on a busy 2-core machine. */
const CHILD_TIMEOUT = 120_000;

const isRoot = process.getuid?.() === 0;
if (!isRoot) console.warn('batch-failures: not root, so the full-disk tests (a small tmpfs) are skipped');

/** A small tmpfs of `kb` kilobytes, mounted for the test and removed after it. */
const withTmpfs = async <A>(kb: number, body: (dir: string) => Promise<A>): Promise<A> => {
  const dir = tempDir().at('tmpfs');
  mkdirSync(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]);
  if (mounted.status !== 0) throw new Error(`cannot mount a tmpfs: ${mounted.stderr.toString()}`);
  try {
    return await body(dir);
  } finally {
    spawnSync('umount', [dir]);
  }
};

/** Runs the CLI in a child process to its end: exit code, standard out and error. */
const cli = (args: ReadonlyArray<string>, options: { readonly stdout?: number } = {}) => {
  const r = spawnSync(process.execPath, [...CLI, ...args], { stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'], timeout: CHILD_TIMEOUT });
  return { code: r.status, stderr: r.stderr.toString() };
};

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.on('close', (code) => resolve(code)));

const until = async (test: () => boolean, what: string): Promise<void> => {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > CHILD_TIMEOUT) throw new Error(`waited too long for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /mu);

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('batch on a full disk', () => {
  it.skipIf(!isRoot)(
    'exits 3 with a message when --out fills the disk, and leaves the cut output only under its partial name',
    async () => {
      const dir = tempDir();
      writeFileSync(dir.at('in.ndjson'), `${Array.from({ length: 40 }, (_, k) => goodLine(k + 1)).join('\n')}\n`);
      await withTmpfs(64, async (full) => {
        const r = cli(['batch', dir.at('in.ndjson'), '--out', `${full}/out.ndjson`, '--summary', dir.at('s.json'), '--as-of', AS_OF, '--workers', '1']);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain('the disk is full');
        expect(r.stderr).toContain(`${full}/out.ndjson.partial`);
        noStackTrace(r.stderr);
        expect(existsSync(`${full}/out.ndjson`)).toBe(false);
        expect(readJson(dir.at('s.json'))).toMatchObject({ completed: false });
      });
    },
    CHILD_TIMEOUT,
  );

  it.skipIf(!isRoot)(
    'exits 3 when the summary cannot be written, even though every line was reconciled',
    async () => {
      const dir = tempDir();
      // A hundred invalid lines make the final summary (with its first 100 errors) far larger than the one written at start.
      const bad = Array.from({ length: 100 }, () => BAD_LINES['missing-document']!);
      writeFileSync(dir.at('in.ndjson'), `${bad.join('\n')}\n`);
      await withTmpfs(16, async (full) => {
        writeFileSync(`${full}/fill`, Buffer.alloc(8 * 1024));
        const r = cli(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--errors', dir.at('errors.ndjson'), '--summary', `${full}/s.json`, '--as-of', AS_OF, '--workers', '1']);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain('sammanställningen kunde inte skrivas');
        expect(r.stderr).toContain('the disk is full');
        noStackTrace(r.stderr);
      });
    },
    CHILD_TIMEOUT,
  );
});

describe('batch interrupted', () => {
  it(
    'on SIGTERM writes a summary that says completed: false with the counts of what was written, and exits 3',
    async () => {
      const dir = tempDir();
      const child = spawn(process.execPath, [...CLI, 'batch', '-', '--out', dir.at('out.ndjson'), '--summary', dir.at('s.json'), '--as-of', AS_OF, '--workers', '1'], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = exited(child);
      // One chunk of 32 patients and 8 more, then an input that stays open: the run is mid-batch,
      // waiting for the rest of the second chunk, when the signal comes.
      child.stdin!.write(`${Array.from({ length: 40 }, (_, k) => goodLine(k + 1)).join('\n')}\n`);
      const written = () => (existsSync(dir.at('out.ndjson.partial')) ? readFileSync(dir.at('out.ndjson.partial'), 'utf8').split('\n').length - 1 : 0);
      await until(() => written() >= 32, 'the first chunk of results');
      child.kill('SIGTERM');
      expect(await code).toBe(3);
      child.stdin!.destroy();
      const summary = readJson(dir.at('s.json'));
      expect(summary).toMatchObject({ completed: false, interruptedBy: 'SIGTERM', linesRead: 32, resultsWritten: 32, addsUp: true });
      expect(ndjson(readFileSync(dir.at('out.ndjson.partial'), 'utf8'))).toHaveLength(32);
      expect(existsSync(dir.at('out.ndjson'))).toBe(false);
      expect(stderr).toContain('interrupted');
      noStackTrace(stderr);
    },
    CHILD_TIMEOUT,
  );

  it(
    'replaces a stale summary at start, so a run killed outright (kill -9) never leaves completed: true behind',
    async () => {
      const dir = tempDir();
      writeFileSync(dir.at('s.json'), JSON.stringify({ version: 1, completed: true, linesRead: 999 }));
      writeFileSync(dir.at('out.ndjson'), `${JSON.stringify({ line: 1, stale: true })}\n`);
      const child = spawn(process.execPath, [...CLI, 'batch', '-', '--out', dir.at('out.ndjson'), '--summary', dir.at('s.json'), '--as-of', AS_OF, '--workers', '1'], {
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      const code = exited(child);
      await until(() => readFileSync(dir.at('s.json'), 'utf8').includes('"completed": false'), 'the summary written at start');
      child.kill('SIGKILL');
      await code;
      child.stdin!.destroy();
      expect(readJson(dir.at('s.json'))).toMatchObject({ completed: false, linesRead: 0 });
      // The earlier run's output is gone too: only a partial output stands, under its partial name.
      expect(existsSync(dir.at('out.ndjson'))).toBe(false);
    },
    CHILD_TIMEOUT,
  );
});

describe('a closed pipe and a full standard output', () => {
  it(
    'batch --out - into a reader that stops after one byte (EPIPE) exits 3 with a message, no stack trace',
    async () => {
      const dir = tempDir();
      writeFileSync(dir.at('in.ndjson'), `${Array.from({ length: 40 }, (_, k) => goodLine(k + 1)).join('\n')}\n`);
      const child = spawn(process.execPath, [...CLI, 'batch', dir.at('in.ndjson'), '--out', '-', '--as-of', AS_OF, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = exited(child);
      // Like `| head -c 1`: read one byte, then close the pipe.
      child.stdout!.once('data', () => child.stdout!.destroy());
      expect(await code).toBe(3);
      expect(stderr).toMatch(/EPIPE|the reader closed the pipe/u);
      noStackTrace(stderr);
    },
    CHILD_TIMEOUT,
  );

  it(
    'reconcile --format json > /dev/full exits 3 with a message, no ENOSPC stack trace',
    () => {
      if (!existsSync('/dev/full')) return;
      const fd = openSync('/dev/full', 'w');
      try {
        const r = cli(['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--format', 'json', '--as-of', AS_OF], { stdout: fd });
        expect(r.code).toBe(3);
        expect(r.stderr).toContain('the disk is full');
        noStackTrace(r.stderr);
      } finally {
        closeSync(fd);
      }
    },
    CHILD_TIMEOUT,
  );
});

describe('outputs that are devices', () => {
  it.skipIf(!isRoot)('are written as they are: a null device as --out and a full device as --summary are never renamed over or removed', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), `${goodLine(1)}\n`);
    // Devices of our own in a temporary folder, never the system's /dev/null.
    for (const [name, minor] of [['null', '3'], ['full', '7']] as const) expect(spawnSync('mknod', ['-m', '666', dir.at(name), 'c', '1', minor]).status).toBe(0);
    const { io } = testIo();
    expect(await run(['batch', dir.at('in.ndjson'), '--out', dir.at('null'), '--summary', dir.at('full'), '--as-of', AS_OF, '--workers', '1'], io)).toBe(3);
    expect(await run(['batch', dir.at('in.ndjson'), '--out', dir.at('null'), '--as-of', AS_OF, '--workers', '1'], io)).toBe(0);
    for (const name of ['null', 'full']) {
      expect(statSync(dir.at(name)).isCharacterDevice()).toBe(true);
      expect(existsSync(dir.at(`${name}.partial`))).toBe(false);
    }
  });
});

describe('batch summary, in process', () => {
  it('exits 3 when the final summary cannot be written, keeping the one written at start', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), `${goodLine(1)}\n`);
    const { io, err } = testIo();
    let writes = 0;
    const failing = { ...io, writeText: (path: string, text: string) => (++writes === 1 ? io.writeText(path, text) : { ok: false as const, error: 'the disk is full' }) };
    expect(await run(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--summary', dir.at('s.json'), '--as-of', AS_OF, '--workers', '1'], failing)).toBe(3);
    expect(err()).toContain('sammanställningen kunde inte skrivas');
    expect(readJson(dir.at('s.json'))).toMatchObject({ completed: false });
  });

  it('gives a completed run its outputs under their own names, with no partial file left', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), `${goodLine(1)}\n${BAD_LINES['not-json']}\n`);
    const { io } = testIo();
    expect(await run(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--errors', dir.at('e.ndjson'), '--summary', dir.at('s.json'), '--as-of', AS_OF, '--workers', '1'], io)).toBe(1);
    expect(existsSync(dir.at('out.ndjson.partial')) || existsSync(dir.at('e.ndjson.partial')) || existsSync(dir.at('s.json.partial'))).toBe(false);
    expect(ndjson(readFileSync(dir.at('out.ndjson'), 'utf8'))).toHaveLength(1);
    expect(readJson(dir.at('s.json'))).toMatchObject({ completed: true, addsUp: true });
  });
});
