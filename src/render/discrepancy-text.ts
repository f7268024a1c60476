import { SLOTS, type Slot } from '../dosage';
import type { Discrepancy, DiscrepancyValues, DiscrepancyKind } from '../diff';
import { ACTIVITY_LABEL, KIND_LABEL, displayAmount, everyNthDay, swedishNumber } from './swedish';

const SLOT_LABEL: Readonly<Record<Slot, string>> = { morning: 'morgon', midday: 'middag', evening: 'kväll', night: 'natt' };

const WEEKDAY_LABEL: Readonly<Record<string, string>> = { mon: 'mån', tue: 'tis', wed: 'ons', thu: 'tor', fri: 'fre', sat: 'lör', sun: 'sön' };

type ValueText = { readonly [K in DiscrepancyKind]: (value: DiscrepancyValues[K]) => string };

/** How each kind's value reads in Swedish: what the side says, in a few words. */
const VALUE_TEXT: ValueText = {
  'missing-in-pascal': (v) => `${v.product}; ${v.dosage}`,
  'missing-in-cosmic': (v) => `${v.product}; ${v.dosage}`,
  dose: (v) => {
    const amounts = v.amounts.map((a) => `${displayAmount(a.value, a.unit)}${v.amounts.length > 1 ? ` ${a.substance}` : ''}`).join(' + ');
    const per = v.per === 'dose' ? 'per dos' : everyNthDay(v.intervalDays);
    return `${amounts || '(okänd mängd)'} ${per} (${v.dosage})`;
  },
  schedule: (v) => {
    const slots =
      v.slots
        .map((s) =>
          s.unstated === undefined
            ? SLOTS.filter((slot) => s.perSlot[slot] > 0)
                .map((slot) => `${SLOT_LABEL[slot]} ${displayAmount(s.perSlot[slot], s.unit)}${v.slots.length > 1 ? ` ${s.substance}` : ''}`)
                .join(', ')
            : `${displayAmount(s.unstated.perDay, s.unit)}${v.slots.length > 1 ? ` ${s.substance}` : ''} på ${s.unstated.timesPerDay} doser, tider ej angivna`,
        )
        .filter((text) => text !== '')
        .join('; ') || 'inga doser';
    const days = v.weekdays.length > 0 ? `, ${v.weekdays.map((d) => WEEKDAY_LABEL[d] ?? d).join(' och ')}` : '';
    return `${slots}, ${everyNthDay(v.intervalDays)}${days} (${v.dosage})`;
  },
  strength: (v) => `${v.strengths.map((s) => `${swedishNumber(s.value)} ${s.unit}`).join(' + ')} (${v.products.join(', ')})`,
  form: (v) => v.forms.join(', '),
  route: (v) => v.routes.join(', '),
  'as-needed': (v) =>
    v.asNeeded
      ? `${v.scheduled ? 'schemalagd och ' : ''}vid behov${v.maxPerDay === null ? ', inget maxantal per dygn' : `, högst ${swedishNumber(v.maxPerDay)} per dygn`} (${v.dosage})`
      : `schemalagd, inte vid behov (${v.dosage})`,
  status: (v) => `${ACTIVITY_LABEL[v.status]}${v.date === null ? '' : ` ${v.date}`}${v.reason === null ? '' : ` (${v.reason})`}`,
  period: (v) => (v.end === null ? 'inget slutdatum' : `slutdatum ${v.end}`),
  'prescription-expired': (v) => (v.validUntil === null ? (v.active ? 'aktiv' : 'ej aktiv') : `receptet giltigt till ${v.validUntil}`),
  dispensing: (v) => (v.dispensing === 'dose-dispensed' ? 'dosdispenseras' : 'helförpackning'),
  duplicate: (v) => (v.items.length > 1 ? `${v.items.length} poster: ${v.products.join('; ')}` : `1 post: ${v.products.join('; ')}`),
  'text-mismatch': (v) => `strukturerad dosering: ${v.structured}; texten "${v.dosage}" läses som: ${v.parsed}`,
  purpose: (v) => v.purposes.join('; '),
  'not-comparable': (v) => v.dosage,
};

/**
 * What one side of a discrepancy says, in Swedish; a dash for a side with no item.
 *
 * @example
 * sideText(doseDiscrepancy, 'cosmic') // '80 mg per dygn (1 tablett morgon och 1 tablett mitt på dagen)'
 */
export const sideText = (d: Discrepancy, side: 'cosmic' | 'pascal'): string => {
  const value = d.values[side];
  if (value === null) return '–';
  return (VALUE_TEXT[d.kind] as (v: typeof value) => string)(value);
};

/**
 * One Swedish sentence for a discrepancy: what differs, for which drug, and what each side says.
 *
 * @example
 * discrepancyText(dose) // 'Dosen skiljer: furosemid. Journal: 80 mg per dygn (…). Pascal: 40 mg per dygn (…).'
 */
export const discrepancyText = (d: Discrepancy): string =>
  `${KIND_LABEL[d.kind]}: ${d.drug}. Journal: ${sideText(d, 'cosmic')}. Pascal: ${sideText(d, 'pascal')}.`;
