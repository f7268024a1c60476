import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { checkedNumber, checkedString, IsoDateCodec, NonEmptyString, parseJson, reportErrors, WeekdayCodec, type DocumentError } from '../decode';
import { isClockTime, isTimestamp, redactPersonnummer, type ItemId, type Problem, type Timestamp } from '../model';
import { DECISIONS_FORMAT, DECISIONS_VERSION, type DecidedValue, type DecisionEntry, type DecisionsDocument, type Fingerprint, type RejectedEntry } from './document';
import { isFingerprint } from './fingerprint';

// The codecs mirror the decisions document of the README field by field. Unknown fields (the template's
// `kind`, `drug`, `values` and `text`) pass through and are ignored.

const TimestampCodec = checkedString<Timestamp>('timestamp with offset (YYYY-MM-DDTHH:MM:SS+01:00)', isTimestamp);
const FingerprintCodec = checkedString<Fingerprint>('fingerprint ("v1:" and 16 lowercase hex digits)', isFingerprint);
const ClockTime = checkedString<string>('HH:MM', isClockTime);
const Positive = checkedNumber('positive number', (n) => Number.isFinite(n) && n > 0);
const NonNegative = checkedNumber('number of zero or more', (n) => Number.isFinite(n) && n >= 0);
const PositiveInteger = checkedNumber('whole number of 1 or more', (n) => Number.isInteger(n) && n >= 1);

// The data contract's dosage shape (../shared/formats/README.md, "dosage").
const Dose = t.type({ time: ClockTime, quantity: NonNegative, unit: NonEmptyString }, 'dose');
const AsNeeded = t.intersection(
  [t.type({ quantity: Positive }), t.partial({ unit: NonEmptyString, maxPerDay: Positive, minIntervalHours: Positive, indication: t.string })],
  'asNeeded',
);
const DoseStep = t.intersection([t.type({ from: IsoDateCodec, doses: t.array(Dose) }), t.partial({ to: IsoDateCodec, intervalDays: PositiveInteger })], 'dose step');
const Dosage = t.intersection(
  [
    t.type({ text: t.string }),
    t.partial({ doses: t.array(Dose), intervalDays: PositiveInteger, weekdays: t.array(WeekdayCodec), asNeeded: AsNeeded, steps: t.array(DoseStep) }),
  ],
  'dosage (the data contract\'s dosage shape)',
);

/** The value that is right, for choice `neither`: a dosage in the contract's shape, or a status. */
const DecidedValueCodec = t.union(
  [
    t.type({ kind: t.literal('dosage'), dosage: Dosage }, 'dosage value'),
    t.type({ kind: t.literal('status'), status: t.keyof({ active: null, discontinued: null }) }, 'status value'),
  ],
  '{ kind: "dosage", dosage } or { kind: "status", status: "active" | "discontinued" }',
);

const Role = t.keyof({ physician: null, pharmacist: null, nurse: null }, 'role (physician, pharmacist or nurse)');
const Decider = t.type({ name: NonEmptyString, hsaId: NonEmptyString, role: Role }, 'decider');
const Signature = t.type({ signedBy: t.type({ name: NonEmptyString, hsaId: NonEmptyString }), signedAt: TimestampCodec }, 'signature');

const Frame = t.intersection(
  [
    t.type({
      format: t.literal(DECISIONS_FORMAT),
      version: t.literal(DECISIONS_VERSION),
      patient: t.type({ id: NonEmptyString }, 'patient'),
      asOf: IsoDateCodec,
      decidedBy: t.union([Decider, t.null]),
      decidedAt: t.union([TimestampCodec, t.null]),
      decisions: t.array(t.unknown),
    }),
    t.partial({ signature: t.union([Signature, t.null]) }),
  ],
  'decisions document',
);

const Choice = t.union([t.keyof({ cosmic: null, pascal: null, neither: null, stop: null, keep: null }), t.null], 'choice (cosmic, pascal, neither, stop, keep or null)');

const EntryBase = t.intersection(
  [t.type({ deviation: NonEmptyString, fingerprint: FingerprintCodec, choice: Choice }), t.partial({ comment: t.union([t.string, t.null]) })],
  'decision',
);

const KeepIds = t.array(NonEmptyString, 'list of item ids');

const readableDeviation = (u: unknown): string | null => {
  if (typeof u !== 'object' || u === null) return null;
  const id: unknown = (u as Record<string, unknown>)['deviation'];
  return typeof id === 'string' && id.trim() !== '' ? redactPersonnummer(id) : null;
};

const rejected = (index: number, u: unknown, problem: Problem): RejectedEntry => ({
  index,
  deviation: readableDeviation(u),
  path: problem.path,
  message: problem.message,
});

/**
 * Decodes one entry at `index` of `decisions`: the entry, or why it was rejected (path and what was
 * expected). `neither` needs a `value` that decodes; `keep` a non-empty list of item ids.
 *
 * @example
 * decodeDecisionEntry({ deviation: 'dose:C-2:P-2', fingerprint: 'v1:…', choice: 'neither' }, 2)
 * // left({ index: 2, deviation: 'dose:C-2:P-2', path: 'decisions[2].value', message: 'expected a decided value for choice "neither" …, got missing' })
 */
export const decodeDecisionEntry = (u: unknown, index: number): E.Either<RejectedEntry, DecisionEntry> => {
  const at = `decisions[${index}]`;
  const base = EntryBase.decode(u);
  if (E.isLeft(base)) {
    const [first] = reportErrors(base.left, at);
    return E.left(rejected(index, u, first ?? { path: at, message: 'expected a decision' }));
  }
  const { deviation, fingerprint, choice } = base.right;
  const comment = base.right.comment ?? null;
  const raw = u as Record<string, unknown>;
  switch (choice) {
    case 'neither': {
      if (raw['value'] === undefined || raw['value'] === null) {
        return E.left(
          rejected(index, u, {
            path: `${at}.value`,
            message: `expected a decided value for choice "neither" (${DecidedValueCodec.name}), got ${raw['value'] === null ? 'null' : 'missing'}`,
          }),
        );
      }
      const value = DecidedValueCodec.decode(raw['value']);
      if (E.isLeft(value)) {
        const problems = reportErrors(value.left, `${at}.value`);
        // The deepest path says most: a bad dose time rather than "not one of the alternatives".
        const best = [...problems].sort((a, b) => b.path.length - a.path.length)[0];
        return E.left(rejected(index, u, best ?? { path: `${at}.value`, message: `expected ${DecidedValueCodec.name}` }));
      }
      return E.right({ deviation, fingerprint, comment, choice, value: value.right as DecidedValue });
    }
    case 'keep': {
      const keep = KeepIds.decode(raw['keep']);
      if (E.isLeft(keep)) {
        const [first] = reportErrors(keep.left, `${at}.keep`);
        return E.left(rejected(index, u, first ?? { path: `${at}.keep`, message: 'expected a list of item ids' }));
      }
      if (keep.right.length === 0) return E.left(rejected(index, u, { path: `${at}.keep`, message: 'expected at least one item id to keep, got an empty list' }));
      return E.right({ deviation, fingerprint, comment, choice, keep: keep.right.map((id) => id as ItemId) });
    }
    default:
      return E.right({ deviation, fingerprint, comment, choice });
  }
};

/** Options of `decodeDecisions`: the file the document came from, for messages. */
export interface DecisionsDecodeOptions {
  readonly file?: string;
}

/**
 * Decodes a decisions document (`medrec-decisions`, version 1). A document without its frame (format,
 * version, patient, asOf, decidedBy, decidedAt, the decisions array) is rejected whole, with the file
 * and JSON path; a bad entry is set apart in `rejected` with its path and what was expected, and every
 * other entry still counts. The patient id is never quoted.
 *
 * @example
 * decodeDecisions(JSON.parse(text), { file: 'beslut.json' }) // right({ asOf: '2026-11-20', decisions: [...], rejected: [], ... })
 */
export const decodeDecisions = (u: unknown, options: DecisionsDecodeOptions = {}): E.Either<DocumentError, DecisionsDocument> => {
  const file = options.file ?? null;
  const frame = Frame.decode(u);
  if (E.isLeft(frame)) {
    const problems = reportErrors(frame.left);
    const [first, ...rest] = problems.length > 0 ? problems : [{ path: '(document)', message: 'expected a decisions document' }];
    return E.left({ kind: 'invalid-frame', file, path: first!.path, message: first!.message, problems: [first!, ...rest] });
  }
  const f = frame.right;
  const decoded = f.decisions.map((entry, index) => decodeDecisionEntry(entry, index));
  return E.right({
    file,
    patient: { id: f.patient.id },
    asOf: f.asOf,
    decidedBy: f.decidedBy,
    decidedAt: f.decidedAt,
    decisions: decoded.flatMap((d) => (E.isRight(d) ? [d.right] : [])),
    rejected: decoded.flatMap((d) => (E.isLeft(d) ? [d.left] : [])),
    signature: f.signature ?? null,
  });
};

/**
 * Parses and decodes a decisions document from its JSON text.
 *
 * @example
 * parseDecisions(fs.readFileSync('beslut.json', 'utf8'), { file: 'beslut.json' })
 */
export const parseDecisions = (text: string, options: DecisionsDecodeOptions = {}): E.Either<DocumentError, DecisionsDocument> =>
  E.chain((u: unknown) => decodeDecisions(u, options))(parseJson(text, options.file ?? null));
