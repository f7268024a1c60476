/**
 * Writes the shared example pair (examples/data) as two FHIR R4 Bundles: the journal's ordination
 * list as MedicationStatements (`cosmic-bundle.json`) and the e-prescription list as
 * MedicationRequests, as the NLL holds them (`pascal-bundle.json`). Run `npx tsx examples/fhir/make-bundles.ts`
 * after changing the pair or the FHIR export; test/fhir/example-bundles.test.ts fails while the
 * committed bundles are not what this script writes.
 */
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseJournal, parsePrescriptionList } from '../../src/decode';
import { listToFhir } from '../../src/fhir';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The two bundles' JSON text, as committed. */
export const bundleTexts = (): { readonly cosmic: string; readonly pascal: string } => {
  const journal = parseJournal(readFileSync(join(root, 'examples/data/cosmic-export.json'), 'utf8'));
  const list = parsePrescriptionList(readFileSync(join(root, 'examples/data/pascal-export.json'), 'utf8'));
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('the example pair must decode');
  return {
    cosmic: `${JSON.stringify(listToFhir(journal.right), null, 2)}\n`,
    pascal: `${JSON.stringify(listToFhir(list.right), null, 2)}\n`,
  };
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { cosmic, pascal } = bundleTexts();
  writeFileSync(join(root, 'examples/fhir/cosmic-bundle.json'), cosmic);
  writeFileSync(join(root, 'examples/fhir/pascal-bundle.json'), pascal);
  console.log('wrote examples/fhir/cosmic-bundle.json and examples/fhir/pascal-bundle.json');
}
