import { readFileSync } from 'node:fs';
import { hashesText, outputHashes } from './outputs-hash';

const EXPECTED = new URL('./outputs-hash.expected.txt', import.meta.url);
const PATIENTS = 10_000;

/**
 * Section `outputs` (issue 12): every output of 10 000 generated patients (and the long and
 * adversarial lists) hashed and compared, output by output, with bench/outputs-hash.expected.txt,
 * written before the refactor of prepared items and lines that carry their items.
 *
 * @example
 * await runOutputsBench() // '## Outputs byte-identical …| generated text | yes |…'
 */
export const runOutputsBench = async (): Promise<string> => {
  const started = performance.now();
  const now = hashesText(outputHashes(PATIENTS), PATIENTS).trimEnd().split('\n');
  const expected = readFileSync(EXPECTED, 'utf8').trimEnd().split('\n');
  const kept = new Map(expected.map((l) => [l.slice(18), l.slice(0, 16)]));
  const rows = now.map((l) => {
    const what = l.slice(18);
    return `| ${what} | ${l.slice(0, 16)} | ${kept.get(what) === l.slice(0, 16) ? 'yes' : '**no**'} |`;
  });
  const same = now.length === expected.length && now.every((l, i) => l === expected[i]);
  return [
    '## Outputs byte-identical to before the refactor (issue 12)',
    '',
    `${PATIENTS.toLocaleString('sv-SE')} generated patients (seed 2026), 13 long lists and the adversarial shapes: every output hashed (SHA-256, first 16 hex digits) and compared with \`bench/outputs-hash.expected.txt\`, written before prepared items, lines that carry their items and the fast decode.`,
    '',
    '| output | hash | as before |',
    '|---|---|---|',
    ...rows,
    '',
    `**${same ? 'every output byte-identical' : 'OUTPUTS DIFFER'}**`,
    '',
    `_(section outputs: ${((performance.now() - started) / 1000).toFixed(0)} s)_`,
  ].join('\n');
};
