import type { ClockTime } from '../model';
import { quoted } from './quote';

/**
 * The clock time medrec gives each FHIR event timing (`Timing.repeat.when`), by Swedish convention:
 * each lands in the slot of the day it names (morning 05–10:59, midday 11–14:59, evening 15–20:59,
 * night 21–04:59), which is all that reconciliation compares. Meals are breakfast (CM, ACM, PCM) in
 * the morning, lunch (CD, ACD, PCD) at midday, dinner (CV, ACV, PCV) in the evening.
 *
 * Not mapped, and reported: `AFT` (an afternoon spans the midday and the evening slot), `PHS`
 * (after sleep), `C`, `AC`, `PC` (a meal that is not named), and any other code.
 */
export const EVENT_TIMES: Readonly<Record<string, ClockTime>> = {
  WAKE: '07:00' as ClockTime,
  'MORN.early': '06:00' as ClockTime,
  MORN: '08:00' as ClockTime,
  'MORN.late': '10:00' as ClockTime,
  CM: '08:00' as ClockTime,
  ACM: '08:00' as ClockTime,
  PCM: '08:00' as ClockTime,
  NOON: '12:00' as ClockTime,
  CD: '12:00' as ClockTime,
  ACD: '12:00' as ClockTime,
  PCD: '12:00' as ClockTime,
  'AFT.early': '13:00' as ClockTime,
  'AFT.late': '17:00' as ClockTime,
  'EVE.early': '16:00' as ClockTime,
  EVE: '18:00' as ClockTime,
  'EVE.late': '20:00' as ClockTime,
  CV: '18:00' as ClockTime,
  ACV: '18:00' as ClockTime,
  PCV: '18:00' as ClockTime,
  NIGHT: '22:00' as ClockTime,
  HS: '22:00' as ClockTime,
};

const UNMAPPED_WHY: Readonly<Record<string, string>> = {
  AFT: 'an afternoon spans the midday and the evening slot; give AFT.early, AFT.late or timeOfDay',
  PHS: 'a time after the patient falls asleep names no clock time; give timeOfDay',
  C: 'a meal that is not named names no time of day; give CM, CD or CV',
  AC: 'a meal that is not named names no time of day; give ACM, ACD or ACV',
  PC: 'a meal that is not named names no time of day; give PCM, PCD or PCV',
};

/**
 * The clock time of an event timing code, or the message saying why it has none.
 *
 * @example
 * eventTime('MORN') // { ok: true, time: '08:00' }
 * eventTime('AFT')  // { ok: false, message: 'expected an event timing with one slot of the day; an afternoon spans …' }
 */
export const eventTime = (code: string): { readonly ok: true; readonly time: ClockTime } | { readonly ok: false; readonly message: string } => {
  const time = Object.hasOwn(EVENT_TIMES, code) ? EVENT_TIMES[code] : undefined;
  if (time !== undefined) return { ok: true, time };
  const why = Object.hasOwn(UNMAPPED_WHY, code) ? UNMAPPED_WHY[code] : `${quoted(code)} is not an event timing medrec maps (${Object.keys(EVENT_TIMES).join(', ')})`;
  return { ok: false, message: `expected an event timing with one slot of the day; ${why}` };
};
