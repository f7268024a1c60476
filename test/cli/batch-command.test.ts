import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { BAD_LINES, goodLine, ndjson } from '../batch/fixtures';
import { tempDir, testIo } from './test-io';

const AS_OF = '2026-11-20';

describe('medrec batch', () => {
  it('exits 0 when every line was reconciled, with one result per line in order and a summary that adds up', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), `${[1, 2, 3].map(goodLine).join('\n')}\n`);
    const { io, err } = testIo();
    const code = await run(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--summary', dir.at('summary.json'), '--as-of', AS_OF, '--workers', '1'], io);
    expect(code).toBe(0);
    expect(ndjson(readFileSync(dir.at('out.ndjson'), 'utf8')).map((r) => r['line'])).toEqual([1, 2, 3]);
    const summary = JSON.parse(readFileSync(dir.at('summary.json'), 'utf8')) as Record<string, unknown>;
    expect(summary).toMatchObject({ completed: true, addsUp: true, asOf: AS_OF, linesRead: 3, resultsWritten: 3, invalidLines: 0 });
    expect(err()).toContain('3 rader lästa, 3 resultat skrivna, 0 ogiltiga rader');
  });

  it('exits 1 when some lines were invalid, and writes them to the errors file with the personnummer masked', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), `${[goodLine(1), BAD_LINES['missing-document'], goodLine(2)].join('\n')}\n`);
    const { io } = testIo();
    const code = await run(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--errors', dir.at('errors.ndjson'), '--as-of', AS_OF, '--workers', '2'], io);
    expect(code).toBe(1);
    const errors = readFileSync(dir.at('errors.ndjson'), 'utf8');
    expect(ndjson(errors)).toEqual([expect.objectContaining({ line: 2, patient: '19121212-****', reason: 'missing-document' })]);
    expect(errors).not.toContain('19121212-1212');
    expect(ndjson(readFileSync(dir.at('out.ndjson'), 'utf8'))).toHaveLength(2);
  }, 30_000);

  it('without --errors, reports invalid lines on standard error', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), `${BAD_LINES['not-json']}\n`);
    const { io, err } = testIo();
    expect(await run(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--as-of', AS_OF, '--workers', '1'], io)).toBe(1);
    expect(err()).toContain('rad 1: not-json');
  });

  it('exits 2 on unusable arguments, naming what is wrong', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), '');
    const cases: ReadonlyArray<[ReadonlyArray<string>, string]> = [
      [[dir.at('in.ndjson')], '--out'],
      [['--out', dir.at('out.ndjson')], 'indatafilen saknas'],
      [[dir.at('in.ndjson'), '--out', dir.at('o.ndjson'), '--as-of', '2026-02-30'], '--as-of'],
      [[dir.at('in.ndjson'), '--out', dir.at('o.ndjson'), '--workers', '0'], '--workers'],
      [[dir.at('in.ndjson'), '--out', dir.at('in.ndjson')], 'samma fil'],
      [[dir.at('missing.ndjson'), '--out', dir.at('o.ndjson')], 'no such file'],
      [[dir.at('in.ndjson'), '--out', dir.at('no/such/dir/o.ndjson')], 'no such directory'],
      [[dir.at('in.ndjson'), '--out', dir.at('o.ndjson'), '--colour'], 'colour'],
    ];
    for (const [args, says] of cases) {
      const { io, err } = testIo();
      expect(await run(['batch', ...args], io)).toBe(2);
      expect(err()).toContain(says);
    }
  });

  it('exits 0 on an empty input, with a summary of nothing', async () => {
    const dir = tempDir();
    writeFileSync(dir.at('in.ndjson'), '');
    const { io } = testIo();
    expect(await run(['batch', dir.at('in.ndjson'), '--out', dir.at('out.ndjson'), '--as-of', AS_OF], io)).toBe(0);
    expect(readFileSync(dir.at('out.ndjson'), 'utf8')).toBe('');
  });
});

describe('medrec generate', () => {
  it('writes N patients and their ground truth, the same for the same seed', async () => {
    const dir = tempDir();
    for (const name of ['a', 'b']) {
      const { io } = testIo();
      expect(await run(['generate', '--patients', '25', '--seed', '7', '--out', dir.at(`${name}.ndjson`), '--truth', dir.at(`${name}.truth.ndjson`)], io)).toBe(0);
    }
    const a = readFileSync(dir.at('a.ndjson'), 'utf8');
    expect(a).toBe(readFileSync(dir.at('b.ndjson'), 'utf8'));
    expect(ndjson(a)).toHaveLength(25);
    expect(ndjson(readFileSync(dir.at('a.truth.ndjson'), 'utf8')).every((t) => String(t['patient']).startsWith('SYN-'))).toBe(true);
  });

  it('exits 2 on unusable arguments', async () => {
    for (const args of [['--seed', '1', '--out', '-'], ['--patients', 'many', '--seed', '1', '--out', '-'], ['--patients', '3', '--out', '-'], ['--patients', '3', '--seed', '1']]) {
      const { io } = testIo();
      expect(await run(['generate', ...args], io)).toBe(2);
    }
  });
});

describe('the built command line (npx medrec), on real worker threads', () => {
  it.skipIf(!existsSync('dist/cli.js'))('reads generated patients from standard input and finds every injected discrepancy', () => {
    const dir = tempDir();
    const generated = spawnSync(process.execPath, ['dist/cli.js', 'generate', '--patients', '120', '--seed', '3', '--out', dir.at('in.ndjson'), '--truth', dir.at('truth.ndjson')]);
    expect(generated.status).toBe(0);
    const batch = spawnSync(process.execPath, ['dist/cli.js', 'batch', '-', '--out', dir.at('out.ndjson'), '--as-of', AS_OF, '--workers', '2', '--summary', dir.at('s.json')], {
      input: readFileSync(dir.at('in.ndjson')),
    });
    expect(batch.stderr.toString()).toContain('120 rader lästa');
    expect(batch.status).toBe(0);
    const results = ndjson(readFileSync(dir.at('out.ndjson'), 'utf8'));
    expect(results.map((r) => r['line'])).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    const found = results.flatMap((r) => (r['discrepancies'] as Array<{ kind: string }>).map((d) => d.kind)).length;
    expect(found).toBe(ndjson(readFileSync(dir.at('truth.ndjson'), 'utf8')).length);
  }, 60_000);
});
