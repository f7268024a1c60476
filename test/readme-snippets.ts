import { readFileSync } from 'node:fs';

/** One fenced TypeScript block of the README: where it starts, and its code. */
export interface Snippet {
  readonly line: number;
  readonly code: string;
}

/**
 * The README's TypeScript snippets (```ts blocks), in order: what a reader copies, so they must
 * compile and run as written.
 *
 * @example
 * readmeSnippets()[0].code // "import { canonicalDosage, … } from 'medrec/dosage';\n…"
 */
export const readmeSnippets = (readme: string = readFileSync('README.md', 'utf8')): ReadonlyArray<Snippet> => {
  const snippets: Snippet[] = [];
  const lines = readme.split('\n');
  let start: number | undefined;
  let code: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (start === undefined && line.trim() === '```ts') {
      start = i + 1;
      code = [];
    } else if (start !== undefined && line.trim() === '```') {
      snippets.push({ line: start, code: `${code.join('\n')}\n` });
      start = undefined;
    } else if (start !== undefined) code.push(line);
  }
  return snippets;
};
