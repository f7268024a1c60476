import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/register';
import { BACKENDS, dump, open } from './backends';
import { reconciledNights, source } from './nights';

const CHILD = join(__dirname, 'fixtures', 'ingest-child.ts');
const ROOT = join(__dirname, '..', '..');

const NIGHTS = () => reconciledNights(23, 24, 2);

const child = (db: string, file: string, mode: 'hang' | 'hold'): { readonly proc: ChildProcess; readonly said: (what: string) => Promise<string> } => {
  // One process (tsx as a loader, not its CLI, which would start a second): a kill reaches the ingest itself.
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, db, file, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiting: Array<() => void> = [];
  proc.stdout!.on('data', (b: Buffer) => {
    out += b.toString();
    for (const w of waiting.splice(0)) w();
  });
  proc.stderr!.on('data', (b: Buffer) => {
    err += b.toString();
  });
  const said = (what: string) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (out.includes(what)) resolve(out);
        else waiting.push(check);
      };
      proc.once('exit', (code) => (out.includes(what) ? resolve(out) : reject(new Error(`child exited (${String(code)}) before "${what}": ${out} ${err}`))));
      check();
    });
  return { proc, said };
};

const write = (lines: ReadonlyArray<string>): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'medrec-results-')), 'results.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe.each(BACKENDS)('register ingests in processes on $name', (backend) => {
  // Child processes start TypeScript through tsx: seconds each on a loaded machine; generous bounds, not timings.
  it('an ingest killed midway leaves the register exactly as it was', async () => {
    const db = await backend.fresh();
    const store = await open(db);
    const first = await ingest(store, [source('natt-1.ndjson', NIGHTS()[0]!.results)]);
    await store.close();
    expect(E.isRight(first)).toBe(true);
    const before = await dump(db);
    const c = child(db, write(NIGHTS()[1]!.results), 'hang');
    await c.said('midway');
    c.proc.kill('SIGKILL');
    await new Promise((r) => c.proc.once('exit', r));
    expect(await dump(db)).toBe(before);
  }, 180_000);

  it('two ingests at once are serialised: the second waits, and the register is as if one ran after the other', async () => {
    const [a, b] = [NIGHTS()[0]!.results.slice(0, 12), NIGHTS()[0]!.results.slice(12)];
    const sequential = await backend.fresh();
    const store = await open(sequential);
    await ingest(store, [source('a.ndjson', a)]);
    await ingest(store, [source('b.ndjson', b)]);
    await store.close();

    const db = await backend.fresh();
    await (await open(db)).close(); // migrations applied before the race, as by any earlier use
    const first = child(db, write(a), 'hold');
    await first.said('midway');
    const second = child(db, write(b), 'hold');
    const order: string[] = [];
    await Promise.all([first.said('done').then(() => order.push('first')), second.said('done').then(() => order.push('second'))]);
    expect(order).toEqual(['first', 'second']);
    expect(await dump(db)).toBe(await dump(sequential));
  }, 180_000);
});
