import { EXIT } from './exit-codes';
import { DOSAGE_USAGE, runDosage } from './dosage-command';
import type { CliIo } from './io';
import { HANDOVER_USAGE, runHandover } from './handover-command';
import { RECONCILE_USAGE, runReconcile } from './reconcile-command';

/** One CLI command: its name, one line of help, and how to run it. */
interface Command {
  readonly summary: string;
  readonly run: (args: ReadonlyArray<string>, io: CliIo) => number;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  reconcile: { summary: 'stäm av journalens ordinationslista mot e-receptlistan', run: runReconcile },
  dosage: { summary: 'tolka en doseringsanvisning och visa den normaliserade doseringen (JSON)', run: runDosage },
  handover: { summary: 'skriv läkemedelslistan för överlämning till kommunen, med avvikelser', run: runHandover },
};

const usage = (): string =>
  `medrec – läkemedelsavstämning mellan journal (Cosmic) och e-receptlista (Pascal)

Kommandon:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

${RECONCILE_USAGE}
${HANDOVER_USAGE}
${DOSAGE_USAGE}`;

/**
 * Runs the CLI with the arguments after the program name; returns the exit code.
 *
 * @example
 * run(['reconcile', '--cosmic', 'c.json', '--pascal', 'p.json'], processIo) // 0
 */
export const run = (argv: ReadonlyArray<string>, io: CliIo): number => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`medrec: okänt kommando "${name}"\n\n${usage()}`);
    return EXIT.unusable;
  }
  return command.run(rest, io);
};
