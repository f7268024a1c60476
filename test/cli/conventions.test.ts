import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { COMMANDS } from '../../src/cli/run';
import { memoryIo } from './memory-io';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json'];

describe('the conventional CLI', () => {
  it('medrec --help lists every command on stdout, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const m = memoryIo();
      expect(run(args, m.io)).toBe(0);
      for (const c of COMMANDS) expect(m.stdout()).toContain(`  ${c.name.padEnd(12)}${c.summary}`);
      expect(m.stderr()).toBe('');
    }
  });

  it('medrec with no arguments: the usage on stderr, exit 2', () => {
    const m = memoryIo();
    expect(run([], m.io)).toBe(2);
    expect(m.stdout()).toBe('');
    expect(m.stderr()).toContain('Användning: medrec KOMMANDO');
  });

  it('medrec --version prints the package version, exit 0', () => {
    for (const flag of ['--version', '-V']) {
      const m = memoryIo();
      expect(run([flag], m.io)).toBe(0);
      expect(m.stdout()).toBe(`${VERSION}\n`);
    }
  });

  it('an unknown command: one line on stderr, exit 2', () => {
    const m = memoryIo();
    expect(run(['reconsile'], m.io)).toBe(2);
    expect(m.stderr()).toBe('medrec: okänt kommando "reconsile"; medrec --help visar kommandona\n');
  });

  for (const command of COMMANDS) {
    describe(`medrec ${command.name}`, () => {
      it('answers --help (and -h, and help NAME) with its usage on stdout, exit 0, whatever else is given', async () => {
        for (const args of [[command.name, '--help'], [command.name, '-h'], ['help', command.name], [command.name, '--out', 'x', '--help']]) {
          const m = memoryIo();
          expect(await run(args, m.io)).toBe(0);
          expect(m.stdout()).toBe(command.usage);
          expect(m.stdout()).toMatch(new RegExp(`^Användning: medrec ${command.name}`, 'u'));
          expect(m.stderr()).toBe('');
        }
      });

    });
  }
});

describe('the shared checks', () => {
  it('without --as-of, reconciles on today and says so on stderr', () => {
    const m = memoryIo();
    expect(run(['reconcile', ...EXAMPLE, '--format', 'json'], m.io)).toBe(0);
    expect(m.stderr()).toMatch(/^medrec reconcile: --as-of saknas: stämmer av per i dag, \d{4}-\d{2}-\d{2}\n$/u);
    expect(JSON.parse(m.stdout()).asOf).toBe(m.stderr().slice(-11, -1));
  });

  it('says nothing on stderr when --as-of is given', () => {
    const m = memoryIo();
    expect(run(['reconcile', ...EXAMPLE, '--as-of', '2026-11-20'], m.io)).toBe(0);
    expect(m.stderr()).toBe('');
  });

  it('handover reads either side as FHIR, like reconcile', () => {
    const m = memoryIo();
    const args = ['handover', '--cosmic-fhir', 'examples/fhir/cosmic-bundle.json', '--pascal-fhir', 'examples/fhir/pascal-bundle.json', '--as-of', '2026-11-20', '--format', 'json'];
    expect(run(args, m.io)).toBe(0);
    expect(JSON.parse(m.stdout())).toMatchObject({ format: 'medrec-handover', version: 1 });
  });
});
