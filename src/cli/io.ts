import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { finished as streamFinished } from 'node:stream/promises';
import { redactPersonnummer } from '../model';
import { EXIT } from './exit-codes';

/** An input opened for streaming, with its size in bytes where known (a file, not a pipe). */
export type OpenedInput = { readonly ok: true; readonly stream: Readable; readonly size?: number } | { readonly ok: false; readonly error: string };

/**
 * An output opened for streaming; `close` ends it and waits until everything is written, and rejects
 * with the reason (`the disk is full`) when it could not be. An output opened with `partial: true`
 * is written under `partialPath` (`OUT.partial`) and only `commit` (close, then rename) gives it its
 * name: a cut output never looks complete. `close` leaves it under its partial name.
 */
export type OpenedOutput =
  | {
      readonly ok: true;
      readonly stream: Writable;
      readonly close: () => Promise<void>;
      readonly commit?: () => Promise<void>;
      readonly partialPath?: string;
    }
  | { readonly ok: false; readonly error: string };

/** How to open an output: `partial` writes it under a temporary name until it is committed. */
export interface OutputOptions {
  readonly partial?: boolean;
}

/** A way to stop a long command early: `onInterrupt` calls `stop` on SIGINT or SIGTERM; it returns the way to stop listening. */
export type InterruptListener = (stop: (signal: string) => void) => () => void;

/**
 * What a command may do to the outside world. The real one touches files and streams; tests pass
 * their own to run commands without a process.
 */
export interface CliIo {
  /** Reads a whole text file, or says why it cannot (never throws). */
  readonly readText: (path: string) => { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };
  /** Writes a whole text file, or says why it cannot (never throws). Creates no folder: a missing one is an error. */
  readonly writeText: (path: string, text: string) => { readonly ok: true } | { readonly ok: false; readonly error: string };
  /** Creates one folder whose parent exists (never its parents), or says whether it was there already or why it cannot. */
  readonly makeDir: (path: string) => { readonly ok: true; readonly created: boolean } | { readonly ok: false; readonly error: string };
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The names of the files in a folder, sorted, or why they cannot be listed (never throws). */
  readonly listDir: (path: string) => { readonly ok: true; readonly names: ReadonlyArray<string> } | { readonly ok: false; readonly error: string };
  /** Opens a file for streaming reads; `-` is standard input. */
  readonly openInput: (path: string) => OpenedInput;
  /** Creates (or empties) a file for streaming writes; `-` is standard output. */
  readonly openOutput: (path: string, options?: OutputOptions) => OpenedOutput;
  /** Removes a regular file if it is there (never throws; never a device): an earlier run's output that would look like this run's. */
  readonly removeFile?: (path: string) => void;
  /** Listens for SIGINT and SIGTERM (absent: the command cannot be interrupted but by killing it). */
  readonly onInterrupt?: InterruptListener;
  /** Whether standard error is a terminal (a progress bar) or not (one-line progress now and then). */
  readonly stderrIsTTY: boolean;
  /** The stream a progress bar draws on. */
  readonly progressStream: NodeJS.WritableStream;
  /** How many cores the machine offers: the default number of batch workers. */
  readonly cpuCount: number;
}

const reason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
};

const WRITE_REASONS = new Map<string, string>([
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is exceeded'],
  ['EPIPE', 'the reader closed the pipe'],
  ['ERR_STREAM_DESTROYED', 'the reader closed the pipe'],
  ['ERR_STREAM_WRITE_AFTER_END', 'the reader closed the pipe'],
  ['EIO', 'an input/output error'],
  ['EROFS', 'a read-only file system'],
  ['ENOENT', 'no such directory'],
  ['EISDIR', 'is a directory'],
  ['EACCES', 'permission denied'],
  ['ENOTDIR', 'a parent is not a directory'],
]);

/** The reasons that say writing broke off (the disk or device failed, not the name given): exit 3, not 2. */
const BROKE_OFF = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END'].map((code) => WRITE_REASONS.get(code)!));

/**
 * The exit code of an output that could not be written, from its reason (`writeReason`): 3 when
 * writing broke off (a full disk, an exceeded quota, an input/output error, a closed pipe), as batch
 * and standard output do; 2 when the file could not be made where it was named (no such folder, a
 * folder, permission denied, a read-only file system): the argument is unusable.
 *
 * @example
 * writeFailureExit('the disk is full') // 3
 * writeFailureExit('no such directory') // 2
 */
export const writeFailureExit = (reason: string): number => (BROKE_OFF.has(reason) ? EXIT.failed : EXIT.unusable);

/**
 * Why an output could not be written, in a few words (never the path or the system's own message).
 *
 * @example
 * writeReason(Object.assign(new Error(), { code: 'ENOSPC' })) // 'the disk is full'
 */
export const writeReason = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
  return (code === undefined ? undefined : WRITE_REASONS.get(code)) ?? 'cannot be written';
};

/**
 * Ends a stream and settles when everything is written, or rejects with the reason it could not be:
 * also when the stream failed before (a full disk), which a listener for 'finish' would wait for forever.
 */
const endAndWait = async (stream: Writable): Promise<void> => {
  if (stream.errored !== null) throw new Error(writeReason(stream.errored));
  if (!stream.writableEnded) stream.end();
  try {
    await streamFinished(stream);
  } catch (e) {
    throw new Error(writeReason(stream.errored ?? e));
  }
};

/** Waits until standard output has taken everything written so far, or rejects with why it could not. */
const stdoutDrained = (): Promise<void> =>
  new Promise((resolve, reject) => {
    if (process.stdout.errored !== null) {
      reject(new Error(writeReason(process.stdout.errored)));
      return;
    }
    process.stdout.write('', (e) => (e === null || e === undefined ? resolve() : reject(new Error(writeReason(e)))));
  });

let stdoutFailure: unknown;
let stdoutWatched = false;
/** Keeps a failed standard output (a closed pipe, a full disk) from crashing the process: the failure is kept for `outputFailure`. */
const watchStdout = (): void => {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (e) => {
    stdoutFailure ??= e;
  });
};

/**
 * Waits until standard output is written out and says why it could not be, if it could not (a closed
 * pipe, a full disk): the one thing a command cannot see itself, as its last writes may fail after it
 * has returned. The executable turns a failure into exit code 3.
 *
 * @example
 * const failure = await outputFailure(); // undefined, or 'the disk is full'
 */
export const outputFailure = async (): Promise<string | undefined> => {
  if (!stdoutWatched) return undefined; // nothing was written to it
  if (stdoutFailure !== undefined) return writeReason(stdoutFailure);
  try {
    await stdoutDrained();
    return stdoutFailure === undefined ? undefined : writeReason(stdoutFailure);
  } catch (e) {
    return e instanceof Error ? e.message : writeReason(e);
  }
};

const isRegularOrAbsent = (file: string): boolean => {
  try {
    return fs.statSync(file).isFile();
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
};

/** Writes a whole file under a temporary name, then renames it: a reader sees the old file or the whole new one. */
const writeWhole = (file: string, text: string): void => {
  const partial = `${file}.partial`;
  try {
    fs.writeFileSync(partial, text, 'utf8');
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
};

/**
 * The process's own I/O: files from disk, text to stdout and stderr.
 *
 * @example
 * const code = await run(process.argv.slice(2), processIo);
 */
export const processIo: CliIo = {
  readText: (path) => {
    try {
      const text = fs.readFileSync(path, 'utf8');
      // A UTF-8 byte order mark is not part of any text medrec reads: accepted everywhere, as batch does.
      return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
    } catch (e) {
      return { ok: false, error: reason(e) };
    }
  },
  writeText: (file, text) => {
    try {
      if (isRegularOrAbsent(file)) writeWhole(file, text);
      else fs.writeFileSync(file, text, 'utf8');
      return { ok: true };
    } catch (e) {
      return { ok: false, error: writeReason(e) };
    }
  },
  makeDir: (dir) => {
    try {
      if (fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true) return { ok: true, created: false };
      fs.mkdirSync(dir);
      return { ok: true, created: true };
    } catch (e) {
      return { ok: false, error: writeReason(e) };
    }
  },
  stdout: (text) => {
    watchStdout();
    if (process.stdout.errored === null && !process.stdout.destroyed) process.stdout.write(text);
  },
  // Every message passes the redaction on its way out, whatever a command echoed (a file name, an option).
  stderr: (text) => process.stderr.write(redactPersonnummer(text)),
  listDir: (dir) => {
    try {
      return { ok: true, names: fs.readdirSync(dir).sort() };
    } catch (e) {
      return { ok: false, error: reason(e) };
    }
  },
  openInput: (path) => {
    if (path === '-') return { ok: true, stream: process.stdin };
    try {
      const fd = fs.openSync(path, 'r');
      const size = fs.fstatSync(fd).size;
      return { ok: true, stream: fs.createReadStream('', { fd, highWaterMark: 1024 * 1024 }), size };
    } catch (e) {
      return { ok: false, error: reason(e) };
    }
  },
  openOutput: (file, options = {}) => {
    if (file === '-') {
      watchStdout();
      return { ok: true, stream: process.stdout, close: stdoutDrained, commit: stdoutDrained };
    }
    // Only a regular file (or one not there yet) is written under a partial name: /dev/null, a named
    // pipe or a terminal is written as it is, never renamed over or removed.
    const partial = options.partial === true && isRegularOrAbsent(file) ? `${file}.partial` : file;
    try {
      const stream = fs.createWriteStream('', { fd: fs.openSync(partial, 'w'), highWaterMark: 1024 * 1024 });
      // A failure is seen by the next write and by `close`; without a listener it would crash the process.
      stream.on('error', () => undefined);
      // An earlier run's output of the same name would look like this run's.
      if (partial !== file) fs.rmSync(file, { force: true });
      const close = (): Promise<void> => endAndWait(stream);
      const commit = async (): Promise<void> => {
        await endAndWait(stream);
        if (partial !== file) {
          try {
            fs.renameSync(partial, file);
          } catch (e) {
            throw new Error(writeReason(e));
          }
        }
      };
      return { ok: true, stream, close, commit, ...(partial === file ? {} : { partialPath: partial }) };
    } catch (e) {
      return { ok: false, error: writeReason(e) };
    }
  },
  removeFile: (file) => {
    try {
      // Only a regular file: never a device such as /dev/full.
      if (fs.statSync(file).isFile()) fs.rmSync(file, { force: true });
    } catch {
      // Nothing to remove, or it cannot be: the message that follows says what went wrong.
    }
  },
  onInterrupt: (stop) => {
    const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
      const handler = () => stop(signal);
      process.on(signal, handler);
      return [signal, handler] as const;
    });
    return () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    };
  },
  stderrIsTTY: process.stderr.isTTY === true,
  progressStream: process.stderr,
  cpuCount: os.availableParallelism(),
};
