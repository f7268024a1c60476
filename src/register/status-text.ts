import { percentText } from '../render';
import { daysSv, kindSv, riskBandSv } from './labels';
import type { GroupStatus, NamedStatus, RegisterStatus } from './status';

const line = (name: string, g: GroupStatus): string =>
  `  ${name.padEnd(34)} ${String(g.deviations).padStart(7)} ${String(g.open).padStart(6)} ${String(g.resolved).padStart(7)} ${String(g.reopened).padStart(6)}  ${daysSv(g.medianDaysToResolution).padStart(9)} ${daysSv(g.p90DaysToResolution).padStart(9)} ${percentText(g.resolvedWithin7Days.share).padStart(8)} ${String(g.seriousOpenOver3Days).padStart(6)}`;

const HEAD = `  ${''.padEnd(34)} ${'avvik.'.padStart(7)} ${'öppna'.padStart(6)} ${'åtgärd.'.padStart(7)} ${'återöp.'.padStart(6)}  ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'≤7 d'.padStart(8)} ${'allv>3d'.padStart(6)}`;

const group = (title: string, rows: ReadonlyArray<NamedStatus>, name: (k: string | null) => string): string =>
  `${title}\n${HEAD}\n${rows.map((r) => line(name(r.key), r)).join('\n')}\n`;

/**
 * The register status as Swedish text for a terminal: the key figures, open deviations by age and risk
 * band, and one table per grouping (municipality, care unit, kind, month of first sight).
 *
 * @example
 * io.stdout(statusText(status))
 */
export const statusText = (s: RegisterStatus): string => {
  const t = s.totals;
  const bands = ['very-high', 'high', 'moderate', 'low'] as const;
  return [
    `Avvikelseregistret per ${s.asOf ?? '(inga körningar)'}: ${s.patients} patienter, ${t.deviations} avvikelser, ${t.open} öppna, ${t.resolved} åtgärdade, ${t.reopened} återöppnade (${percentText(t.reopenedShare)})`,
    `Dagar till åtgärd: median ${daysSv(t.medianDaysToResolution)}, 90:e percentilen ${daysSv(t.p90DaysToResolution)}; åtgärdade inom 7 dagar ${percentText(t.resolvedWithin7Days.share)} (${t.resolvedWithin7Days.count} av ${t.resolvedWithin7Days.of}); allvarliga öppna mer än 3 dagar: ${t.seriousOpenOver3Days}`,
    '',
    `Öppna avvikelser efter ålder och risknivå\n  ${'ålder'.padEnd(14)}${bands.map((b) => riskBandSv(b).padStart(12)).join('')}${'totalt'.padStart(9)}\n${s.openByAge
      .map((a) => `  ${a.sv.padEnd(14)}${bands.map((b) => String(a.byRiskBand[b]).padStart(12)).join('')}${String(a.total).padStart(9)}`)
      .join('\n')}\n`,
    group('Per kommun', s.byMunicipality, (k) => k ?? '(kommun ej angiven)'),
    group('Per vårdenhet', s.byUnit, (k) => k ?? '(enhet ej angiven)'),
    group('Per slag', s.byKind, (k) => (k === null ? '(okänt)' : kindSv(k))),
    group('Per månad (först sedd)', s.byMonth, (k) => k ?? '(okänd)'),
  ].join('\n');
};
