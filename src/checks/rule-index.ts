import { amountText } from './amount-text';
import { massInMikrog } from './daily-dose';
import type { FindingKind } from './finding';
import { AVOID_RULES, DOSE_RULES, EXPIRY, PALLIATIVE_RULES, POLYPHARMACY, PSYCHOTROPICS, REGIMEN_RULES, SAME_GROUP } from './rules';

/** Every rule of the checks by id: its finding kind and a short Swedish name, for reports. */
export const RULE_INDEX: ReadonlyMap<string, { readonly kind: FindingKind; readonly sv: string }> = new Map<string, { readonly kind: FindingKind; readonly sv: string }>([
  ...PALLIATIVE_RULES.map((r) => [r.id, { kind: 'palliative' as const, sv: `injektion vid behov mot ${r.sv} saknas` }] as const),
  ...AVOID_RULES.map((r) => [r.id, { kind: 'avoid' as const, sv: r.sv }] as const),
  ...DOSE_RULES.map((r) => [r.id, { kind: 'dose' as const, sv: `${r.substance} över ${amountText(massInMikrog(r.limit.value, r.limit.unit) ?? 0, 'mikrog')} per dygn` }] as const),
  ...REGIMEN_RULES.map((r) => [r.id, { kind: 'regimen' as const, sv: `${r.sv}, för länge` }] as const),
  [PSYCHOTROPICS.id, { kind: 'psychotropics', sv: `${PSYCHOTROPICS.drugsFrom} eller fler psykofarmaka` }],
  [SAME_GROUP.id, { kind: 'same-group', sv: `${SAME_GROUP.drugsFrom} eller fler i samma terapeutiska grupp` }],
  [POLYPHARMACY.id, { kind: 'polypharmacy', sv: `${POLYPHARMACY.drugsFrom} eller fler läkemedel` }],
  [EXPIRY.id, { kind: 'expiring-prescription', sv: `recept som går ut inom ${EXPIRY.horizonDays} dagar` }],
]);
