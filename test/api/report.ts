import { writeFileSync } from 'node:fs';
import ts from 'typescript';

/** The package's entries, as package.json `exports` names them, and their sources. */
export const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ['medrec', 'src/index.ts'],
  ['medrec/dosage', 'src/entries/dosage.ts'],
  ['medrec/handover', 'src/entries/handover.ts'],
  ['medrec/fhir', 'src/entries/fhir.ts'],
  ['medrec/batch', 'src/entries/batch.ts'],
  ['medrec/followup', 'src/entries/followup.ts'],
  ['medrec/synthetic', 'src/entries/synthetic.ts'],
];

/** The file the report is committed in. */
export const API_REPORT_FILE = 'api/medrec.api.md';

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** One exported name of an entry: a runtime value with its type, or a type. */
export interface ApiExport {
  readonly name: string;
  readonly runtime: boolean;
  readonly kind: string;
  readonly type: string;
}

const kindOf = (s: ts.Symbol): string => {
  const f = s.flags;
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Class) return 'class';
  return 'other';
};

/**
 * The exports of every entry, read by the TypeScript compiler from the sources: each runtime export
 * with its type, each type export with its kind, sorted by name.
 *
 * @example
 * apiExports().get('medrec')?.find((e) => e.name === 'reconcile') // { name: 'reconcile', runtime: true, kind: 'const', type: '(journal: JournalList, …) => Either<…>' }
 */
export const apiExports = (): ReadonlyMap<string, ReadonlyArray<ApiExport>> => {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const program = ts.createProgram(ENTRIES.map(([, f]) => f), { ...(config?.options ?? {}), noEmit: true });
  const checker = program.getTypeChecker();
  const result = new Map<string, ReadonlyArray<ApiExport>>();
  for (const [name, file] of ENTRIES) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (source === undefined || moduleSymbol === undefined) throw new Error(`${file}: not found`);
    const exports = checker.getExportsOfModule(moduleSymbol).map((exported): ApiExport => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const runtime = (target.flags & ts.SymbolFlags.Value) !== 0;
      const type = runtime ? checker.typeToString(checker.getTypeOfSymbolAtLocation(target, source), source, FLAGS) : '';
      return { name: exported.name, runtime, kind: kindOf(target), type };
    });
    result.set(name, exports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  }
  return result;
};

/**
 * The API report: per entry, the runtime exports with their types, then the type exports. Committed in
 * `api/medrec.api.md`; test/api/report.test.ts fails when the sources export anything else, so a change
 * of the public surface is a visible diff (`npm run api:report` rewrites it).
 *
 * @example
 * apiReport().startsWith('# medrec API report') // true
 */
export const apiReport = (exports: ReadonlyMap<string, ReadonlyArray<ApiExport>> = apiExports()): string => {
  const parts = [
    '# medrec API report',
    '',
    'Generated from the sources by `npm run api:report`; checked by `test/api/report.test.ts`. Every name',
    'each entry of the package exports: runtime exports with their types, then types. A change here is a',
    'change of the public API.',
  ];
  for (const [entry, list] of exports) {
    const values = list.filter((e) => e.runtime);
    const types = list.filter((e) => !e.runtime);
    parts.push('', `## \`${entry}\``, '', `### Runtime exports (${values.length})`, '');
    for (const e of values) parts.push(`- \`${e.name}\` (${e.kind}): \`${e.type.replace(/\s+/gu, ' ')}\``);
    parts.push('', `### Types (${types.length})`, '', types.map((e) => `\`${e.name}\``).join(', '));
  }
  return `${parts.join('\n')}\n`;
};

// `tsx test/api/report.ts --write` (npm run api:report) rewrites the committed report.
if (process.argv.includes('--write') && process.argv[1]?.endsWith('report.ts') === true) {
  writeFileSync(API_REPORT_FILE, apiReport());
  console.log(`wrote ${API_REPORT_FILE}`);
}
