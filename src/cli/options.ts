/**
 * The CLI's one options module: every command's arguments go through `parseCommandArgs` (a wrapper of
 * `node:util` parseArgs), which answers `--help`, rejects unknown and repeated flags and says what is
 * wrong in Swedish; the checks several commands share (`--as-of`, `--format`, `--fhir-dispensing`,
 * distinct files) live here once.
 *
 * How to add a command `medrec foo`:
 * 1. Write `src/cli/foo-command.ts` exporting `fooCommand = defineCommand({ name: 'foo', summary,
 *    usage, options, positionals, run })`: `options` are parseArgs options (`{ out: { type: 'string' } }`),
 *    `--help`/`-h` are answered before them; `run(ctx)` gets the parsed `ctx.values` and
 *    `ctx.positionals`, the I/O, and `ctx.usageError(message)` / `ctx.fail(message)` for exit 2 (`ctx.writeFailed(file, reason)`
 *    for an output that could not be written: 3 on a full disk). Take
 *    lists with the inputs module (`SIDE_OPTIONS`, `sideInputs`, `readSides`) and the shared checks below.
 * 2. Add `fooCommand` to `COMMANDS` in `src/cli/run.ts` (one line). `medrec --help` lists it and
 *    `medrec foo --help` prints its usage; test/cli/conventions.test.ts checks both for every command.
 */
import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, today, type Dispensing, type IsoDate } from '../model';
import { EXIT } from './exit-codes';
import { writeFailureExit, type CliIo } from './io';

/** One flag, as parseArgs takes it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
}

/** A command's flags by name (without the leading `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? S['multiple'] extends true
    ? ReadonlyArray<boolean>
    : boolean
  : S['multiple'] extends true
    ? ReadonlyArray<string>
    : string;

/** The parsed flags: each given flag's value (a list for a `multiple` flag), absent when not given. */
export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]?: ValueOf<O[K]> };

/**
 * What a command's `run` gets: the parsed flags and positionals, the I/O, and the ways out.
 */
export interface CommandContext<O extends OptionSpecs> {
  readonly values: OptionValues<O>;
  readonly positionals: ReadonlyArray<string>;
  readonly io: CliIo;
  /** Writes `medrec NAME: message`, a blank line and the usage on stderr; exit 2. For unusable arguments. */
  readonly usageError: (message: string) => number;
  /** Writes `medrec NAME: message` on stderr; exit 2. For a file or document that cannot be used. */
  readonly fail: (message: string) => number;
  /** Writes `medrec NAME: file: reason` on stderr for an output that could not be written; exit 3 when writing broke off (a full disk), else 2 (see `writeFailureExit`). */
  readonly writeFailed: (file: string, reason: string) => number;
  /** Writes `medrec NAME: message` on stderr (a note; the run goes on). */
  readonly note: (message: string) => void;
}

/**
 * One CLI command.
 * - `positionals`: `'none'` (the default), `'some'` (files after the flags), or `'words'`: the
 *   arguments are taken verbatim as words (`medrec dosage 1 tablett -2 …`); only `--help` (`-h`) is read.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** One line for `medrec --help`, in Swedish. */
  readonly summary: string;
  /** The command's help (`medrec NAME --help`), in Swedish, starting `Användning: medrec NAME`. */
  readonly usage: string;
  readonly options: O;
  readonly positionals?: 'none' | 'some' | 'words';
  readonly run: (ctx: CommandContext<O>) => number | Promise<number>;
}

/**
 * Declares a command: its flags' types reach its `run`; the result parses the arguments first.
 *
 * @example
 * export const fooCommand = defineCommand({
 *   name: 'foo', summary: 'gör foo', usage: 'Användning: medrec foo --out FIL\n', options: { out: { type: 'string' } },
 *   run: ({ values, usageError }) => (values.out === undefined ? usageError('--out FIL saknas') : 0),
 * });
 */
export const defineCommand = <const O extends OptionSpecs>(command: Command<O>): CliCommand => ({
  name: command.name,
  summary: command.summary,
  usage: command.usage,
  options: command.options,
  positionals: command.positionals ?? 'none',
  run: (args, io) => runCommand(command, args, io),
});

/** A declared command as `run.ts` lists it: its flags' types are its own business. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: OptionSpecs;
  readonly positionals: 'none' | 'some' | 'words';
  /** Parses the arguments (answering `--help`), then runs the command; the exit code. */
  readonly run: (args: ReadonlyArray<string>, io: CliIo) => number | Promise<number>;
}

/** A check's result: the value, or what is wrong (Swedish, for stderr). */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const HELP = ['--help', '-h'];

/** parseArgs' English errors, said in Swedish (the CLI's language; see README "Command line"). */
const swedishParseError = (e: unknown): string => {
  const error = e as { readonly code?: string; readonly message?: string };
  const quoted = /'([^']*)'/u.exec(error.message ?? '')?.[1] ?? '';
  const flag = quoted.split(' ')[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `okänd flagga ${flag}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `oväntat argument "${quoted}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return (error.message ?? '').includes('ambiguous') ? `${flag} saknar värde (ett värde som börjar med - skrivs ${flag}=-VÄRDE)` : `${flag} saknar värde`;
    default:
      return 'oanvändbara argument';
  }
};

/** The parsed arguments, `'help'` when `--help` was asked for, or what is wrong. */
export type ParsedArgs<O extends OptionSpecs> =
  | { readonly kind: 'parsed'; readonly values: OptionValues<O>; readonly positionals: ReadonlyArray<string> }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly error: string };

/**
 * Parses a command's arguments: `--help` (or `-h`) anywhere before `--` asks for help; unknown flags,
 * a flag given twice (unless `multiple`), a missing value and unexpected positionals are errors.
 *
 * @example
 * parseCommandArgs(['--out', 'a', '--out', 'b'], { out: { type: 'string' } }, 'none') // { kind: 'error', error: '--out angiven två gånger' }
 * parseCommandArgs(['--help'], { out: { type: 'string' } }, 'none')                  // { kind: 'help' }
 */
export const parseCommandArgs = <O extends OptionSpecs>(args: ReadonlyArray<string>, options: O, positionals: 'none' | 'some' | 'words' = 'none'): ParsedArgs<O> => {
  if (positionals === 'words') {
    if (args.some((a) => HELP.includes(a))) return { kind: 'help' };
    return { kind: 'parsed', values: {}, positionals: [...args] };
  }
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).some((a) => HELP.includes(a))) return { kind: 'help' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: options as Record<string, OptionSpec & { multiple?: boolean }>, strict: true, allowPositionals: positionals === 'some', tokens: true });
  } catch (e) {
    return { kind: 'error', error: swedishParseError(e) };
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) return { kind: 'error', error: `--${token.name} angiven två gånger` };
    seen.add(token.name);
  }
  return { kind: 'parsed', values: parsed.values as OptionValues<O>, positionals: parsed.positionals };
};

/**
 * Runs a command with its arguments: help on stdout (exit 0), unusable arguments with the usage on
 * stderr (exit 2), else the command's own `run`.
 *
 * @example
 * runCommand({ name: 'foo', summary, usage, options: {}, run }, ['--help'], io) // 0, the usage on stdout
 */
export const runCommand = <O extends OptionSpecs>(command: Command<O>, args: ReadonlyArray<string>, io: CliIo): number | Promise<number> => {
  const prefix = `medrec ${command.name}: `;
  const usageError = (message: string): number => {
    io.stderr(`${prefix}${message}\n\n${command.usage}`);
    return EXIT.unusable;
  };
  const parsed = parseCommandArgs(args, command.options, command.positionals);
  if (parsed.kind === 'help') {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return usageError(parsed.error);
  return command.run({
    values: parsed.values,
    positionals: parsed.positionals,
    io,
    usageError,
    fail: (message) => {
      io.stderr(`${prefix}${message}\n`);
      return EXIT.unusable;
    },
    writeFailed: (file, reason) => {
      io.stderr(`${prefix}${file}: ${reason}\n`);
      return writeFailureExit(reason);
    },
    note: (message) => io.stderr(`${prefix}${message}\n`),
  });
};

// ---- The checks several commands share -------------------------------------------------------

/** The `--as-of` flag of every command that reconciles. */
export const AS_OF_OPTION = { 'as-of': { type: 'string' } } as const;

/**
 * `--as-of`: the reconciliation date. Without it the CLI reconciles on today's date and says so on
 * stderr (the library never defaults; see `reconcile`).
 *
 * @example
 * asOfOption('2026-11-20', note)  // { ok: true, value: '2026-11-20' }
 * asOfOption(undefined, note)     // { ok: true, value: today }, and note('--as-of saknas: stämmer av per i dag, 2026-11-30')
 * asOfOption('20 nov', note)      // { ok: false, error: '--as-of måste vara ett datum ÅÅÅÅ-MM-DD, inte "20 nov"' }
 */
export const asOfOption = (value: string | undefined, note: (message: string) => void, now: () => IsoDate = today): Checked<IsoDate> => {
  if (value === undefined) {
    const date = now();
    note(`--as-of saknas: stämmer av per i dag, ${date}`);
    return { ok: true, value: date };
  }
  return isIsoDate(value) ? { ok: true, value } : { ok: false, error: `--as-of måste vara ett datum ÅÅÅÅ-MM-DD, inte "${value}"` };
};

/**
 * `--format`: one of the command's formats, the first being the default.
 *
 * @example
 * formatOption(undefined, ['text', 'json', 'fhir'])  // { ok: true, value: 'text' }
 * formatOption('xml', ['text', 'json', 'fhir'])      // { ok: false, error: '--format måste vara text, json eller fhir, inte "xml"' }
 */
export const formatOption = <F extends string>(value: string | undefined, formats: readonly [F, ...F[]]): Checked<F> => {
  if (value === undefined) return { ok: true, value: formats[0] };
  const found = formats.find((f) => f === value);
  return found !== undefined ? { ok: true, value: found } : { ok: false, error: `--format måste vara ${orList(formats)}, inte "${value}"` };
};

/** `a, b eller c` */
const orList = (words: ReadonlyArray<string>): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} eller ${words[words.length - 1]}`);

/**
 * `--fhir-dispensing`: how a drug in a FHIR file is dispensed when the resource does not say.
 *
 * @example
 * dispensingOption('whole-package') // { ok: true, value: 'whole-package' }
 * dispensingOption(undefined)       // { ok: true, value: undefined }
 */
export const dispensingOption = (value: string | undefined): Checked<Dispensing | undefined> =>
  value === undefined || value === 'dose-dispensed' || value === 'whole-package'
    ? { ok: true, value }
    : { ok: false, error: `--fhir-dispensing måste vara dose-dispensed eller whole-package, inte "${value}"` };

/**
 * Two roles on one file would empty an input or mix outputs: every named file (standard in/out `-`
 * and absent ones aside) must be another file.
 *
 * @example
 * distinctFiles([['IN', 'a.ndjson'], ['--out', './a.ndjson']]) // { ok: false, error: 'IN och --out är samma fil: ./a.ndjson' }
 */
export const distinctFiles = (files: ReadonlyArray<readonly [string, string | undefined]>, resolve: (path: string) => string = resolvePath): Checked<undefined> => {
  const named = files.filter((f): f is readonly [string, string] => f[1] !== undefined && f[1] !== '-');
  for (const [i, [name, path]] of named.entries()) {
    const same = named.slice(i + 1).find(([, other]) => resolve(other) === resolve(path));
    if (same !== undefined) return { ok: false, error: `${name} och ${same[0]} är samma fil: ${path}` };
  }
  return { ok: true, value: undefined };
};
