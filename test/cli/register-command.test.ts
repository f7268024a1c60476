import * as E from 'fp-ts/lib/Either.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { observationOf, type RegisterStatus } from '../../src/register';
import { expectedRegister } from '../register/nights';
import type { NightDiscrepancy } from '../../src/synthetic';
import { tempDir, testIo } from './test-io';

const PNR = '19121212-1212';

/** Generates nights 1..3 of `patients` patients and batches each on its date, as the README says, with the CLI. */
const threeNights = async (dir: { at: (n: string) => string }, patients: number) => {
  const nights = [];
  for (const night of [1, 2, 3]) {
    const { io, err } = testIo();
    expect(await run(['generate', '--patients', String(patients), '--seed', '9', '--night', String(night), '--out', dir.at(`natt-${night}.ndjson`), '--truth', dir.at(`facit-${night}.ndjson`)], io)).toBe(0);
    const date = /--as-of (\d{4}-\d\d-\d\d)/u.exec(err())![1]!;
    expect(await run(['batch', dir.at(`natt-${night}.ndjson`), '--out', dir.at(`resultat-${night}.ndjson`), '--as-of', date, '--workers', '1'], testIo().io)).toBe(0);
    const truth = readFileSync(dir.at(`facit-${night}.ndjson`), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as NightDiscrepancy);
    nights.push({ night, date, results: [], truth });
  }
  return nights;
};

describe('medrec register', () => {
  // Generates, batches (in this process) and ingests 3 × 40 patients: seconds on a loaded machine; a generous bound.
  it('from three generated nights: status --format json shows opened, resolved, reopened and days to resolution as the truth says; report --db and feedback write their pages', async () => {
    const dir = tempDir();
    const nights = await threeNights(dir, 40);
    const db = dir.at('register.sqlite');
    for (const night of [1, 2, 3]) {
      const { io, err } = testIo();
      expect(await run(['register', 'ingest', dir.at(`resultat-${night}.ndjson`), '--db', db], io)).toBe(0);
      expect(err()).toMatch(/^medrec register: 40 rader, 40 patienter förda in i .*register\.sqlite; \d+ avvikelser öppnade, \d+ åtgärdade, \d+ återöppnade, 0 beslut/u);
    }
    const { io, out } = testIo();
    expect(await run(['register', 'status', '--db', db, '--format', 'json'], io)).toBe(0);
    const status = JSON.parse(out()) as RegisterStatus;
    const expected = [...expectedRegister(nights).values()];
    const days = expected.filter((e) => e.resolvedOn !== null).map((e) => (Date.parse(e.resolvedOn!) - Date.parse(e.openedOn)) / 86_400_000).sort((a, b) => a - b);
    expect(status.asOf).toBe('2026-11-22');
    expect(status.totals).toMatchObject({
      deviations: expected.length,
      resolved: days.length,
      open: expected.length - days.length,
      reopened: expected.filter((e) => e.reopened > 0).length,
      medianDaysToResolution: days[Math.ceil(days.length / 2) - 1],
      p90DaysToResolution: days[Math.ceil(days.length * 0.9) - 1],
    });
    expect(status.totals.resolved).toBeGreaterThan(0);

    expect(await run(['report', dir.at('resultat-3.ndjson'), '--db', db, '--out', dir.at('rapport.html'), '--json', dir.at('rapport.json')], testIo().io)).toBe(0);
    const page = readFileSync(dir.at('rapport.html'), 'utf8');
    expect(page).toContain('<h2>Över tid</h2>');
    expect(page).toContain('data-chart="open-by-age"');
    expect(JSON.parse(readFileSync(dir.at('rapport.json'), 'utf8')).overTime.totals.deviations).toBe(expected.length);

    const municipality = status.byMunicipality[0]!.key!;
    const fb = testIo();
    expect(await run(['register', 'feedback', '--db', db, '--municipality', municipality, '--out', dir.at('kommun')], fb.io)).toBe(0);
    expect(fb.err()).toContain(`återkoppling till ${municipality}`);
  }, 300_000);

  it('applies decisions made on the same values, never on others, and never prints a personnummer unless asked', async () => {
    const dir = tempDir();
    await threeNights(dir, 6);
    // The first patient's results with a personnummer for an id, as real data would have.
    const lines = readFileSync(dir.at('resultat-1.ndjson'), 'utf8').split('\n').filter((l) => l !== '');
    const withDeviation = lines.map((l) => JSON.parse(l) as { patient: { id: string }; deviations: unknown[] }).find((l) => l.deviations.length > 0)!;
    withDeviation.patient.id = PNR;
    writeFileSync(dir.at('pnr.ndjson'), `${JSON.stringify(withDeviation)}\n`);
    const obs = observationOf(withDeviation);
    if (E.isLeft(obs)) throw new Error(obs.left.message);
    const [decided, other] = obs.right.deviations;
    mkdirSync(dir.at('beslut'));
    const doc = (fingerprint: string, runId: string) => ({
      format: 'medrec-decisions',
      version: 1,
      patient: { id: PNR },
      asOf: '2026-11-20',
      decidedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' },
      decidedAt: '2026-11-20T15:30:00+01:00',
      decisions: [{ deviation: runId, fingerprint, choice: 'cosmic', comment: null }],
    });
    writeFileSync(dir.at('beslut/1.json'), JSON.stringify(doc(decided!.fingerprint(), decided!.runId)));
    if (other !== undefined) writeFileSync(dir.at('beslut/2.json'), JSON.stringify(doc('v1:0000000000000000', other.runId)));
    const db = dir.at('register.sqlite');
    const ingested = testIo();
    expect(await run(['register', 'ingest', dir.at('pnr.ndjson'), '--db', db, '--decisions', dir.at('beslut')], ingested.io)).toBe(0);
    expect(ingested.err()).toMatch(/, 1 beslut/u);
    const status = testIo();
    expect(await run(['register', 'status', '--db', db], status.io)).toBe(0);
    const municipality = (withDeviation as unknown as { patient: { municipality: string } }).patient.municipality;
    expect(await run(['register', 'feedback', '--db', db, '--municipality', municipality, '--out', dir.at('ut')], testIo().io)).toBe(0);
    const base = readFileSync(dir.at(`ut/${(await import('node:fs')).readdirSync(dir.at('ut')).find((n) => n.endsWith('.csv'))!}`), 'utf8');
    expect(base).toContain('e-receptlistan (Pascal) ska rättas');
    for (const text of [ingested.err(), status.out(), status.err(), base]) expect(text).not.toContain(PNR);
    expect(await run(['register', 'feedback', '--db', db, '--municipality', municipality, '--out', dir.at('med'), '--show-personnummer'], testIo().io)).toBe(0);
    const shown = (await import('node:fs')).readdirSync(dir.at('med')).find((n) => n.endsWith('.csv'))!;
    expect(readFileSync(dir.at(`med/${shown}`), 'utf8')).toContain(PNR);
  }, 300_000);

  it('answers --help, refuses unusable arguments (2) and reports unreadable lines (1)', async () => {
    const dir = tempDir();
    const help = testIo();
    expect(await run(['register', '--help'], help.io)).toBe(0);
    expect(help.out()).toContain('medrec register ingest');
    expect(await run(['register', 'ingest', 'x.ndjson'], testIo().io)).toBe(2);
    expect(await run(['register', 'status'], testIo().io)).toBe(2);
    expect(await run(['register', 'status', '--db', dir.at('r.sqlite'), '--format', 'xml'], testIo().io)).toBe(2);
    expect(await run(['register', 'feedback', '--db', dir.at('r.sqlite'), '--out', dir.at('ut')], testIo().io)).toBe(2);
    expect(await run(['register', 'whatever'], testIo().io)).toBe(2);
    const missing = testIo();
    expect(await run(['register', 'status', '--db', dir.at('saknas.sqlite')], missing.io)).toBe(2);
    expect(missing.err()).toContain('finns inte');
    writeFileSync(dir.at('bad.ndjson'), '{"asOf":"2026-11-20"}\nnot json\n');
    const bad = testIo();
    expect(await run(['register', 'ingest', dir.at('bad.ndjson'), '--db', dir.at('r.sqlite')], bad.io)).toBe(1);
    expect(bad.err()).toContain('rad 1: patient: expected an object, got missing');
    expect(bad.err()).toContain('rad 2: (line)');
  }, 60_000);
});
