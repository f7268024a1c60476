import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readmeSnippets } from '../readme-snippets';

const ROOT = resolve('.');

/** The packed package: where the tarball is, and its sizes as npm reports them. */
export interface Packed {
  readonly tarball: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: ReadonlyArray<string>;
}

/**
 * `npm pack` of the built package (dist/ as it is: `--ignore-scripts` skips the `prepack` build)
 * into a temporary folder.
 *
 * @example
 * const { tarball, size } = pack(); // '/tmp/medrec-pack-…/medrec-0.1.0.tgz', 333000
 */
export const pack = (): Packed => {
  const dir = mkdtempSync(join(tmpdir(), 'medrec-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(out) as Array<{ filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> }>;
  if (info === undefined) throw new Error('npm pack said nothing');
  return { tarball: join(dir, info.filename), size: info.size, unpackedSize: info.unpackedSize, files: info.files.map((f) => f.path) };
};

/** Bytes of a folder, recursively. */
export const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

/** The packages installed in a project's node_modules (scoped ones counted one by one). */
export const installedPackages = (project: string): ReadonlyArray<string> =>
  readdirSync(join(project, 'node_modules'))
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(project, 'node_modules', n)).map((m) => `${n}/${m}`) : [n]));

/** An empty project with the tarball installed: ESM (`"type": "module"`) or CommonJS. */
export interface Consumer {
  readonly dir: string;
  readonly kind: 'esm' | 'cjs';
}

/**
 * Makes an empty project of the kind, installs the tarball as the README says (`npm install medrec`,
 * here from the file, with the dependencies from npm's cache where it has them), and copies the
 * example files the README's snippets read.
 *
 * @example
 * const esm = consumer('esm', pack().tarball);
 */
export const consumer = (kind: 'esm' | 'cjs', tarball: string): Consumer => {
  const dir = mkdtempSync(join(tmpdir(), `medrec-${kind}-`));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `medrec-${kind}-consumer`, version: '1.0.0', private: true, ...(kind === 'esm' ? { type: 'module' } : {}) }, null, 2)}\n`);
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const file of ['examples/data/cosmic-export.json', 'examples/data/pascal-export.json', 'examples/handover/forra-listan.json', 'examples/fhir/cosmic-bundle.json', 'examples/fhir/pascal-bundle.json', 'examples/decisions/beslut.json']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  return { dir, kind };
};

/** What happened to one README snippet in a consumer project. */
export interface SnippetRun {
  readonly line: number;
  readonly status: number | null;
  readonly stderr: string;
}

/**
 * Compiles the README's TypeScript snippets as written in the consumer project (strict, `nodenext`:
 * ES modules in the ESM project, CommonJS in the other) against the installed package's types, and
 * runs each with Node. Returns the compiler's complaints and each run.
 *
 * @example
 * const { compile, runs } = runReadmeSnippets(esm); // compile: '', runs: [{ line: 160, status: 0, stderr: '' }, …]
 */
export const runReadmeSnippets = (c: Consumer): { readonly compile: string; readonly runs: ReadonlyArray<SnippetRun> } => {
  const snippets = readmeSnippets();
  mkdirSync(join(c.dir, 'src'), { recursive: true });
  snippets.forEach((s, i) => writeFileSync(join(c.dir, 'src', `snippet-${i + 1}.ts`), s.code));
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      outDir: 'out',
      rootDir: 'src',
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
    },
    include: ['src'],
  };
  writeFileSync(join(c.dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: c.dir, encoding: 'utf8' });
  const runs = snippets.map((s, i) => {
    const run = spawnSync(process.execPath, [join('out', `snippet-${i + 1}.js`)], { cwd: c.dir, encoding: 'utf8' });
    return { line: s.line, status: run.status, stderr: run.stderr };
  });
  return { compile: `${tsc.stdout}${tsc.stderr}`, runs };
};
