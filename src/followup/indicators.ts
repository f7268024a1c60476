import { PALLIATIVE_RULES, SOURCE_CITATION } from '../checks';
import type { IndicatorCounts } from './aggregate';

/** What an indicator should be: at least a share, or as low as possible (no number given). */
export type IndicatorTarget = { readonly kind: 'at-least'; readonly share: number } | { readonly kind: 'as-low-as-possible' };

/** How an indicator is defined: its numerator and denominator among the indicator counts, its target and source. */
export interface IndicatorDefinition {
  readonly id: string;
  readonly sv: string;
  /** A label short enough for a chart. */
  readonly short: string;
  readonly numerator: keyof IndicatorCounts;
  readonly denominator: keyof IndicatorCounts;
  readonly target: IndicatorTarget;
  readonly source: string;
  readonly note: string;
}

const palliativeTarget = PALLIATIVE_RULES.find((r) => r.need === 'pain')?.target ?? 0.98;

/**
 * The indicators the follow-up report computes, as data. The older-patient indicator has no number as
 * its target: Socialstyrelsen's standard is that the share be as low as possible.
 */
export const INDICATORS: ReadonlyArray<IndicatorDefinition> = [
  {
    id: 'older-drug-to-avoid',
    short: '75+ med läkemedel att undvika',
    sv: 'Andel patienter 75 år och äldre med minst ett läkemedel som bör undvikas',
    numerator: 'olderWithDrugToAvoid',
    denominator: 'older',
    target: { kind: 'as-low-as-possible' },
    source: `${SOURCE_CITATION.olderPatients}: Preparat som bör undvikas om inte särskilda skäl föreligger`,
    note: 'Patients aged 75 and over on the reconciliation date (age known) with at least one finding of kind avoid.',
  },
  {
    id: 'palliative-opioid-and-anxiolytic',
    short: 'Palliativa: opioid och ångestdämpande',
    sv: 'Andel palliativa patienter med injektion vid behov av både opioid och ångestdämpande',
    numerator: 'palliativeBoth',
    denominator: 'palliative',
    target: { kind: 'at-least', share: palliativeTarget },
    source: SOURCE_CITATION.palliativeTargets,
    note: 'Palliative patients with an as-needed injection of an opioid (N02A) and of midazolam in force on the reconciliation date.',
  },
  {
    id: 'palliative-opioid',
    short: 'Palliativa: opioid',
    sv: 'Andel palliativa patienter med injektion vid behov av opioid',
    numerator: 'palliativeOpioid',
    denominator: 'palliative',
    target: { kind: 'at-least', share: palliativeTarget },
    source: SOURCE_CITATION.palliativeTargets,
    note: 'Vidbehovsordination av opioid mot smärta: target at least 98 %.',
  },
  {
    id: 'palliative-anxiolytic',
    short: 'Palliativa: ångestdämpande',
    sv: 'Andel palliativa patienter med injektion vid behov av ångestdämpande',
    numerator: 'palliativeAnxiolytic',
    denominator: 'palliative',
    target: { kind: 'at-least', share: palliativeTarget },
    source: SOURCE_CITATION.palliativeTargets,
    note: 'Vidbehovsordination av ångestdämpande läkemedel: target at least 98 %.',
  },
  {
    id: 'dose-dispensed-agreeing',
    short: 'Dosdispenserade: listorna överens',
    sv: 'Andel dosdispenserade patienter vars listor stämmer helt överens',
    numerator: 'doseDispensedAgreeing',
    denominator: 'doseDispensed',
    target: { kind: 'at-least', share: 1 },
    source: 'Regionens regel: journalens lista och e-receptlistan ska stämma överens för varje läkemedel på recept',
    note: 'Dose-dispensed patients (the e-prescription export says doseDispensing) with no discrepancy, no unreadable item and no unreadable field (problems).',
  },
];

/** An indicator's value for a group: the counts, the share (null with no one in the denominator), and whether its target is met. */
export interface IndicatorValue {
  readonly id: string;
  readonly sv: string;
  readonly short: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly share: number | null;
  readonly target: IndicatorTarget;
  /** null when the target is no number, or no one is in the denominator. */
  readonly met: boolean | null;
  readonly source: string;
}

/**
 * The indicators of a group of patients.
 *
 * @example
 * indicatorValues(aggregate.total.indicators)[1]
 * // { id: 'palliative-opioid-and-anxiolytic', numerator: 2881, denominator: 3012, share: 0.9565, target: { kind: 'at-least', share: 0.98 }, met: false, … }
 */
export const indicatorValues = (counts: IndicatorCounts): ReadonlyArray<IndicatorValue> =>
  INDICATORS.map((d) => {
    const numerator = counts[d.numerator];
    const denominator = counts[d.denominator];
    const share = denominator === 0 ? null : numerator / denominator;
    return {
      id: d.id,
      sv: d.sv,
      short: d.short,
      numerator,
      denominator,
      share,
      target: d.target,
      met: share === null || d.target.kind !== 'at-least' ? null : share >= d.target.share,
      source: d.source,
    };
  });
