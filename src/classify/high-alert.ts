import { foldText, type MedicationItem } from '../model';
import type { HighAlertFinding } from './deviation';
import { HIGH_ALERT_GROUPS } from './rules';

/**
 * Whether the items' drug is a high-alert drug (högriskläkemedel): the first group of
 * HIGH_ALERT_GROUPS that any item's ATC code (and route, where the group names routes) matches;
 * `unknown` when no item has an ATC code.
 *
 * @example
 * highAlertOf([oxikodonC5]) // { kind: 'group', group: 'opioid', atc: 'N02AA05' }
 * highAlertOf([levaxinC9])  // { kind: 'none' }
 */
export const highAlertOf = (items: ReadonlyArray<MedicationItem>): HighAlertFinding => {
  const coded = items.filter((i) => i.product.atc !== undefined);
  if (coded.length === 0) return { kind: 'unknown' };
  for (const group of HIGH_ALERT_GROUPS) {
    for (const item of coded) {
      const atc = item.product.atc!;
      // The ATC code first: the route (folded) is read only for a drug of the group.
      if (!group.atc.some((prefix) => atc.startsWith(prefix))) continue;
      const routeFits = group.routes === undefined || typeof item.route !== 'string' || group.routes.includes(foldText(item.route));
      if (routeFits) return { kind: 'group', group: group.id, atc };
    }
  }
  return { kind: 'none' };
};
