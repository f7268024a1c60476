import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model';
import { feedbackCsv, feedbackOf, renderFeedbackHtml } from '../../src/register';
import { row } from './rows';

const d = (s: string) => s as IsoDate;
const PNR = '19121212-1212';

const rows = [
  row({ patientId: PNR, key: 'a', openedOn: d('2026-11-25'), unit: 'Avd <9> & "Geriatrik"' }),
  row({ patientId: PNR, key: 'b', openedOn: d('2026-11-28'), serious: false, riskBand: 'low', decision: { choice: 'cosmic', decidedBy: 'Anna Andersson', role: 'physician', decidedAt: '2026-11-28T10:00:00+01:00', comment: null } }),
  row({ patientId: 'SYN-0000002', key: 'c', openedOn: d('2026-11-20'), resolvedOn: d('2026-11-24') }),
  row({ patientId: 'SYN-0000003', key: 'd', openedOn: d('2026-09-01'), resolvedOn: d('2026-09-10') }),
  row({ patientId: 'SYN-0000004', key: 'e', municipality: 'Arvika' }),
];

describe("a municipality's feedback", () => {
  const f = feedbackOf(rows, { municipality: 'Karlstad', asOf: '2026-11-30', recentDays: 30, showPersonnummer: false });

  it('lists its open deviations, serious and oldest first, and those resolved recently, with age, decision and what is pending', () => {
    expect(f.open.map((r) => [r.days, r.serious])).toEqual([
      [5, true],
      [2, false],
    ]);
    expect(f.open[1]!.pending).toBe('e-receptlistan (Pascal) ska rättas');
    expect(f.open[0]!.pending).toBe('beslut av ansvarig läkare saknas');
    expect(f.recentlyResolved.map((r) => [r.patient, r.days])).toEqual([['SYN-0000002', 4]]);
  });

  it('masks the personnummer unless asked to show it', () => {
    const html = renderFeedbackHtml(f);
    const csv = feedbackCsv(f);
    expect(html).not.toContain(PNR);
    expect(csv).not.toContain(PNR);
    expect(html).toContain('19121212-****');
    const shown = feedbackOf(rows, { municipality: 'Karlstad', asOf: '2026-11-30', recentDays: 30, showPersonnummer: true });
    expect(feedbackCsv(shown)).toContain(PNR);
  });

  it('escapes every text on the page and quotes the CSV', () => {
    const html = renderFeedbackHtml(f);
    expect(html).toContain('Avd &lt;9&gt; &amp; &quot;Geriatrik&quot;');
    expect(html).not.toContain('<9>');
    expect(feedbackCsv(f).split('\n')[1]).toContain('"Avd <9> & ""Geriatrik"""');
  });
});
