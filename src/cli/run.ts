import { BATCH_USAGE, runBatchCommand } from './batch-command';
import { EXIT } from './exit-codes';
import { DOSAGE_USAGE, runDosage } from './dosage-command';
import { GENERATE_USAGE, runGenerate } from './generate-command';
import type { CliIo } from './io';
import { HANDOVER_USAGE, runHandover } from './handover-command';
import { RECONCILE_USAGE, runReconcile } from './reconcile-command';
import { REPORT_USAGE, runReport } from './report-command';
import { REGISTER_USAGE, runRegister } from './register-command';

/** One CLI command: its name, one line of help, and how to run it (at once, or as a promise for long runs). */
interface Command {
  readonly summary: string;
  readonly run: (args: ReadonlyArray<string>, io: CliIo) => number | Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  reconcile: { summary: 'stäm av journalens ordinationslista mot e-receptlistan', run: runReconcile },
  handover: { summary: 'skriv läkemedelslistan för överlämning till kommunen, med avvikelser', run: runHandover },
  dosage: { summary: 'tolka en doseringsanvisning och visa den normaliserade doseringen (JSON)', run: runDosage },
  batch: { summary: 'stäm av många patienter, en per rad (NDJSON), på alla kärnor', run: runBatchCommand },
  generate: { summary: 'skapa syntetiska patienter med facit, för test och mätning', run: runGenerate },
  report: { summary: 'följ upp avvikelser och fynd över patienter: rapport (HTML med diagram), CSV och JSON', run: runReport },
  register: { summary: 'avvikelseregistret: för in körningar, läget över tid, återkoppling till kommunerna', run: runRegister },
};

const usage = (): string =>
  `medrec – läkemedelsavstämning mellan journal (Cosmic) och e-receptlista (Pascal)

Kommandon:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

${RECONCILE_USAGE}
${HANDOVER_USAGE}
${DOSAGE_USAGE}
${BATCH_USAGE}
${GENERATE_USAGE}
${REPORT_USAGE}
${REGISTER_USAGE}`;

/**
 * Runs the CLI with the arguments after the program name; returns the exit code, at once for
 * the one-patient commands and as a promise for the streaming commands (`batch`, `generate`, `report`).
 *
 * @example
 * run(['reconcile', '--cosmic', 'c.json', '--pascal', 'p.json'], processIo) // 0
 * await run(['batch', 'in.ndjson', '--out', 'out.ndjson'], processIo)    // 0
 */
export const run = (argv: ReadonlyArray<string>, io: CliIo): number | Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`medrec: okänt kommando "${name}"\n\n${usage()}`);
    return EXIT.unusable;
  }
  return command.run(rest, io);
};
