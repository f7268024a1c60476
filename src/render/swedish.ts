import type { DiscrepancyKind } from '../diff';
import type { LineStatus } from '../reconcile';
import type { Activity, Supply } from '../model';

/** What each discrepancy kind is called in Swedish output. */
export const KIND_LABEL: Readonly<Record<DiscrepancyKind, string>> = {
  'missing-in-pascal': 'Saknas i e-receptlistan (Pascal)',
  'missing-in-cosmic': 'Saknas i journalens ordinationslista (Cosmic)',
  dose: 'Dosen skiljer',
  schedule: 'Doseringstiderna skiljer',
  strength: 'Styrkan skiljer',
  form: 'Läkemedelsformen skiljer',
  route: 'Administreringssättet skiljer',
  'as-needed': 'Vid behov skiljer',
  status: 'Utsatt, makulerad eller ej påbörjad i ena systemet',
  period: 'Slutdatum skiljer',
  'prescription-expired': 'Receptet har gått ut',
  dispensing: 'Dosdispensering eller helförpackning skiljer',
  duplicate: 'Dubbel förskrivning',
  'text-mismatch': 'Doseringstexten och den strukturerade doseringen skiljer i samma post',
  purpose: 'Behandlingsändamålet skiljer',
  'not-comparable': 'Doseringen går inte att jämföra',
};

/** What each line state is called in Swedish output. */
export const STATUS_LABEL: Readonly<Record<LineStatus, string>> = {
  'needs-decision': 'Kräver beslut',
  agreed: 'Överensstämmer',
  'not-on-prescription': 'Ej på recept',
  inactive: 'Ej aktuellt',
};

/** How a journal item is supplied, in Swedish. */
export const SUPPLY_LABEL: Readonly<Record<Supply, string>> = {
  prescription: 'recept',
  'ward-stock': 'avdelningens förråd',
  'self-care': 'egenvård',
  'general-directive': 'generella direktiv',
};

/** An item's state on the reconciliation date, in Swedish. */
export const ACTIVITY_LABEL: Readonly<Record<Activity['kind'], string>> = {
  active: 'aktiv',
  discontinued: 'utsatt',
  cancelled: 'makulerad',
  'not-started': 'ej påbörjad, startar',
  ended: 'avslutad',
};

/**
 * A number as Swedes write it: decimal comma, no needless decimals.
 *
 * @example
 * swedishNumber(12.5) // '12,5'
 * swedishNumber(80)   // '80'
 */
export const swedishNumber = (n: number): string => String(Math.round(n * 1000) / 1000).replace('.', ',');

/**
 * An amount in a base unit shown in the unit a clinician would use: 80000 mikrog is `80 mg`.
 *
 * @example
 * displayAmount(80000, 'mikrog')     // '80 mg'
 * displayAmount(100, 'mikrog')       // '100 mikrog'
 * displayAmount(12, 'mikrog/timme')  // '12 mikrog/timme'
 */
export const displayAmount = (value: number, unit: string): string => {
  const [numerator = unit, ...rest] = unit.split('/');
  const per = rest.length > 0 ? `/${rest.join('/')}` : '';
  if (numerator === 'mikrog' && value >= 1_000_000) return `${swedishNumber(value / 1_000_000)} g${per}`;
  if (numerator === 'mikrog' && value >= 1000) return `${swedishNumber(value / 1000)} mg${per}`;
  return `${swedishNumber(value)} ${unit}`;
};

/**
 * "every Nth day" in Swedish.
 *
 * @example
 * everyNthDay(1) // 'per dygn'
 * everyNthDay(3) // 'var 3:e dag'
 */
export const everyNthDay = (intervalDays: number): string =>
  intervalDays === 1 ? 'per dygn' : intervalDays === 2 ? 'varannan dag' : intervalDays === 7 ? 'per vecka' : `var ${intervalDays}:e dag`;
