import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';

type Exports = Readonly<Record<string, { readonly import: { readonly default: string } } | string>>;
const EXPORTS = (JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Exports }).exports;

/** Resolves `medrec` and `medrec/…` through package.json `exports` (the `import` condition), to the built files. */
const medrecPlugin: Plugin = {
  name: 'medrec',
  setup(b) {
    b.onResolve({ filter: /^medrec(\/.*)?$/ }, (args) => {
      const target = EXPORTS[`.${args.path.slice('medrec'.length)}`];
      if (target === undefined || typeof target === 'string') return { errors: [{ text: `medrec does not export ${args.path}` }] };
      return { path: resolve(target.import.default) };
    });
  },
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** A browser bundle of some code that imports medrec: its minified size, or why it could not be made. */
export type BrowserBundle =
  | { readonly ok: true; readonly bytes: number; readonly nodeBuiltins: ReadonlyArray<string> }
  | { readonly ok: false; readonly errors: ReadonlyArray<string> };

/**
 * Bundles `code` (an ES module importing medrec) for `platform: 'browser'`, minified, from the built
 * package as a front-end's bundler would: a Node built-in anywhere in what it pulls in is an error.
 *
 * @example
 * await browserBundle("import { parseDosageText } from 'medrec/dosage'; console.log(parseDosageText('1x2'));") // { ok: true, bytes: 31000, nodeBuiltins: [] }
 */
export const browserBundle = async (code: string): Promise<BrowserBundle> => {
  try {
    const result = await build({
      stdin: { contents: code, loader: 'js', resolveDir: process.cwd() },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [medrecPlugin],
    });
    const inputs = Object.keys(result.metafile.inputs);
    return { ok: true, bytes: result.outputFiles[0]?.contents.length ?? 0, nodeBuiltins: inputs.filter((i) => NODE_BUILTINS.has(i.replace(/^.*:/u, 'node:'))) };
  } catch (e) {
    const errors = (e as { readonly errors?: ReadonlyArray<{ readonly text: string }> }).errors;
    return { ok: false, errors: errors?.map((x) => x.text) ?? [String(e)] };
  }
};

/** What an EHR front-end imports: the dosage parser alone, and the core's whole flow. */
export const BROWSER_CASES = {
  dosage: "import { parseDosageText } from 'medrec/dosage';\nconsole.log(parseDosageText('1 tablett morgon och kväll'));\n",
  core: "import { isRight, parseJournal, parsePrescriptionList, reconcile, renderText } from 'medrec';\nconst j = parseJournal('{}'), p = parsePrescriptionList('{}');\nif (isRight(j) && isRight(p)) { const r = reconcile(j.right, p.right, { asOf: '2026-11-20' }); if (isRight(r)) console.log(renderText(r.right)); }\n",
  handover: "import { handoverList, renderHandoverHtml } from 'medrec/handover';\nconsole.log(handoverList, renderHandoverHtml);\n",
} as const;
