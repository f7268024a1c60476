import { SYSTEM_NAME, type Intent, type IntentEvidence } from '../classify';
import { rateText, SLOTS, unitWord, type Slot } from '../dosage';
import type { Change, DoseColumn, ItemState, Quantity, SubstanceStrength, UnknownStrength } from '../handover';
import { isUnknown, type AsNeededDose, type Prescriber, type Source, type Unknown } from '../model';
import { ACTIVITY_LABEL, everyNthDay, swedishNumber } from './swedish';

/** The slots as a Swedish list heads them. */
export const SLOT_HEADING: Readonly<Record<Slot, string>> = { morning: 'Morgon', midday: 'Middag', evening: 'Kväll', night: 'Natt' };

/** The two lists, short (J, P) and long, as the printed list names them. */
export const SOURCE_LABEL: Readonly<Record<Source, { readonly short: string; readonly long: string }>> = {
  cosmic: { short: 'J', long: 'Journalens ordinationslista (Cosmic)' },
  pascal: { short: 'P', long: 'E-receptlistan (Pascal)' },
};


/**
 * A quantity of a dose unit in Swedish, plural where the unit has one.
 *
 * @example
 * quantityText({ quantity: 2, unit: 'tablett' })  // '2 tabletter'
 * quantityText({ quantity: 0.5, unit: 'tablett' }) // '0,5 tablett'
 */
export const quantityText = (q: Quantity): string => `${swedishNumber(q.quantity)} ${unitWord(q.unit, q.quantity)}`;

/**
 * What one slot of one item's dose says, or a dash when nothing is given then.
 *
 * @example
 * slotText(furosemidDose, 'midday') // '1 tablett'
 */
export const slotText = (dose: DoseColumn, slot: Slot): string => {
  if (dose.kind !== 'scheduled') return '–';
  const quantities = dose.slots[slot];
  return quantities.length === 0 ? '–' : quantities.map(quantityText).join(' + ');
};

const WEEKDAY: Readonly<Record<string, string>> = { mon: 'mån', tue: 'tis', wed: 'ons', thu: 'tor', fri: 'fre', sat: 'lör', sun: 'sön' };

/**
 * The interval, weekdays and dose step of one item's dose, or the text of an unstructured one; null
 * for a daily dose without steps, which needs no words.
 *
 * @example
 * intervalText(fentanylDose) // 'var 3:e dag'
 * intervalText({ kind: 'rate', rate: { quantity: 2, unit: 'ml', per: 'h' } }) // '2 ml/timme kontinuerligt'
 */
export const intervalText = (dose: DoseColumn): string | null => {
  switch (dose.kind) {
    case 'as-needed':
      return 'endast vid behov';
    case 'unstructured':
      return `ostrukturerad: ${dose.text}`;
    case 'unknown':
      return `doseringen kunde inte läsas${dose.text === null ? '' : `: ${dose.text}`}`;
    case 'rate':
      return `${rateText(dose.rate)} kontinuerligt`;
    case 'scheduled': {
      const parts: string[] = [];
      if (dose.intervalDays !== 1 || dose.weekdays.length > 0) parts.push(dose.weekdays.length > 0 ? dose.weekdays.map((d) => WEEKDAY[d] ?? d).join(', ') : everyNthDay(dose.intervalDays));
      if (dose.step !== null) parts.push(`doseringssteg ${dose.step.from}–${dose.step.to ?? ''}`);
      return parts.length === 0 ? null : parts.join('; ');
    }
  }
};

/**
 * A dose in one line of text: slot by slot, then interval.
 *
 * @example
 * doseText(furosemidC2Dose) // 'morgon 1 tablett, middag 1 tablett'
 */
export const doseText = (dose: DoseColumn): string => {
  if (dose.kind !== 'scheduled') return intervalText(dose) ?? 'ingen dos';
  const slots = SLOTS.flatMap((s) => (dose.slots[s].length === 0 ? [] : [`${SLOT_HEADING[s].toLocaleLowerCase('sv-SE')} ${slotText(dose, s)}`]));
  const interval = intervalText(dose);
  return [slots.length === 0 ? 'inga doser' : slots.join(', '), ...(interval === null ? [] : [interval])].join('; ');
};

/**
 * A strength in Swedish, the substance named when a product has several.
 *
 * @example
 * strengthText({ substance: 'levotyroxin', value: 100, unit: 'mikrog' }, false) // '100 mikrog'
 */
export const strengthText = (s: SubstanceStrength | UnknownStrength, named: boolean): string =>
  `${'value' in s ? `${swedishNumber(s.value)} ${s.unit}` : UNREADABLE_TEXT}${named ? ` ${s.substance}` : ''}`;

/** What a value that is stated but could not be read says on the list. */
export const UNREADABLE_TEXT = 'oläslig (kunde inte läsas)';

/**
 * A value that may be unknown, in Swedish: the value's own text, or that it could not be read.
 *
 * @example
 * knownText('oral', (r) => r)    // 'oral'
 * knownText(UNKNOWN, (r) => r)   // 'oläslig (kunde inte läsas)'
 */
export const knownText = <T>(value: T | Unknown, text: (v: T) => string): string => (isUnknown(value) ? UNREADABLE_TEXT : text(value as T));

/**
 * As-needed dosing in Swedish: dose, maximum per day, minimum interval and indication.
 *
 * @example
 * asNeededText({ quantity: 1, unit: 'kapsel', maxPerDay: 4, minIntervalHours: 4, indication: 'smärta' })
 * // '1 kapsel vid behov, högst 4 per dygn, minst 4 tim mellan doserna, vid smärta'
 */
export const asNeededText = (a: AsNeededDose): string =>
  [
    `${a.unit === undefined ? swedishNumber(a.quantity) : quantityText({ quantity: a.quantity, unit: a.unit })} vid behov`,
    ...(a.maxPerDay === undefined ? ['inget maxantal per dygn angivet'] : [`högst ${swedishNumber(a.maxPerDay)} per dygn`]),
    ...(a.minIntervalHours === undefined ? [] : [`minst ${swedishNumber(a.minIntervalHours)} tim mellan doserna`]),
    ...(a.indication === undefined ? [] : [`vid ${a.indication}`]),
  ].join(', ');

/** A prescriber in Swedish: name, HSA-id and unit where given. @example prescriberText({ name: 'Anna Läkare', unit: 'Medicinkliniken' }) // 'Anna Läkare, Medicinkliniken' */
export const prescriberText = (p: Prescriber): string => [p.name, p.hsaId === undefined ? undefined : `HSA-id ${p.hsaId}`, p.unit].filter((x) => x !== undefined).join(', ');

/** An item's state in Swedish. @example stateText({ kind: 'discontinued', date: '2026-11-15', reason: 'fallrisk' }) // 'utsatt 2026-11-15 (fallrisk)' */
export const stateText = (s: ItemState): string => `${ACTIVITY_LABEL[s.kind]}${s.date === null ? '' : ` ${s.date}`}${s.reason === null ? '' : ` (${s.reason})`}`;

const when = (at: string): string => `${at.slice(0, 10)} ${at.slice(11, 16)}`;

/**
 * One piece of evidence in Swedish.
 *
 * @example
 * evidenceText({ kind: 'discontinued', source: 'cosmic', item: 'C-4', date: '2026-11-15', reason: 'fallrisk' })
 * // 'journalen C-4: utsatt 2026-11-15, orsak: fallrisk'
 */
export const evidenceText = (e: IntentEvidence): string => {
  const where = `${SYSTEM_NAME[e.source].sv} ${e.item}`;
  switch (e.kind) {
    case 'discontinued':
      return `${where}: utsatt${e.date === null ? ' (inget datum)' : ` ${e.date}`}${e.reason === null ? ', ingen orsak angiven' : `, orsak: ${e.reason}`}`;
    case 'cancelled':
      return `${where}: makulerad`;
    case 'dose-step':
      return `${where}: doseringssteg från ${e.from}${e.to === null ? '' : ` till ${e.to}`}`;
    case 'updated':
      return `${where}: ändrad ${when(e.at)}`;
    case 'started':
      return `${where}: startdatum ${e.date}`;
  }
};

/**
 * The intent in Swedish: documented or not, which list changed most recently, and what showed it.
 *
 * @example
 * intentText(zopiklonIntent)
 * // 'Dokumenterad ändring (journalen C-4: utsatt 2026-11-15, orsak: fallrisk, dagtrötthet). Senast ändrad: journalen.'
 */
export const intentText = (intent: Intent): string => {
  const latest = intent.changedMostRecently === null ? 'Går inte att avgöra vilken lista som ändrats senast.' : `Senast ändrad: ${SYSTEM_NAME[intent.changedMostRecently].sv}.`;
  if (intent.kind === 'documented-change') return `Dokumenterad ändring (${intent.documentedBy.map(evidenceText).join('; ')}). ${latest}`;
  return `Oförklarad: ingen källa dokumenterar ändringen. ${latest}`;
};

/** What each kind of change is called. */
export const CHANGE_LABEL: Readonly<Record<Change['kind'], string>> = { started: 'Insatt', stopped: 'Utsatt', changed: 'Ändrad' };

/** What each changed field is called. */
export const FIELD_LABEL = { dose: 'dos', form: 'läkemedelsform', strength: 'styrka' } as const;
