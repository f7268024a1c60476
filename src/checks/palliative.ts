import { canonicalDosageOf } from '../dosage';
import { formClass, routeKey, type IsoDate, type MedicationItem } from '../model';
import { inDrugSet } from './drug-set';
import type { Finding } from './finding';
import type { LineItems } from './line-items';
import { INJECTION, PALLIATIVE_RULES, SOURCE_CITATION, type PalliativeNeed, type PalliativeRule } from './rules';

/**
 * Whether an item is an injection: given subcutaneously, intravenously or intramuscularly, or of an
 * injection form (INJECTION).
 *
 * @example
 * isInjection(morfinInjektionSc) // true
 * isInjection(oxynormKapsel)     // false
 */
export const isInjection = (item: MedicationItem): boolean =>
  (typeof item.route === 'string' && (INJECTION.routes as ReadonlyArray<string>).includes(routeKey(item.route))) ||
  (typeof item.product.form === 'string' && (INJECTION.formClasses as ReadonlyArray<string>).includes(formClass(item.product.form)));

/**
 * Whether an item is dosed as needed on `asOf`: its canonical dosage is as needed, or scheduled with
 * an as-needed dose on top. A text that is not understood is not read as as-needed.
 *
 * @example
 * isAsNeeded(midazolamVidBehov, '2026-11-20') // true
 */
export const isAsNeeded = (item: MedicationItem, asOf: IsoDate): boolean => {
  const c = canonicalDosageOf(item, asOf);
  return c.kind === 'as-needed' || (c.kind === 'scheduled' && c.asNeeded !== undefined);
};

/**
 * The palliative rule an item meets (an as-needed injection of its drugs), if any.
 *
 * @example
 * palliativeRuleOf(midazolamInjektionVidBehov, '2026-11-20')?.need // 'anxiety'
 */
export const palliativeRuleOf = (item: MedicationItem, asOf: IsoDate): PalliativeRule | undefined =>
  PALLIATIVE_RULES.find((rule) => inDrugSet(item, rule.set) && isInjection(item) && isAsNeeded(item, asOf));

/** What the palliative checks found: which as-needed injections are prescribed, and a finding per one missing. */
export interface PalliativeChecks {
  readonly injections: Readonly<Record<PalliativeNeed, boolean>>;
  readonly findings: ReadonlyArray<Finding>;
}

const missingText = (rule: PalliativeRule): string =>
  `Vid behovsordination av injektion mot ${rule.sv} saknas: ${rule.drugSv}. ` +
  `I livets slutskede bör läkemedel vid behov mot smärta, ångest, illamående och rosslighet vara ordinerade, i första hand subkutant` +
  `${rule.target === null ? '' : ` (nationell målnivå: minst ${Math.round(rule.target * 100)} % av patienterna)`}.`;

/**
 * The palliative checks of a list in force: for each expected symptom (pain, anxiety, nausea, death
 * rattle), whether an as-needed injection of a recommended drug is in force on either list, and a
 * finding for each that is missing.
 *
 * @example
 * palliativeChecks(linesInForce(result), '2026-11-20').injections // { pain: true, anxiety: false, nausea: true, rattle: true }
 */
export const palliativeChecks = (lines: ReadonlyArray<LineItems>, asOf: IsoDate): PalliativeChecks => {
  const items = lines.flatMap((l): ReadonlyArray<MedicationItem> => [...l.cosmic, ...l.pascal]);
  const met = new Set(items.flatMap((i) => palliativeRuleOf(i, asOf)?.need ?? []));
  const injections = { pain: met.has('pain'), anxiety: met.has('anxiety'), nausea: met.has('nausea'), rattle: met.has('rattle') };
  const findings = PALLIATIVE_RULES.filter((rule) => !met.has(rule.need)).map(
    (rule): Finding => ({
      id: rule.id,
      kind: 'palliative',
      rule: rule.id,
      assessment: 'flagged',
      drug: rule.drugSv,
      drugs: [rule.drugSv],
      cosmic: [],
      pascal: [],
      source: { id: rule.source, citation: SOURCE_CITATION[rule.source] },
      value: { kind: 'missing-injection', need: rule.need },
      text: missingText(rule),
    }),
  );
  return { injections, findings };
};
