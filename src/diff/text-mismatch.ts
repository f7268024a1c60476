import { renderDosage, textAgreement } from '../dosage';
import type { PreparedItem } from '../match';
import { isUnknown, type IsoDate } from '../model';
import { discrepancy, type Discrepancy } from './discrepancy';

/**
 * A `text-mismatch` for each item in force whose instruction text (what the patient reads) and
 * structured dosage (what is dispensed) say different things: a discrepancy within one source, named
 * by that item alone. Only a text that is fully understood and certainly differs counts; a text that
 * carries no dose (`enligt ordination`) or is not fully understood never does.
 *
 * @example
 * // C-1 has doses at 08:00 and 20:00 and the text '1 tablett morgon':
 * textMismatches(prepareItems([c1], '2026-11-20'), 'metformin', '2026-11-20')
 * // [{ kind: 'text-mismatch', cosmic: ['C-1'], pascal: [], values: { cosmic: { dosage: '1 tablett morgon', structured: '1 tablett morgon och kväll', parsed: '1 tablett morgon' }, pascal: null } }]
 */
export const textMismatches = (items: ReadonlyArray<PreparedItem>, drug: string, asOf: IsoDate): ReadonlyArray<Discrepancy> =>
  items.flatMap((prepared) => {
    if (!prepared.active) return [];
    const item = prepared.item;
    const verdict = textAgreement(item, asOf, { structured: prepared.dosage, exposure: prepared.exposure });
    if (verdict?.agreement !== 'differs') return [];
    if (isUnknown(item.dosage)) return [];
    const value = { dosage: item.dosage.text, structured: renderDosage(verdict.structured), parsed: renderDosage(verdict.text) };
    return item.source === 'cosmic'
      ? [discrepancy('text-mismatch', drug, [item], [], value, null)]
      : [discrepancy('text-mismatch', drug, [], [item], null, value)];
  });
