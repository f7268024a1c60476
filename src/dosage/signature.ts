import type { Substance } from '../model';
import type { CanonicalDosage } from './canonical';
import { scheduleExposure, type SubstanceExposure } from './exposure';
import { rateKey, substancePerHour } from './rate';
import { SLOTS } from './slot';

/**
 * A string that is equal for two dosages exactly when they give the same amounts of the same
 * substances in the same slots on the same days, with the same as-needed dosing. Used to prefer, among
 * several candidates of one substance, the one that agrees. `known.exposure`, where given, is the
 * scheduled dosage's `scheduleExposure` with these substances, already worked out.
 *
 * @example
 * dosageSignature(levaxin100Once, levaxin100) === dosageSignature(levaxin50Twice, levaxin50) // true
 */
export const dosageSignature = (
  dosage: CanonicalDosage,
  substances: ReadonlyArray<Substance>,
  known?: { readonly exposure: ReadonlyArray<SubstanceExposure> | undefined },
): string => {
  if (dosage.kind === 'unknown') return 'unknown';
  if (dosage.kind === 'no-dose' || dosage.kind === 'unparsed') return `text:${dosage.text}`;
  if (dosage.kind === 'rate') {
    // Amounts of substance per hour where the strengths convert (2 ml/timme of 1 mg/ml is 2 mg/timme); else the rate itself.
    const amounts = substances.map((s) => substancePerHour(dosage.rate, s.strength, substances.length));
    const known = amounts.length > 0 && amounts.every((a) => a !== undefined);
    return `rate:${known ? amounts.map((a) => `${a!.value} ${a!.unit}/h`).join(',') : rateKey(dosage.rate)}`;
  }
  const a = dosage.asNeeded;
  const prn = a === undefined ? '' : `prn:${a.quantity}${a.quantityMax === undefined ? '' : `-${a.quantityMax}`} ${a.unit ?? ''} max ${a.maxPerDay ?? '-'}`;
  if (dosage.kind === 'as-needed') return prn;
  const exposure = known === undefined ? scheduleExposure(dosage.schedule, substances) : known.exposure;
  const amounts =
    exposure === undefined
      ? dosage.schedule.doses.map((d) => `${d.slot} ${d.quantity} ${d.unit}`).join(',')
      : exposure.map((e) => `${e.substance} ${SLOTS.map((s) => e.perSlot[s]).join('/')}${e.unstated === undefined ? '' : ` ${e.unstated.perDay}x${e.unstated.timesPerDay}`} ${e.unit}`).join(',');
  return `${amounts} every ${dosage.schedule.intervalDays} ${dosage.schedule.weekdays.join(',')} ${prn}`;
};

/**
 * Whether two scheduled dosages share a slot of the day (both give something in the morning, say).
 * Doses whose times are not stated share no slot: an overlap is never guessed.
 *
 * @example
 * sharesSlot(morningAndEvening, eveningOnly) // true
 */
export const sharesSlot = (a: CanonicalDosage, b: CanonicalDosage): boolean => {
  if (a.kind === 'as-needed' && b.kind === 'as-needed') return true;
  if (a.kind !== 'scheduled' || b.kind !== 'scheduled') return false;
  const slots = new Set(a.schedule.doses.map((d) => d.slot));
  return b.schedule.doses.some((d) => slots.has(d.slot));
};
