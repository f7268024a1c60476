/**
 * Clinical checks (läkemedelsgenomgång — att överväga) on one reconciled list: for patients aged 75
 * and over, Socialstyrelsen's drug-specific indicators for older people (drugs to avoid, unsuitable
 * doses and regimens, polypharmacy, psychotropics, drugs in the same therapeutic group); for
 * palliative patients, the as-needed injections for expected symptoms at the end of life. Every rule
 * list is data in `rules.ts`, with its source. Findings are advice, kept apart from discrepancies.
 */
export { checkList, type ListChecks } from './check-list';
export { ageOn, type Age } from './age';
export { FINDING_KINDS, type Assessment, type DailyDoseLine, type Finding, type FindingKind, type FindingSource, type FindingValue, type NotAssessableReason, type SideDose } from './finding';
export { inDrugSet } from './drug-set';
export { expiryFindings } from './expiry';
export { itemDailyDose, massInMikrog, sideDailyDose } from './daily-dose';
export { linesInForce, type LineItems } from './line-items';
export { isAsNeeded, isInjection, palliativeChecks, palliativeRuleOf, type PalliativeChecks } from './palliative';
export { NOT_ASSESSABLE_TEXT, olderFindings } from './older';
export { amountText } from './amount-text';
export { RULE_INDEX } from './rule-index';
export {
  ANTICHOLINERGIC_DRUGS,
  AVOID_RULES,
  CHECK_RULES_VERSION,
  DOSE_RULES,
  EXPIRY,
  INJECTION,
  OLDER_FROM_AGE,
  OLDER_PARTS,
  PALLIATIVE_EXEMPTION,
  PALLIATIVE_RULES,
  POLYPHARMACY,
  PSYCHOTROPICS,
  REGIMEN_RULES,
  SAME_GROUP,
  SOURCE_CITATION,
  SOURCES,
  type AvoidRule,
  type DoseRule,
  type DrugSet,
  type ListedDrug,
  type OlderRuleKind,
  type PalliativeNeed,
  type PalliativeRule,
  type RegimenRule,
  type RuleSource,
  type SourceId,
} from './rules';
