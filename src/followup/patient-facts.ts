import * as E from 'fp-ts/lib/Either.js';
import { FINDING_KINDS, type Assessment, type FindingKind, type PalliativeNeed } from '../checks';
import type { RiskBand, Subcategory } from '../classify';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../diff';
import { isIsoDate, redactedExcerpt, type IsoDate } from '../model';

/** One deviation of a result line, as much of it as follow-up counts. */
export interface DeviationFacts {
  readonly kind: DiscrepancyKind;
  readonly category: string;
  readonly subcategory: Subcategory;
  readonly riskBand: RiskBand;
  readonly serious: boolean;
}

/** One finding of a result line, as much of it as follow-up counts. */
export interface FindingFacts {
  readonly kind: FindingKind;
  readonly rule: string;
  readonly assessment: Assessment;
}

/**
 * What follow-up needs of one patient's batch result (one line of `medrec batch --out`): when (the
 * reconciliation date and its month), where (care unit, municipality), whether dose-dispensed, whether
 * 75 and over and palliative (with the as-needed injections in force), and the kinds of its
 * discrepancies, deviations and findings. No patient id: follow-up never needs one.
 */
export interface PatientFacts {
  readonly line: number;
  readonly asOf: IsoDate;
  readonly month: string;
  readonly unit: string | null;
  readonly municipality: string | null;
  readonly doseDispensing: boolean | null;
  readonly older: boolean | null;
  readonly palliative: boolean;
  readonly palliativeInjections: Readonly<Record<PalliativeNeed, boolean>> | null;
  readonly invalidItems: number;
  /** Items with fields that could not be read (0 in results written before `problems` existed). */
  readonly partlyReadItems: number;
  readonly discrepancies: ReadonlyArray<DiscrepancyKind>;
  readonly deviations: ReadonlyArray<DeviationFacts>;
  readonly findings: ReadonlyArray<FindingFacts>;
}

/** Why a result line could not be read: its number, the JSON path and what was expected. */
export interface ResultLineProblem {
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

const RISK_BAND_KEYS: ReadonlyArray<RiskBand> = ['low', 'moderate', 'high', 'very-high'];
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

const optionalString = (v: unknown, path: string): string | null => {
  if (v === undefined) return null;
  if (typeof v !== 'string' || v.trim() === '') throw new Unreadable(path, `expected a non-empty string, got ${describe(v)}`);
  return v;
};

const optionalBoolean = (v: unknown, path: string): boolean | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'boolean') throw new Unreadable(path, `expected true or false, got ${describe(v)}`);
  return v;
};

const count = (v: unknown, path: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Unreadable(path, `expected a count, got ${describe(v)}`);
  return v;
};

const injections = (v: unknown, path: string): Readonly<Record<PalliativeNeed, boolean>> | null => {
  if (v === null || v === undefined) return null;
  const o = object(v, path);
  const need = (k: PalliativeNeed) => {
    const b = optionalBoolean(field(o, k), `${path}.${k}`);
    if (b === null) throw new Unreadable(`${path}.${k}`, 'expected true or false, got missing');
    return b;
  };
  return { pain: need('pain'), anxiety: need('anxiety'), nausea: need('nausea'), rattle: need('rattle') };
};

const read = (value: unknown, line: number): PatientFacts => {
  const o = object(value, '(line)');
  const asOf = field(o, 'asOf');
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) throw new Unreadable('asOf', `expected a date YYYY-MM-DD, got ${describe(asOf)}`);
  const patient = object(field(o, 'patient'), 'patient');
  const summary = object(field(o, 'summary'), 'summary');
  const checksValue = field(o, 'checks');
  if (checksValue === undefined) throw new Unreadable('checks', 'expected the clinical checks, got missing: the file was written by a medrec without them; run medrec batch again');
  const checks = object(checksValue, 'checks');
  const palliative = optionalBoolean(field(checks, 'palliative'), 'checks.palliative') ?? false;
  return {
    line,
    asOf,
    month: asOf.slice(0, 7),
    unit: optionalString(field(o, 'unit'), 'unit'),
    municipality: optionalString(field(patient, 'municipality'), 'patient.municipality'),
    doseDispensing: optionalBoolean(field(o, 'doseDispensing'), 'doseDispensing'),
    older: optionalBoolean(field(checks, 'older'), 'checks.older'),
    palliative,
    palliativeInjections: palliative ? injections(field(checks, 'palliativeInjections'), 'checks.palliativeInjections') : null,
    invalidItems: count(field(summary, 'invalidItems'), 'summary.invalidItems'),
    partlyReadItems: field(summary, 'partlyReadItems') === undefined ? 0 : count(field(summary, 'partlyReadItems'), 'summary.partlyReadItems'),
    discrepancies: array(field(o, 'discrepancies'), 'discrepancies').map((d, k) => oneOf(field(object(d, `discrepancies[${k}]`), 'kind'), DISCREPANCY_KINDS, `discrepancies[${k}].kind`)),
    deviations: array(field(o, 'deviations'), 'deviations').map((d, k): DeviationFacts => {
      const at = `deviations[${k}]`;
      const dev = object(d, at);
      const category = field(dev, 'category');
      if (typeof category !== 'string' || category === '') throw new Unreadable(`${at}.category`, `expected a category, got ${describe(category)}`);
      const serious = optionalBoolean(field(dev, 'serious'), `${at}.serious`);
      if (serious === null) throw new Unreadable(`${at}.serious`, 'expected true or false, got missing');
      return {
        kind: oneOf(field(object(field(dev, 'discrepancy'), `${at}.discrepancy`), 'kind'), DISCREPANCY_KINDS, `${at}.discrepancy.kind`),
        category,
        subcategory: oneOf(field(dev, 'subcategory'), SUBCATEGORIES, `${at}.subcategory`),
        riskBand: oneOf(field(dev, 'riskBand'), RISK_BAND_KEYS, `${at}.riskBand`),
        serious,
      };
    }),
    findings: array(field(o, 'findings'), 'findings').map((f, k): FindingFacts => {
      const at = `findings[${k}]`;
      const fo = object(f, at);
      const rule = field(fo, 'rule');
      if (typeof rule !== 'string' || rule === '') throw new Unreadable(`${at}.rule`, `expected a rule id, got ${describe(rule)}`);
      return { kind: oneOf(field(fo, 'kind'), FINDING_KINDS, `${at}.kind`), rule, assessment: oneOf(field(fo, 'assessment'), ASSESSMENTS, `${at}.assessment`) };
    }),
  };
};

/**
 * Reads what follow-up needs from one parsed line of a batch result file. A line that is not such a
 * result (another file, a hand-edited line, a file written before the clinical checks) is a problem
 * with its line number, JSON path and what was expected; the patient id is never read, so never shown.
 *
 * @example
 * patientFacts(JSON.parse(line), 17)
 * // right({ line: 17, asOf: '2026-11-20', month: '2026-11', unit: 'Hemsjukvården', municipality: 'Karlstad', … })
 */
export const patientFacts = (value: unknown, line: number): E.Either<ResultLineProblem, PatientFacts> => {
  try {
    return E.right(read(value, line));
  } catch (e) {
    if (e instanceof Unreadable) return E.left({ line, path: e.path, message: e.message });
    throw e;
  }
};
