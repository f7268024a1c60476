// Reconciles the bundled example pair (a patient after a hospital stay) on 2026-11-20 and prints the
// Swedish summary a pharmacist reads. Run it with `npm run demo`.
//
// In your own project, import from 'medrec' instead of '../src/index'.
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDocumentError, parseJournal, parsePrescriptionList, reconcile, renderText } from '../src/index';

const here = (name: string): string => fileURLToPath(new URL(`./data/${name}`, import.meta.url));

const cosmicFile = here('cosmic-export.json');
const pascalFile = here('pascal-export.json');

const journal = parseJournal(readFileSync(cosmicFile, 'utf8'), { file: 'examples/data/cosmic-export.json' });
const prescriptions = parsePrescriptionList(readFileSync(pascalFile, 'utf8'), { file: 'examples/data/pascal-export.json' });

if (E.isLeft(journal)) {
  console.error(formatDocumentError(journal.left));
  process.exit(2);
}
if (E.isLeft(prescriptions)) {
  console.error(formatDocumentError(prescriptions.left));
  process.exit(2);
}

// The date the example is documented for; leave `asOf` out to reconcile on today's date.
const result = reconcile(journal.right, prescriptions.right, { asOf: '2026-11-20' });
if (E.isLeft(result)) {
  console.error(result.left.message);
  process.exit(2);
}
process.stdout.write(renderText(result.right));
