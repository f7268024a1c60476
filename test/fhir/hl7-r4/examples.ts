/**
 * HL7's 45 official FHIR R4 MedicationRequest and MedicationStatement examples (FHIR 4.0.1, copied
 * from ../shared/fhir-examples/hl7-r4), read as medrec reads them: each as a bare resource and
 * wrapped in a Bundle with a Swedish patient (19121212-1212). `exampleTable` is the README's table;
 * run `npx tsx test/fhir/hl7-r4/examples.ts` to write it into README.md after changing the reader
 * (test/fhir/official-examples.test.ts fails while the README's table is not what this writes).
 */
import * as E from 'fp-ts/lib/Either.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentError } from '../../../src/decode';
import { fromFhir, type DecodedList } from '../../../src/fhir';
import { isUnknown, type MedicationItem } from '../../../src/model';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

/** When every example is taken to have been exported. */
export const EXPORTED_AT = '2026-11-20T10:00:00+01:00';

/** The files of the examples, in name order. */
export const exampleFiles = (): ReadonlyArray<string> => readdirSync(here).filter((f) => f.endsWith('.json')).sort();

/** One example, parsed. */
export const exampleResource = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(here, file), 'utf8')) as Record<string, unknown>;

/** The side an example is read as: a MedicationStatement is the journal's, a MedicationRequest the e-prescription list's. */
export const sideOf = (resource: Record<string, unknown>): 'cosmic' | 'pascal' => (resource['resourceType'] === 'MedicationStatement' ? 'cosmic' : 'pascal');

/** The example in a Bundle with Skatteverket's test patient, its subject pointing at it. */
export const inSwedishBundle = (resource: Record<string, unknown>): Record<string, unknown> => ({
  resourceType: 'Bundle',
  type: 'collection',
  timestamp: EXPORTED_AT,
  entry: [
    { fullUrl: 'urn:uuid:5e0f1a2b-0000-4000-8000-000000000001', resource: { resourceType: 'Patient', id: 'pat-se', identifier: [{ system: 'http://electronichealth.se/identifier/personnummer', value: '191212121212' }] } },
    { resource: { ...resource, subject: { reference: 'urn:uuid:5e0f1a2b-0000-4000-8000-000000000001' } } },
  ],
});

/** The options every example is read with (an e-prescription whose dispensing FHIR cannot say is taken as whole-package). */
const optionsOf = (resource: Record<string, unknown>) => ({ source: sideOf(resource), exportedAt: EXPORTED_AT, defaultDispensing: 'whole-package' as const });

/** Reads an example as a bare resource and in the Swedish Bundle. */
export const readExample = (file: string): { readonly bare: E.Either<DocumentError, DecodedList>; readonly bundle: E.Either<DocumentError, DecodedList> } => {
  const resource = exampleResource(file);
  return { bare: fromFhir(resource, optionsOf(resource)), bundle: fromFhir(inSwedishBundle(resource), optionsOf(resource)) };
};

/** The items of a decoded list. */
export const itemsOf = (list: DecodedList): ReadonlyArray<MedicationItem> => (list.source === 'cosmic' ? list.ordinations : list.prescriptions);

/** What identifies an item: NPL-id, ATC, the code systems of its product codes, its substances. */
export const identityOf = (item: MedicationItem): string => {
  const p = item.product;
  const short = (system: string) => system.replace(/^https?:\/\//u, '').replace(/^(www\.)?/u, '').split('/')[0]!;
  return [
    ...(p.nplId === undefined ? [] : ['NPL-id']),
    ...(p.atc === undefined ? [] : ['ATC']),
    ...[...new Set((p.codes ?? []).map((c) => short(c.system)))].map((s) => `code (${s})`),
    ...(p.substances.length === 0 ? [] : [`${p.substances.length} substance${p.substances.length === 1 ? '' : 's'}`]),
  ].join(', ');
};

/** The item's fields that are unknown: against a stated value on the other side, each makes the line `not-comparable`. */
export const unknownFieldsOf = (item: MedicationItem): ReadonlyArray<string> => [
  ...(isUnknown(item.dosage) ? ['dosage'] : []),
  ...(isUnknown(item.product.name) ? ['name'] : []),
  ...(item.product.substances.some((s) => isUnknown(s.strength)) ? ['strength'] : []),
  ...(isUnknown(item.product.form) ? ['form'] : []),
  ...(isUnknown(item.route) ? ['route'] : []),
  ...(isUnknown(item.dispensing) ? ['dispensing'] : []),
  ...(isUnknown(item.period.end) ? ['period'] : []),
  ...(isUnknown(item.purpose) ? ['purpose'] : []),
  ...(isUnknown(item.kind) ? ['kind'] : []),
  ...(isUnknown(item.supply) ? ['supply'] : []),
  ...(item.source === 'pascal' && isUnknown(item.validUntil) ? ['validUntil'] : []),
];

const cell = (s: string): string => s.replace(/\|/gu, '\\|');

/** The README's table: one row per example, from what the reader gives for it in the Bundle. */
export const exampleTable = (): string => {
  const rows = exampleFiles().map((file) => {
    const { bundle } = readExample(file);
    if (E.isLeft(bundle)) return `| ${file} | rejected: ${cell(bundle.left.message)} | | | |`;
    const list = bundle.right;
    const items = itemsOf(list);
    const problems = [...list.problems, ...list.invalid].flatMap((p) => p.problems.map((x) => x.path.replace(/^entry\[1\]\.resource\.?/u, '') || '(resource)'));
    const item = items[0];
    const what =
      item === undefined
        ? `invalid: ${cell(list.invalid[0]?.message ?? '')}`
        : `${cell(typeof item.product.name === 'string' ? item.product.name : '(name unknown)')} — ${identityOf(item)}; ${item.kind}`;
    const unknown = item === undefined ? '' : unknownFieldsOf(item).join(', ');
    return `| ${file.replace(/\.json$/u, '')} | ${items.length} | ${what} | ${unknown || '—'} | ${problems.length === 0 ? '—' : [...new Set(problems)].map((p) => `\`${cell(p)}\``).join(', ')} |`;
  });
  return [
    '| example | items | item read (identity; kind) | unknown (not-comparable against a stated value) | problems (FHIR path) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
};

const START = '<!-- hl7-r4-examples:start -->';
const END = '<!-- hl7-r4-examples:end -->';

/** README.md's text with the table between its markers replaced by `exampleTable()`. */
export const readmeWithTable = (readme: string): string => {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, a + START.length)}\n${exampleTable()}\n${readme.slice(b)}`;
};

/** README.md as committed. */
export const readme = (): string => readFileSync(join(root, 'README.md'), 'utf8');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(join(root, 'README.md'), readmeWithTable(readme()));
}
