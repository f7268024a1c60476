import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { IsoDate } from '../../src/model';

/** The fixed reconciliation date of every batch test. */
export const AS_OF = '2026-11-20' as IsoDate;

/** The shared example pair (patient 19121212-1212), as parsed JSON. */
export const examplePair = (): { cosmic: Record<string, unknown>; pascal: Record<string, unknown> } => ({
  cosmic: JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8')) as Record<string, unknown>,
  pascal: JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8')) as Record<string, unknown>,
});

/** A good batch line for a synthetic patient: the example pair under the id `SYN-<n>`. */
export const goodLine = (n: number): string => {
  const { cosmic, pascal } = examplePair();
  const patient = { id: `SYN-${String(n).padStart(7, '0')}` };
  return JSON.stringify({ cosmic: { ...cosmic, patient }, pascal: { ...pascal, patient } });
};

/** Bad lines of every kind the issue names: not JSON, a missing field, a `__proto__` key, and others. */
export const BAD_LINES: Readonly<Record<string, string>> = {
  'not-json': '{"cosmic": {"source": "cosmic", ',
  'not-an-object': '[1, 2, 3]',
  'missing-document': JSON.stringify({ cosmic: examplePair().cosmic }),
  'invalid-document': JSON.stringify({ ...examplePair(), cosmic: { ...examplePair().cosmic, patient: undefined } }),
  'forbidden-key': goodLine(9_999_999).replace('{"cosmic":', '{"__proto__":{"polluted":true},"cosmic":'),
  'patient-mismatch': JSON.stringify({ cosmic: examplePair().cosmic, pascal: { ...examplePair().pascal, patient: { id: 'SYN-0000002' } } }),
};

/** A writable stream that keeps what is written to it, for reading back in a test. */
export const textSink = (): { readonly stream: Writable; readonly text: () => string } => {
  const parts: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      parts.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { stream, text: () => parts.join('') };
};

/** The lines of an NDJSON text, parsed. */
export const ndjson = (text: string): ReadonlyArray<Record<string, unknown>> =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
