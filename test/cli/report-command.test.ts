import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { batchResults } from '../followup/results';
import { tempDir, testIo } from './test-io';

const AS_OF = '2026-11-20';

/** A batch's result file and summary, written as medrec batch writes them. */
const writeBatch = (dir: { at: (n: string) => string }, name: string, seed: number, count: number, asOf = AS_OF) => {
  const { results, summary } = batchResults(seed, 0, count, asOf);
  writeFileSync(dir.at(`${name}.ndjson`), results.map((r) => `${JSON.stringify(r)}\n`).join(''));
  writeFileSync(dir.at(`${name}.summary.json`), `${JSON.stringify({ version: 1, completed: true, asOf, ...summary }, null, 2)}\n`);
  return results;
};

describe('medrec report', () => {
  it('writes the HTML report, the CSV tables and the JSON report from a batch result file, and exits 0', async () => {
    const dir = tempDir();
    writeBatch(dir, 'r', 4, 30);
    const { io, err } = testIo();
    const code = await run(['report', dir.at('r.ndjson'), '--out', dir.at('rapport.html'), '--csv', dir.at('csv'), '--json', dir.at('rapport.json'), '--summary', dir.at('r.summary.json')], io);
    expect(code).toBe(0);
    expect(readFileSync(dir.at('rapport.html'), 'utf8')).toContain('<h1>Uppföljning av läkemedelsavstämningar</h1>');
    const json = JSON.parse(readFileSync(dir.at('rapport.json'), 'utf8'));
    expect(json).toMatchObject({ format: 'medrec-followup', version: 1, period: { first: '2026-11', last: '2026-11' }, totals: { patients: 30 } });
    expect(json.summaryChecks[0].laws.every((l: { holds: boolean }) => l.holds)).toBe(true);
    expect(readFileSync(dir.at('csv/indicators.csv'), 'utf8')).toMatch(/^indicator,description,numerator,denominator,share,/u);
    // The CSV folder did not exist: medrec creates it (never its parents) and says so.
    expect(err()).toMatch(new RegExp(`^medrec report: skapade mappen ${dir.at('csv')}\n`, 'u'));
    expect(err()).toMatch(/\nmedrec report: 30 patienter, \d+ skillnader, \d+ avvikelser \(\d+ allvarliga\), \d+ fynd; /u);
  });

  it('adds up several files, each month its own', async () => {
    const dir = tempDir();
    writeBatch(dir, 'okt', 4, 10, '2026-10-20');
    writeBatch(dir, 'nov', 5, 12);
    const { io } = testIo();
    expect(await run(['report', dir.at('okt.ndjson'), dir.at('nov.ndjson'), '--json', dir.at('r.json')], io)).toBe(0);
    const json = JSON.parse(readFileSync(dir.at('r.json'), 'utf8'));
    expect(json.totals.patients).toBe(22);
    expect(json.months.map((m: { key: string; patients: number }) => [m.key, m.patients])).toEqual([['2026-10', 10], ['2026-11', 12]]);
  });

  it('exits 1 when a summary does not add up with the results, and says which law breaks', async () => {
    const dir = tempDir();
    writeBatch(dir, 'a', 4, 10);
    writeBatch(dir, 'b', 6, 11);
    const { io, err } = testIo();
    expect(await run(['report', dir.at('a.ndjson'), '--out', dir.at('r.html'), '--summary', dir.at('b.summary.json')], io)).toBe(1);
    expect(err()).toContain('går inte jämnt ut mot sammanställningen');
    expect(readFileSync(dir.at('r.html'), 'utf8')).toContain('Siffrorna stämmer inte mot körningens sammanställning');
  });

  it('exits 1 and still writes the report when lines cannot be read, naming them; blank lines are skipped', async () => {
    const dir = tempDir();
    const results = writeBatch(dir, 'r', 4, 3);
    writeFileSync(dir.at('r.ndjson'), [JSON.stringify(results[0]), '{"asOf": 1', '', JSON.stringify(results[1])].join('\n'));
    const { io, err } = testIo();
    expect(await run(['report', dir.at('r.ndjson'), '--json', dir.at('r.json')], io)).toBe(1);
    const json = JSON.parse(readFileSync(dir.at('r.json'), 'utf8'));
    expect(json.totals.patients).toBe(2);
    expect(json.unreadable).toEqual({ lines: 1, first: [{ line: 2, path: '(line)', message: 'expected a JSON result of medrec batch, got text that is not JSON' }] });
    expect(err()).toContain('rad 2: (line): expected a JSON result of medrec batch');
  });
});

describe('medrec report, unusable arguments', () => {
  const cases: ReadonlyArray<readonly [string, ReadonlyArray<string>, string]> = [
    ['no input', ['--out', 'r.html'], 'resultatfilen saknas'],
    ['no output', ['r.ndjson'], '--out FIL (eller --csv MAPP, --json FIL) saknas'],
    ['an unknown option', ['r.ndjson', '--out', 'r.html', '--colour'], 'okänd flagga --colour'],
    ['a flag given twice', ['r.ndjson', '--out', 'r.html', '--out', 's.html'], '--out angiven två gånger'],
    ['the same file as --out and --json', ['r.ndjson', '--out', 'r.out', '--json', 'r.out'], '--out och --json är samma fil: r.out'],
    ['standard input twice', ['-', '-', '--out', 'r.html'], 'standard in (-) kan bara läsas en gång'],
  ];
  for (const [what, args, message] of cases) {
    it(`exits 2 on ${what}`, async () => {
      const { io, err } = testIo();
      expect(await run(['report', ...args], io)).toBe(2);
      expect(err()).toContain(message);
    });
  }

  it('exits 2 when a file does not exist, or the output would overwrite the input', async () => {
    const dir = tempDir();
    const missing = testIo();
    expect(await run(['report', dir.at('nope.ndjson'), '--out', dir.at('r.html')], missing.io)).toBe(2);
    expect(missing.err()).toContain('nope.ndjson: no such file');
    writeBatch(dir, 'r', 4, 2);
    const same = testIo();
    expect(await run(['report', dir.at('r.ndjson'), '--json', dir.at('r.ndjson')], same.io)).toBe(2);
    expect(same.err()).toContain('är både indata och utdata');
  });

  it('exits 2 when a summary is not a batch summary', async () => {
    const dir = tempDir();
    writeBatch(dir, 'r', 4, 2);
    writeFileSync(dir.at('x.json'), '{"hello": 1}');
    const { io, err } = testIo();
    expect(await run(['report', dir.at('r.ndjson'), '--out', dir.at('r.html'), '--summary', dir.at('x.json')], io)).toBe(2);
    expect(err()).toContain('x.json: resultsWritten: expected a batch summary');
  });
});
