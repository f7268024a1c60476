import type { ItemId } from '../model';
import type { Reconciliation } from '../reconcile';
import { ageOn, type Age } from './age';
import { FINDING_KINDS, type Finding } from './finding';
import { linesInForce, type LineItems } from './line-items';
import { olderFindings } from './older';
import { palliativeChecks, palliativeRuleOf } from './palliative';
import { expiryFindings } from './expiry';
import { CHECK_RULES_VERSION, EXPIRY, OLDER_FROM_AGE, type PalliativeNeed } from './rules';

/**
 * The clinical checks of one reconciled list (läkemedelsgenomgång — att överväga): the patient's age
 * and what it was read from, whether the older-patient rules applied (75 and over; null when the age
 * is unknown), whether the patient is palliative and which as-needed injections are prescribed, and
 * the findings. Findings are advice for the physician, apart from the discrepancies.
 */
export interface ListChecks {
  readonly rulesVersion: number;
  readonly age: number | null;
  readonly ageBasis: Extract<Age, { kind: 'known' }>['basis'] | null;
  readonly older: boolean | null;
  readonly palliative: boolean;
  readonly palliativeInjections: Readonly<Record<PalliativeNeed, boolean>> | null;
  readonly findings: ReadonlyArray<Finding>;
}

/** The lines with the items a palliative patient's rules already cover (as-needed injections) left out. */
const withoutExempt = (lines: ReadonlyArray<LineItems>, exempt: ReadonlySet<ItemId>): ReadonlyArray<LineItems> =>
  lines.flatMap((l) => {
    const cosmic = l.cosmic.filter((i) => !exempt.has(i.id));
    const pascal = l.pascal.filter((i) => !exempt.has(i.id));
    return cosmic.length + pascal.length === 0 ? [] : [{ line: l.line, cosmic, pascal }];
  });

/**
 * Runs the clinical checks on any reconciled list, on its own date: for a patient aged 75 and over
 * (from `patient.birthDate` or the personnummer), drugs to avoid, unsuitable daily doses and regimens,
 * polypharmacy, psychotropics and drugs in the same therapeutic group; for a palliative patient, the
 * as-needed injections for expected symptoms; for every patient, prescriptions about to expire (within
 * `r.expiryHorizonDays`, default 14) while the journal continues the drug. Only items in force count, on either list. Pure and
 * independent of item order. The rules are data: `src/checks/rules.ts`.
 *
 * @example
 * checkList(result)
 * // { rulesVersion: 1, age: 113, ageBasis: 'personnummer', older: true, palliative: false, palliativeInjections: null,
 * //   findings: [{ rule: 'regimen-hypnotic', drug: 'zopiklon', … }, { rule: 'polypharmacy-ten', … }] }
 */
export const checkList = (r: Reconciliation): ListChecks => {
  const age = ageOn(r.patient, r.asOf);
  const lines = linesInForce(r);
  const palliative = r.patient.palliative === true;
  const pal = palliative ? palliativeChecks(lines, r.asOf) : null;
  const exempt = new Set<ItemId>(
    palliative ? lines.flatMap((l) => [...l.cosmic, ...l.pascal]).filter((i) => palliativeRuleOf(i, r.asOf) !== undefined).map((i) => i.id) : [],
  );
  const older = age.kind === 'known' ? age.years >= OLDER_FROM_AGE : null;
  const found = [
    ...(pal?.findings ?? []),
    ...expiryFindings(lines, r.asOf, r.expiryHorizonDays ?? EXPIRY.horizonDays),
    ...(older === true ? olderFindings(withoutExempt(lines, exempt), lines, r.asOf) : []),
  ];
  return {
    rulesVersion: CHECK_RULES_VERSION,
    age: age.kind === 'known' ? age.years : null,
    ageBasis: age.kind === 'known' ? age.basis : null,
    older,
    palliative,
    palliativeInjections: pal?.injections ?? null,
    findings: [...found].sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind)),
  };
};
