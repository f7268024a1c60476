// Reconciles the bundled example pair (a patient after a hospital stay) on 2026-11-20 and prints the
// Swedish summary a pharmacist reads. Run it with `npm run demo:library`.
//
// In your own project, import from 'medrec' instead of '../src/index'.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDocumentError, isLeft, parseJournal, parsePrescriptionList, reconcile, renderText } from '../src/index';

const here = (name: string): string => fileURLToPath(new URL(`./data/${name}`, import.meta.url));

const cosmicFile = here('cosmic-export.json');
const pascalFile = here('pascal-export.json');

const journal = parseJournal(readFileSync(cosmicFile, 'utf8'), { file: 'examples/data/cosmic-export.json' });
const prescriptions = parsePrescriptionList(readFileSync(pascalFile, 'utf8'), { file: 'examples/data/pascal-export.json' });

if (isLeft(journal)) {
  console.error(formatDocumentError(journal.left));
  process.exit(2);
}
if (isLeft(prescriptions)) {
  console.error(formatDocumentError(prescriptions.left));
  process.exit(2);
}

// The date the example is documented for: the library never reads the clock, so `asOf` is required.
const result = reconcile(journal.right, prescriptions.right, { asOf: '2026-11-20' });
if (isLeft(result)) {
  console.error(result.left.message);
  process.exit(2);
}
process.stdout.write(renderText(result.right));
