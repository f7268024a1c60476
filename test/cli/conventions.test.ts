import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { COMMANDS } from '../../src/cli/run';
import { memoryIo } from './memory-io';
import { tempDir, testIo } from './test-io';

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

      if (command.name !== 'dosage') {
        it('rejects an unknown flag with the usage on stderr, exit 2', async () => {
          const m = memoryIo();
          expect(await run([command.name, '--colour'], m.io)).toBe(2);
          expect(m.stderr()).toBe(`medrec ${command.name}: okänd flagga --colour\n\n${command.usage}`);
        });
      }

      const repeatable = Object.entries(command.options).find(([, o]) => o.type === 'string' && o.multiple !== true)?.[0];
      if (repeatable !== undefined) {
        it(`rejects a flag given twice (--${repeatable})`, async () => {
          const m = memoryIo();
          expect(await run([command.name, `--${repeatable}`, 'a', `--${repeatable}=b`], m.io)).toBe(2);
          expect(m.stderr()).toContain(`medrec ${command.name}: --${repeatable} angiven två gånger\n`);
        });
      }
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

  it('refuses one file as both sides', () => {
    const m = memoryIo();
    expect(run(['handover', '--cosmic', 'a.json', '--pascal', './a.json', '--as-of', '2026-11-20'], m.io)).toBe(2);
    expect(m.stderr()).toContain('--cosmic och --pascal är samma fil: a.json');
  });

  it('handover reads either side as FHIR, like reconcile', () => {
    const m = memoryIo();
    const args = ['handover', '--cosmic-fhir', 'examples/fhir/cosmic-bundle.json', '--pascal-fhir', 'examples/fhir/pascal-bundle.json', '--as-of', '2026-11-20', '--format', 'json'];
    expect(run(args, m.io)).toBe(0);
    expect(JSON.parse(m.stdout())).toMatchObject({ format: 'medrec-handover', version: 1 });
  });
});

describe('outputs never create folders silently', () => {
  it('a missing folder for --out is an error, exit 2, and nothing is created', () => {
    const dir = tempDir();
    const t = testIo();
    const out = dir.at('nowhere/lista.html');
    expect(run(['handover', ...EXAMPLE, '--as-of', '2026-11-20', '--out', out], t.io)).toBe(2);
    expect(t.err()).toBe(`medrec handover: ${out}: no such directory\n`);
    expect(existsSync(dir.at('nowhere'))).toBe(false);
  });

  it('an --incidents folder is created when its parent exists, and said so; never its parents', () => {
    const dir = tempDir();
    const made = testIo();
    expect(run(['handover', ...EXAMPLE, '--as-of', '2026-11-20', '--out', dir.at('lista.html'), '--incidents', dir.at('avvikelser')], made.io)).toBe(0);
    expect(made.err()).toBe(`medrec handover: skapade mappen ${dir.at('avvikelser')}\n`);
    const deep = testIo();
    expect(run(['handover', ...EXAMPLE, '--as-of', '2026-11-20', '--out', dir.at('lista.html'), '--incidents', dir.at('a/b')], deep.io)).toBe(2);
    expect(deep.err()).toBe(`medrec handover: ${dir.at('a/b')}: no such directory\n`);
    expect(existsSync(dir.at('a'))).toBe(false);
  });
});
