import type { CliIo } from './io';
import type { Checked } from './options';

/**
 * A folder a command writes several files into (`--incidents MAPP`, `--csv MAPP`): created when it is
 * missing and its parent exists, and said so on stderr; never its parents. Files named by a flag
 * (`--out FIL`) are written only into a folder that exists.
 *
 * @example
 * outputDir(io, 'avvikelser', note) // { ok: true }, and note('skapade mappen avvikelser') when it was missing
 * outputDir(io, '/nowhere/avvikelser', note) // { ok: false, error: '/nowhere/avvikelser: no such directory' }
 */
export const outputDir = (io: CliIo, dir: string, note: (message: string) => void): Checked<undefined> => {
  const made = io.makeDir(dir);
  if (!made.ok) return { ok: false, error: `${dir}: ${made.error}` };
  if (made.created) note(`skapade mappen ${dir}`);
  return { ok: true, value: undefined };
};
