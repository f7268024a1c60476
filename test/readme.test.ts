import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readmeSnippets } from './readme-snippets';

const ROOT = resolve('.');

describe("the README's TypeScript snippets", () => {
  const snippets = readmeSnippets();

  it('are there: the dosage, library, handover, clinical checks and FHIR examples', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
  });

  // Type-checking with the compiler takes a few seconds of CPU, more on a shared machine: a generous timeout.
  it('compile as written, against the sources, with the strict settings of this project', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'medrec-readme-'));
    const files = snippets.map((s, i) => {
      const file = join(dir, `snippet-${i + 1}-line-${s.line}.ts`);
      writeFileSync(file, s.code);
      return file;
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      esModuleInterop: true,
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
      baseUrl: ROOT,
      paths: { medrec: ['src/index.ts'], 'medrec/*': ['src/entries/*.ts'] },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || files.includes(d.file.fileName))
      .map((d) => `${d.file === undefined ? '' : d.file.fileName.slice(dir.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });
});
