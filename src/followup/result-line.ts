import * as E from 'fp-ts/lib/Either.js';
import { FINDING_KINDS, type Assessment, type FindingKind, type PalliativeNeed } from '../checks';
import type { RiskBand, Subcategory } from '../classify';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../diff';
import { isIsoDate, redactedExcerpt, type IsoDate } from '../model';

/** One discrepancy (avvikelse mellan listorna) of a batch result line: its kind, drug, text and the items on each side. */
export interface ResultDiscrepancy {
  readonly kind: DiscrepancyKind;
  readonly drug: string | null;
  readonly text: string | null;
  readonly cosmic: ReadonlyArray<string>;
  readonly pascal: ReadonlyArray<string>;
  /** Both sides' values as written (the decisions fingerprint is worked out from them). */
  readonly values: unknown;
}

/** One deviation (avvikelse att åtgärda) of a batch result line: its run id, its discrepancy's kind and items, and how it was classified. */
export interface ResultDeviation {
  readonly id: string;
  readonly kind: DiscrepancyKind;
  readonly cosmic: ReadonlyArray<string>;
  readonly pascal: ReadonlyArray<string>;
  readonly category: string;
  readonly subcategory: Subcategory;
  readonly riskBand: RiskBand;
  readonly serious: boolean;
  /** The Swedish text of the suggested action, when one was written. */
  readonly action: string | null;
}

/** One finding (fynd) of the clinical checks on a batch result line. */
export interface ResultFinding {
  readonly kind: FindingKind;
  readonly rule: string;
  readonly assessment: Assessment;
}

/** The patient facts the clinical checks wrote on a batch result line (75 and over, palliative, as-needed injections in force). */
export interface ResultChecks {
  readonly older: boolean | null;
  readonly palliative: boolean;
  readonly palliativeInjections: Readonly<Record<PalliativeNeed, boolean>> | null;
}

/**
 * One line of a batch result file (`medrec batch --out`) as its readers see it: the run's date, the
 * patient id as written (null when there is none), where (care unit, municipality), whether
 * dose-dispensed, the clinical checks (null in a file written before them), the counts of unreadable
 * items, and its discrepancies, deviations and findings.
 *
 * @example
 * const line: ResultLine = { asOf: '2026-11-20', patientId: 'SYN-0000001', unit: 'Hemsjukvården', municipality: 'Karlstad', doseDispensing: false, checks: null, invalidItems: 0, partlyReadItems: 0, discrepancies: [], deviations: [], findings: [] };
 */
export interface ResultLine {
  readonly asOf: IsoDate;
  readonly patientId: string | null;
  readonly unit: string | null;
  readonly municipality: string | null;
  readonly doseDispensing: boolean | null;
  readonly checks: ResultChecks | null;
  readonly invalidItems: number;
  /** Items with fields that could not be read (0 in results written before `problems` existed). */
  readonly partlyReadItems: number;
  readonly discrepancies: ReadonlyArray<ResultDiscrepancy>;
  readonly deviations: ReadonlyArray<ResultDeviation>;
  readonly findings: ReadonlyArray<ResultFinding>;
}

/**
 * Why a batch result line could not be read: the JSON path and what was expected. A value is quoted
 * only cut and redacted; the patient id is never quoted.
 *
 * @example
 * const p: ResultLineFault = { path: 'deviations[0].riskBand', message: 'expected one of low, moderate, high, very-high, got "extreme"' };
 */
export interface ResultLineFault {
  readonly path: string;
  readonly message: string;
}

const RISK_BANDS: ReadonlyArray<RiskBand> = ['low', 'moderate', 'high', 'very-high'];
const SUBCATEGORIES: ReadonlyArray<Subcategory> = ['ordination', 'dokumentation', 'kommunikation', 'administrering'];
const ASSESSMENTS: ReadonlyArray<Assessment> = ['flagged', 'not-assessable'];

/** Thrown only inside this module, to leave a deep read at its first problem; never escapes. */
class Unreadable {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

type Json = Record<string, unknown>;

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : v === undefined ? 'missing' : typeof v === 'string' ? JSON.stringify(redactedExcerpt(v)) : typeof v === 'number' ? redactedExcerpt(v) : typeof v);

const field = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const object = (v: unknown, path: string): Json => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Unreadable(path, `expected an object, got ${describe(v)}`);
  return v as Json;
};

const array = (v: unknown, path: string): ReadonlyArray<unknown> => {
  if (!Array.isArray(v)) throw new Unreadable(path, `expected an array, got ${describe(v)}`);
  return v;
};

const oneOf = <T extends string>(v: unknown, allowed: ReadonlyArray<T>, path: string): T => {
  if (typeof v !== 'string' || !(allowed as ReadonlyArray<string>).includes(v)) throw new Unreadable(path, `expected one of ${allowed.join(', ')}, got ${describe(v)}`);
  return v as T;
};

const text = (v: unknown, path: string): string => {
  if (typeof v !== 'string' || v.trim() === '') throw new Unreadable(path, `expected a non-empty string, got ${describe(v)}`);
  return v;
};

const optionalText = (v: unknown, path: string): string | null => (v === undefined || v === null ? null : text(v, path));

const optionalBoolean = (v: unknown, path: string): boolean | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'boolean') throw new Unreadable(path, `expected true or false, got ${describe(v)}`);
  return v;
};

const boolean = (v: unknown, path: string): boolean => {
  const b = optionalBoolean(v, path);
  if (b === null) throw new Unreadable(path, `expected true or false, got ${describe(v)}`);
  return b;
};

const count = (v: unknown, path: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Unreadable(path, `expected a count, got ${describe(v)}`);
  return v;
};

const ids = (v: unknown, path: string): ReadonlyArray<string> => array(v, path).map((x, k) => text(x, `${path}[${k}]`));

const injections = (v: unknown, path: string): Readonly<Record<PalliativeNeed, boolean>> | null => {
  if (v === null || v === undefined) return null;
  const o = object(v, path);
  const need = (k: PalliativeNeed) => boolean(field(o, k), `${path}.${k}`);
  return { pain: need('pain'), anxiety: need('anxiety'), nausea: need('nausea'), rattle: need('rattle') };
};

const checksOf = (v: unknown): ResultChecks | null => {
  if (v === undefined) return null;
  const checks = object(v, 'checks');
  const palliative = optionalBoolean(field(checks, 'palliative'), 'checks.palliative') ?? false;
  return {
    older: optionalBoolean(field(checks, 'older'), 'checks.older'),
    palliative,
    palliativeInjections: palliative ? injections(field(checks, 'palliativeInjections'), 'checks.palliativeInjections') : null,
  };
};

const discrepancyOf = (d: unknown, k: number): ResultDiscrepancy => {
  const at = `discrepancies[${k}]`;
  const o = object(d, at);
  const kind = oneOf(field(o, 'kind'), DISCREPANCY_KINDS, `${at}.kind`);
  const drug = field(o, 'drug');
  const said = field(o, 'text');
  return {
    kind,
    drug: typeof drug === 'string' ? drug : null,
    text: typeof said === 'string' ? said : null,
    cosmic: ids(field(o, 'cosmic'), `${at}.cosmic`),
    pascal: ids(field(o, 'pascal'), `${at}.pascal`),
    values: field(o, 'values'),
  };
};

const deviationOf = (d: unknown, k: number): ResultDeviation => {
  const at = `deviations[${k}]`;
  const o = object(d, at);
  const category = field(o, 'category');
  if (typeof category !== 'string' || category === '') throw new Unreadable(`${at}.category`, `expected a category, got ${describe(category)}`);
  const serious = boolean(field(o, 'serious'), `${at}.serious`);
  const discrepancy = object(field(o, 'discrepancy'), `${at}.discrepancy`);
  const kind = oneOf(field(discrepancy, 'kind'), DISCREPANCY_KINDS, `${at}.discrepancy.kind`);
  const subcategory = oneOf(field(o, 'subcategory'), SUBCATEGORIES, `${at}.subcategory`);
  const riskBand = oneOf(field(o, 'riskBand'), RISK_BANDS, `${at}.riskBand`);
  const action = field(o, 'action');
  return {
    id: text(field(o, 'id'), `${at}.id`),
    kind,
    cosmic: ids(field(discrepancy, 'cosmic'), `${at}.discrepancy.cosmic`),
    pascal: ids(field(discrepancy, 'pascal'), `${at}.discrepancy.pascal`),
    category,
    subcategory,
    riskBand,
    serious,
    action: typeof action === 'object' && action !== null && typeof (action as Json)['sv'] === 'string' ? ((action as Json)['sv'] as string) : null,
  };
};

const findingOf = (f: unknown, k: number): ResultFinding => {
  const at = `findings[${k}]`;
  const o = object(f, at);
  const rule = field(o, 'rule');
  if (typeof rule !== 'string' || rule === '') throw new Unreadable(`${at}.rule`, `expected a rule id, got ${describe(rule)}`);
  return { kind: oneOf(field(o, 'kind'), FINDING_KINDS, `${at}.kind`), rule, assessment: oneOf(field(o, 'assessment'), ASSESSMENTS, `${at}.assessment`) };
};

const read = (value: unknown): ResultLine => {
  const o = object(value, '(line)');
  const asOf = field(o, 'asOf');
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) throw new Unreadable('asOf', `expected a date YYYY-MM-DD, got ${describe(asOf)}`);
  const patient = object(field(o, 'patient'), 'patient');
  const id = field(patient, 'id');
  const summary = object(field(o, 'summary'), 'summary');
  return {
    asOf,
    patientId: typeof id === 'string' && id.trim() !== '' ? id : null,
    unit: optionalText(field(o, 'unit'), 'unit'),
    municipality: optionalText(field(patient, 'municipality'), 'patient.municipality'),
    doseDispensing: optionalBoolean(field(o, 'doseDispensing'), 'doseDispensing'),
    checks: checksOf(field(o, 'checks')),
    invalidItems: count(field(summary, 'invalidItems'), 'summary.invalidItems'),
    partlyReadItems: field(summary, 'partlyReadItems') === undefined ? 0 : count(field(summary, 'partlyReadItems'), 'summary.partlyReadItems'),
    discrepancies: array(field(o, 'discrepancies'), 'discrepancies').map(discrepancyOf),
    deviations: array(field(o, 'deviations'), 'deviations').map(deviationOf),
    findings: array(field(o, 'findings'), 'findings').map(findingOf),
  };
};

/**
 * Reads one parsed line of a batch result file (`medrec batch --out`): the one reader of result lines,
 * for follow-up (`medrec report`) and the deviation register (`medrec register ingest`) alike. A line
 * that is not such a result (another file, a hand-edited line) is a fault with the JSON path of its
 * first problem and what was expected; a quoted value is cut and redacted, the patient id never quoted.
 * Pure and total: it never throws, whatever the value.
 *
 * @example
 * readResultLine(JSON.parse(line))
 * // right({ asOf: '2026-11-20', patientId: 'SYN-0000001', unit: 'Hemsjukvården', municipality: 'Karlstad', deviations: [{ id: 'dose:C-1:P-1', kind: 'dose', … }], … })
 * readResultLine([1, 2]) // left({ path: '(line)', message: 'expected an object, got an array' })
 */
export const readResultLine = (value: unknown): E.Either<ResultLineFault, ResultLine> => {
  try {
    return E.right(read(value));
  } catch (e) {
    if (e instanceof Unreadable) return E.left({ path: e.path, message: e.message });
    throw e;
  }
};
