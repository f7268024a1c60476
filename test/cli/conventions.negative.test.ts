import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { COMMANDS } from '../../src/cli/run';
import { memoryIo } from './memory-io';
import { tempDir, testIo } from './test-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json'];

describe('the conventional CLI refuses what it cannot use: exit 2, and why on stderr', () => {
  // medrec dosage takes words, not flags: nothing to refuse but an empty text (test/cli/dosage-command.test.ts).
  for (const command of COMMANDS.filter((c) => c.positionals !== 'words')) {
    describe(`medrec ${command.name}`, () => {
      it('rejects an unknown flag with the usage on stderr, exit 2', async () => {
        const m = memoryIo();
        expect(await run([command.name, '--colour'], m.io)).toBe(2);
        expect(m.stderr()).toBe(`medrec ${command.name}: okänd flagga --colour\n\n${command.usage}`);
      });

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

  it('refuses one file as both sides', () => {
    const m = memoryIo();
    expect(run(['handover', '--cosmic', 'a.json', '--pascal', './a.json', '--as-of', '2026-11-20'], m.io)).toBe(2);
    expect(m.stderr()).toContain('--cosmic och --pascal är samma fil: a.json');
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
