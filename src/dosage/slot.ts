import type { ClockTime } from '../model';

/**
 * A time-of-day slot, as dose bags and Swedish lists group doses: morning 05:00–10:59, midday
 * 11:00–14:59, evening 15:00–20:59, night 21:00–04:59.
 */
export type Slot = 'morning' | 'midday' | 'evening' | 'night';

/** The slots in the order of the day. */
export const SLOTS: ReadonlyArray<Slot> = ['morning', 'midday', 'evening', 'night'];

/**
 * The slot a clock time falls in.
 *
 * @example
 * slotOf('20:00') // 'evening'
 * slotOf('04:30') // 'night': the night slot runs past midnight
 */
export const slotOf = (time: ClockTime): Slot => {
  const hour = Number(time.slice(0, 2));
  if (hour >= 5 && hour <= 10) return 'morning';
  if (hour >= 11 && hour <= 14) return 'midday';
  if (hour >= 15 && hour <= 20) return 'evening';
  return 'night';
};
