import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { IsoDateCodec, parseJson, reportErrors, WeekdayCodec, type DocumentError } from '../decode';
import type { IsoDate } from '../model';
import type { ComparableLine } from './changes';

/** The format name a handover list's JSON carries. */
export const HANDOVER_FORMAT = 'medrec-handover';

/** The version of the handover JSON contract; raised when a field changes meaning or goes away. */
export const HANDOVER_VERSION = 1;

/** A handover list handed over earlier, as far as the changes since it need: its date, patient and lines. */
export interface PreviousList {
  readonly asOf: IsoDate;
  readonly patient: { readonly id: string };
  readonly lines: ReadonlyArray<ComparableLine>;
}

const Source = t.keyof({ cosmic: null, pascal: null });

const cell = <C extends t.Mixed>(value: C, name: string) =>
  t.union(
    [
      t.type({ kind: t.literal('same'), value: t.readonlyArray(value) }),
      t.type({ kind: t.literal('one-side'), source: Source, value: t.readonlyArray(value) }),
      t.type({ kind: t.literal('differs'), cosmic: t.readonlyArray(value), pascal: t.readonlyArray(value) }),
      t.type({ kind: t.literal('none') }),
    ],
    name,
  );

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);

const ItemState = t.type(
  {
    kind: t.keyof({ active: null, discontinued: null, cancelled: null, 'not-started': null, ended: null }),
    date: nullable(IsoDateCodec),
    reason: nullable(t.string),
  },
  'item state',
);

const Quantity = t.type({ quantity: t.number, unit: t.string }, 'quantity');

const DoseColumn = t.union(
  [
    t.type({
      kind: t.literal('scheduled'),
      slots: t.type({ morning: t.readonlyArray(Quantity), midday: t.readonlyArray(Quantity), evening: t.readonlyArray(Quantity), night: t.readonlyArray(Quantity) }),
      intervalDays: t.number,
      weekdays: t.readonlyArray(WeekdayCodec),
      step: nullable(t.type({ from: IsoDateCodec, to: nullable(IsoDateCodec) })),
    }),
    t.type({ kind: t.literal('as-needed') }),
    t.type({ kind: t.literal('unstructured'), text: t.string }),
    t.type({ kind: t.literal('rate'), rate: t.type({ quantity: t.number, unit: t.string, per: t.union([t.literal('min'), t.literal('h'), t.literal('d')]) }) }),
    t.type({ kind: t.literal('unknown'), text: nullable(t.string) }),
  ],
  'dose',
);

/** A value that could not be read when the list was written (`{ "kind": "unknown" }`). */
const UnknownValue = t.type({ kind: t.literal('unknown') }, 'unknown');

const Strength = t.union(
  [t.type({ substance: t.string, value: t.number, unit: t.string }), t.type({ substance: t.string, kind: t.literal('unknown') })],
  'strength',
);

const Line = t.type(
  {
    key: t.string,
    drug: t.string,
    columns: t.type({
      state: cell(ItemState, 'state cell'),
      dose: cell(DoseColumn, 'dose cell'),
      form: cell(t.union([t.string, UnknownValue]), 'form cell'),
      strength: cell(Strength, 'strength cell'),
      purpose: cell(t.union([t.string, UnknownValue]), 'purpose cell'),
    }),
  },
  'line',
);

const PreviousDocument = t.type({
  format: t.literal(HANDOVER_FORMAT, `"${HANDOVER_FORMAT}"`),
  version: t.literal(HANDOVER_VERSION, `${HANDOVER_VERSION} (the handover list version this medrec reads)`),
  asOf: IsoDateCodec,
  patient: t.type({ id: t.string }),
  lines: t.readonlyArray(Line),
  inactive: t.readonlyArray(Line),
});

/**
 * Reads a handover list written earlier by `medrec handover --format json`, from its parsed JSON.
 * Errs with the file and JSON path when it is not one (or of another version).
 *
 * @example
 * decodePreviousList(JSON.parse(text), { file: 'förra-listan.json' }) // right({ asOf: '2026-11-01', patient, lines })
 */
export const decodePreviousList = (u: unknown, options: { readonly file?: string } = {}): E.Either<DocumentError, PreviousList> => {
  const decoded = PreviousDocument.decode(u);
  if (E.isLeft(decoded)) {
    const problems = reportErrors(decoded.left);
    const first = problems[0] ?? { path: '(document)', message: 'expected a medrec handover list' };
    return E.left({ kind: 'invalid-frame', file: options.file ?? null, path: first.path, message: first.message, problems: problems.length > 0 ? problems : [first] });
  }
  const d = decoded.right;
  return E.right({ asOf: d.asOf, patient: { id: d.patient.id }, lines: [...d.lines, ...d.inactive] });
};

/**
 * Parses and reads a previous handover list from its JSON text.
 *
 * @example
 * parsePreviousList(fs.readFileSync('förra-listan.json', 'utf8'), { file: 'förra-listan.json' })
 */
export const parsePreviousList = (text: string, options: { readonly file?: string } = {}): E.Either<DocumentError, PreviousList> =>
  E.chain((u: unknown) => decodePreviousList(u, options))(parseJson(text, options.file ?? null));
