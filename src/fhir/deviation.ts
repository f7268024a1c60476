import type { Discrepancy, DiscrepancyKind } from '../diff';

/**
 * What the `DetectedIssue` export needs of a deviation (avvikelse): the discrepancy it is about, its
 * risk score (1–16, likelihood × consequence; 8 and above is serious), a Swedish text saying what is
 * wrong and the suggested action in Swedish. A structural interface: the classify stage's deviations
 * fit it as they are, or through a small mapping, without this stage importing that one.
 *
 * @example
 * const d: DeviationForFhir = { discrepancy, riskScore: 12, detail: 'Zopiklon är utsatt i journalen men dosdispenseras fortfarande.', action: 'Kontakta förskrivaren och sätt ut receptet.' };
 */
export interface DeviationForFhir {
  readonly discrepancy: Discrepancy;
  readonly riskScore: number;
  readonly detail: string;
  readonly action: string;
}

/** The severity of a DetectedIssue (FHIR R4 `detectedissue-severity`). */
export type IssueSeverity = 'high' | 'moderate' | 'low';

/**
 * The severity of a risk score, by these bands: 8–16 `high` (serious, as the risk model defines it),
 * 4–7 `moderate`, 1–3 `low`. A score outside 1–16, or not a number, is `high`: an unknown risk is
 * treated as a serious one.
 *
 * @example
 * issueSeverityOf(12) // 'high'
 * issueSeverityOf(6)  // 'moderate'
 * issueSeverityOf(2)  // 'low'
 */
export const issueSeverityOf = (riskScore: number): IssueSeverity => {
  if (!Number.isFinite(riskScore) || riskScore < 1 || riskScore > 16) return 'high';
  return riskScore >= 8 ? 'high' : riskScore >= 4 ? 'moderate' : 'low';
};

/**
 * The severity given to a discrepancy that has not been classified as a deviation (no risk score
 * yet): `high`, the conservative default, so that nothing unassessed looks harmless.
 */
export const UNASSESSED_SEVERITY: IssueSeverity = 'high';

/** The suggested action (föreslagen åtgärd) for an unclassified discrepancy of each kind, in Swedish. */
export const DEFAULT_MITIGATION: Readonly<Record<DiscrepancyKind, string>> = {
  'missing-in-pascal': 'Kontrollera med ansvarig läkare om läkemedlet ska förskrivas, eller sätt ut det i journalen.',
  'missing-in-cosmic': 'Kontrollera med ansvarig läkare om läkemedlet ska ordineras i journalen, eller makuleras i e-receptlistan.',
  dose: 'Kontrollera med ansvarig läkare vilken dos som gäller och rätta den lista som är fel.',
  schedule: 'Kontrollera med ansvarig läkare vilka doseringstider som gäller och rätta den lista som är fel.',
  strength: 'Kontrollera att styrkan och antalet tabletter ger samma dos, och rätta den lista som är fel.',
  form: 'Kontrollera med ansvarig läkare vilken läkemedelsform som gäller.',
  route: 'Kontrollera med ansvarig läkare vilket administreringssätt som gäller.',
  'as-needed': 'Kontrollera med ansvarig läkare om läkemedlet ska ges vid behov eller regelbundet, och högsta dos per dygn.',
  status: 'Kontrollera med ansvarig läkare om läkemedlet är utsatt; sätt ut det i den lista där det fortfarande är aktivt.',
  period: 'Kontrollera med ansvarig läkare vilket slutdatum som gäller.',
  'prescription-expired': 'Kontakta förskrivaren för ett nytt recept, eller sätt ut läkemedlet i journalen.',
  dispensing: 'Kontrollera om läkemedlet ska dosdispenseras eller lämnas ut i helförpackning.',
  duplicate: 'Kontrollera med ansvarig läkare vilken av förskrivningarna som gäller och makulera den andra.',
  'not-comparable': 'Läs båda doseringarna och kontrollera med ansvarig läkare vilken som gäller.',
};
