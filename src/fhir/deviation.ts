/** The severity of a DetectedIssue (FHIR R4 `detectedissue-severity`). */
export type IssueSeverity = 'high' | 'moderate' | 'low';

/**
 * The DetectedIssue severity of a deviation's risk score, by these bands: 8–16 `high` (serious, as the
 * risk model defines it), 4–7 `moderate`, 1–3 `low`. A score outside 1–16, or not a number, is `high`:
 * an unknown risk is treated as a serious one.
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
