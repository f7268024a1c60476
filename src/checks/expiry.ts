import { daysBetween, isUnknown, type IsoDate } from '../model';
import type { Finding } from './finding';
import type { LineItems } from './line-items';
import { EXPIRY, SOURCE_CITATION } from './rules';

const daysText = (n: number): string => (n === 0 ? 'i dag' : n === 1 ? 'i morgon' : `om ${n} dagar`);

/**
 * Prescriptions about to expire (recept som går ut): a prescription in force whose `validUntil` falls
 * within `horizonDays` after `asOf` (0 = today) while the journal continues the drug on the same line.
 * For a dose-dispensed drug it silently drops out of the dose bags when the prescription runs out.
 * One finding per prescription; not a discrepancy (the lists agree), advice for the prescriber. A
 * `validUntil` that could not be read is never taken as a date.
 *
 * @example
 * expiryFindings(linesInForce(result), '2026-11-20', 14)
 * // [{ id: 'expiring-prescription:P-3', kind: 'expiring-prescription', drug: 'apixaban', pascal: ['P-3'],
 * //    text: 'Receptet på apixaban (Pascal P-3) går ut 2026-11-28 (om 8 dagar) medan journalen fortsätter läkemedlet; …' }]
 */
export const expiryFindings = (lines: ReadonlyArray<LineItems>, asOf: IsoDate, horizonDays: number = EXPIRY.horizonDays): ReadonlyArray<Finding> =>
  lines.flatMap((l) => {
    if (l.cosmic.length === 0) return [];
    return l.pascal.flatMap((p): ReadonlyArray<Finding> => {
      const until = p.validUntil;
      if (until === undefined || isUnknown(until)) return [];
      const daysLeft = daysBetween(asOf, until);
      if (daysLeft < 0 || daysLeft > horizonDays) return [];
      const doseDispensed = p.dispensing === 'dose-dispensed';
      const drug = l.line.drug;
      const consequence = doseDispensed
        ? 'läkemedlet är dosdispenserat och faller bort ur dospåsarna när receptet har gått ut'
        : 'patienten kan inte hämta ut läkemedlet när receptet har gått ut';
      return [
        {
          id: `${EXPIRY.id}:${p.id}`,
          kind: 'expiring-prescription',
          rule: EXPIRY.id,
          assessment: 'flagged',
          drug,
          drugs: [drug],
          cosmic: l.cosmic.map((c) => c.id),
          pascal: [p.id],
          source: { id: EXPIRY.source, citation: SOURCE_CITATION[EXPIRY.source] },
          value: { kind: 'expiry', validUntil: until, daysLeft, horizonDays, doseDispensed },
          text: `Receptet på ${drug} (Pascal ${p.id}) går ut ${until} (${daysText(daysLeft)}) medan journalen fortsätter läkemedlet; ${consequence}. Förnya receptet eller sätt ut läkemedlet.`,
        },
      ];
    });
  });
