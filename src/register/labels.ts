import { RISK_BANDS } from '../classify';
import type { DiscrepancyKind } from '../diff';
import { KIND_LABEL } from '../render';

const BAND_SV = new Map<string, string>(RISK_BANDS.map((b) => [b.band, b.sv]));

/**
 * A risk band in Swedish (`high` is `hög`); an unknown band as written.
 *
 * @example
 * riskBandSv('very-high') // 'mycket hög'
 */
export const riskBandSv = (band: string): string => BAND_SV.get(band) ?? band;

/**
 * A kind of discrepancy in Swedish, as the report names it; an unknown kind as written.
 *
 * @example
 * kindSv('dose') // 'Dosen skiljer'
 */
export const kindSv = (kind: string): string => (Object.hasOwn(KIND_LABEL, kind) ? KIND_LABEL[kind as DiscrepancyKind] : kind);

/**
 * Days as Swedes write them: `1 dag`, `3 dagar`, `–` for none.
 *
 * @example
 * daysSv(3) // '3 dagar'
 */
export const daysSv = (days: number | null): string => (days === null ? '–' : `${days} ${days === 1 ? 'dag' : 'dagar'}`);
