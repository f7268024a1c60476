import { batchCommand } from './batch-command';
import { decisionsCommand } from './decisions-command';
import { dosageCommand } from './dosage-command';
import { EXIT } from './exit-codes';
import { generateCommand } from './generate-command';
import { handoverCommand } from './handover-command';
import type { CliIo } from './io';
import type { CliCommand } from './options';
import { reconcileCommand } from './reconcile-command';
import { registerCommand } from './register-command';
import { reportCommand } from './report-command';
import { reviewCommand } from './review-command';
import { MEDREC_VERSION } from './version';

/**
 * Every command, in the order `medrec --help` lists them. To add one, see the top of ./options.ts:
 * write `src/cli/NAME-command.ts` and add a line here.
 */
export const COMMANDS: ReadonlyArray<CliCommand> = [
  reconcileCommand,
  handoverCommand,
  dosageCommand,
  batchCommand,
  generateCommand,
  reportCommand,
  decisionsCommand,
  reviewCommand,
  registerCommand,
];

/** `medrec --help`: the commands, one line each; each command's own flags are under `medrec COMMAND --help`. */
export const usage = (): string =>
  `medrec ${MEDREC_VERSION} – läkemedelsavstämning mellan journal (Cosmic) och e-receptlista (Pascal)

Användning: medrec KOMMANDO [FLAGGOR]
       medrec KOMMANDO --help   visar kommandots flaggor
       medrec --help | --version

Kommandon:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary}`).join('\n')}
`;

/**
 * Runs the CLI with the arguments after the program name; returns the exit code, at once for
 * the one-patient commands and as a promise for the streaming commands (`batch`, `generate`, `report`).
 * `--help` (stdout, exit 0), `--version`, and no arguments at all (the usage on stderr, exit 2).
 *
 * @example
 * run(['reconcile', '--cosmic', 'c.json', '--pascal', 'p.json'], processIo) // 0
 * await run(['batch', 'in.ndjson', '--out', 'out.ndjson'], processIo)    // 0
 * run(['--version'], processIo)                                          // 0, prints '0.1.0'
 */
export const run = (argv: ReadonlyArray<string>, io: CliIo): number | Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT.unusable;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const asked = name === 'help' ? rest[0] : undefined;
    const command = COMMANDS.find((c) => c.name === asked);
    io.stdout(command?.usage ?? usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${MEDREC_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`medrec: okänt kommando "${name}"; medrec --help visar kommandona\n`);
    return EXIT.unusable;
  }
  return command.run(rest, io);
};
