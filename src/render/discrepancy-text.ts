import { SLOTS, type Slot } from '../dosage';
import type { ComparedField, Discrepancy, DiscrepancyValues, DiscrepancyKind, SubstanceAmount } from '../diff';
import { ACTIVITY_LABEL, KIND_LABEL, displayAmount, everyNthDay, swedishNumber } from './swedish';

const SLOT_LABEL: Readonly<Record<Slot, string>> = { morning: 'morgon', midday: 'middag', evening: 'kväll', night: 'natt' };

const WEEKDAY_LABEL: Readonly<Record<string, string>> = { mon: 'mån', tue: 'tis', wed: 'ons', thu: 'tor', fri: 'fre', sat: 'lör', sun: 'sön' };

/** The fields a `not-comparable` names, in Swedish. */
const FIELD_NAME: Readonly<Record<ComparedField, string>> = {
  dosage: 'dosering',
  strength: 'styrka',
  form: 'läkemedelsform',
  route: 'administreringssätt',
  dispensing: 'dosdispensering eller helförpackning',
  period: 'slutdatum',
  purpose: 'behandlingsändamål',
};

/**
 * "per day", "per week" or "per N days" in Swedish, for an amount over a period of `days`.
 *
 * @example
 * perPeriod(7) // 'per vecka'
 * perPeriod(6) // 'per 6 dygn'
 */
export const perPeriod = (days: number): string =>
  days === 1 ? 'per dygn' : days === 7 ? 'per vecka' : days % 7 === 0 ? `per ${days / 7} veckor` : `per ${days} dygn`;

type ValueText = { readonly [K in DiscrepancyKind]: (value: DiscrepancyValues[K]) => string };

/** How each kind's value reads in Swedish: what the side says, in a few words. */
const VALUE_TEXT: ValueText = {
  'missing-in-pascal': (v) => `${v.product}; ${v.dosage}`,
  'missing-in-cosmic': (v) => `${v.product}; ${v.dosage}`,
  dose: (v) => {
    const named = (a: SubstanceAmount, text: string) => `${text}${v.amounts.length > 1 ? ` ${a.substance}` : ''}`;
    // A pause (no dose on the day, or over the whole period) is "uppehåll", never "0 … per dygn".
    if (v.amounts.length > 0 && v.amounts.every((a) => a.value === 0) && (v.period === undefined || v.period.amounts.every((a) => a.value === 0))) {
      return `uppehåll (${v.dosage})`;
    }
    if (v.period !== undefined) {
      const period = v.period;
      const over = period.amounts
        .map((a, k) =>
          named(
            a,
            // A rate (a patch's mikrog/timme) does not add up: say how many doses of it the period holds.
            a.unit.includes('/') ? `${displayAmount(v.amounts[k]?.value ?? 0, a.unit)} ${period.dosingDays} ${period.dosingDays === 1 ? 'gång' : 'gånger'}` : displayAmount(a.value, a.unit),
          ),
        )
        .join(' + ');
      return `${over} ${perPeriod(period.days)} (${v.dosage})`;
    }
    const amounts = v.amounts.map((a) => named(a, displayAmount(a.value, a.unit))).join(' + ');
    const per = v.per === 'dose' ? 'per dos' : v.per === 'hour' ? 'per timme' : everyNthDay(v.intervalDays);
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
  period: (v) => (v.end === null ? 'inget slutdatum' : v.ended === true ? `avslutad ${v.end}` : `slutdatum ${v.end}`),
  'prescription-expired': (v) => (v.validUntil === null ? (v.active ? 'aktiv' : 'ej aktiv') : `receptet giltigt till ${v.validUntil}`),
  dispensing: (v) => (v.dispensing === 'dose-dispensed' ? 'dosdispenseras' : 'helförpackning'),
  duplicate: (v) => (v.items.length > 1 ? `${v.items.length} poster: ${v.products.join('; ')}` : `1 post: ${v.products.join('; ')}`),
  'text-mismatch': (v) => `strukturerad dosering: ${v.structured}; texten "${v.dosage}" läses som: ${v.parsed}`,
  purpose: (v) => v.purposes.join('; '),
  'not-comparable': (v) => {
    const unknown = v.unknown.length === 0 ? '' : `; kunde inte läsas: ${v.unknown.map((f) => FIELD_NAME[f]).join(', ')}`;
    return `${v.dosage}${unknown}`;
  },
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
  `${discrepancyLabel(d)}: ${d.drug}. Journal: ${sideText(d, 'cosmic')}. Pascal: ${sideText(d, 'pascal')}.`;

const STATUS_KIND_LABEL = { discontinued: 'utsatt', cancelled: 'makulerad', 'not-started': 'ej påbörjad' } as const;

/**
 * What a discrepancy is called: its kind's label, but for `status` which state the stopped side is in
 * ("Utsatt i ena systemet", "Ej påbörjad i ena systemet"), and for `not-comparable` which fields.
 *
 * @example
 * discrepancyLabel(zopiklonStatus) // 'Utsatt i ena systemet'
 */
export const discrepancyLabel = (d: Discrepancy): string => {
  if (d.kind === 'status') {
    const states = [d.values.cosmic?.status, d.values.pascal?.status].flatMap((s) => (s !== undefined && s !== 'active' && s !== 'ended' ? [STATUS_KIND_LABEL[s]] : []));
    const unique = [...new Set(states)];
    const text = unique.join(' och ');
    return unique.length === 0 ? KIND_LABEL.status : `${text.charAt(0).toLocaleUpperCase('sv-SE')}${text.slice(1)} i ena systemet`;
  }
  if (d.kind === 'not-comparable') {
    const fields = (d.values.cosmic ?? d.values.pascal)?.fields ?? ['dosage'];
    if (fields.length === 1 && fields[0] === 'dosage') return KIND_LABEL['not-comparable'];
    return `Går inte att jämföra (${fields.map((f) => FIELD_NAME[f]).join(', ')})`;
  }
  return KIND_LABEL[d.kind];
};
