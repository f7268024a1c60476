import type { At, GroupDraft, Refined, StepDraft } from './draft';
import { fail } from './draft';
import type { Slot } from '../slot';
import type { Located, Phrase } from './phrase';
import type { Implication } from './result';

type PhraseOf<K extends Phrase['kind']> = Extract<Phrase, { kind: K }>;

/** A group being collected: its slots grow in place, so that a long list of times stays linear. */
type GroupBuilder = Omit<GroupDraft, 'slots'> & { readonly slots: Slot[] };

const emptyGroup = (at: number): GroupBuilder => ({ at, slots: [], asNeeded: false });
const isEmpty = (g: GroupDraft): boolean => g.quantity === undefined && g.shorthand === undefined && g.slots.length === 0 && g.times === undefined;
/** A group that says when: by slots, by a count of times, or by a shorthand. */
const hasTime = (g: GroupDraft): boolean => g.shorthand !== undefined || g.slots.length > 0 || g.times !== undefined || g.cycled === true;
const hasQuantity = (g: GroupDraft): boolean => g.quantity !== undefined || g.shorthand !== undefined;

/** Step-wide phrases that may be written once per step. */
type OnceKey = 'period' | 'interval' | 'hourly' | 'weekdays' | 'duration' | 'maximum' | 'minInterval' | 'indication' | 'stop';

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify({ ...(a as object), at: 0 }) === JSON.stringify({ ...(b as object), at: 0 });

/**
 * Collects the phrases of one step into dose groups and step-wide facts. A group is a quantity with
 * its time: `1 tablett morgon och kväll` is one group, `1 tablett morgon och 1 tablett mitt på dagen`
 * two; a new group starts when a quantity (or a time after a quantity that already has one) follows
 * a group that is complete. `vid behov` marks the group it belongs to: the one it follows when that
 * one has no time yet or nothing follows, else the next one (`1 tablett morgon, vid behov 1
 * tablett till`).
 */
const collectStep = (phrases: ReadonlyArray<Located>, at: number): Refined & { readonly draft?: StepDraft } => {
  const groups: GroupBuilder[] = [];
  const implied: Implication[] = [];
  const notes: string[] = [];
  const once: { -readonly [K in OnceKey]?: StepDraft[K] } = {};
  let current = emptyGroup(at);
  let last: 'quantity' | 'slot' | 'times' | 'shorthand' | null = null;
  let pendingAsNeeded: number | undefined;

  const setOnce = <K extends OnceKey>(key: K, value: NonNullable<StepDraft[K]>): boolean => {
    const before = once[key];
    if (before !== undefined && !sameValue(before, value)) return false;
    once[key] = value;
    return true;
  };
  const startGroup = (p: Located): void => {
    if (!isEmpty(current) || current.asNeeded) groups.push(current);
    current = emptyGroup(p.start);
  };
  const nextIsQuantity = (i: number): boolean => {
    for (let j = i + 1; j < phrases.length; j++) {
      const k = phrases[j]!.phrase.kind;
      if (k === 'filler' || k === 'note' || k === 'indication') continue;
      return k === 'quantity' || k === 'shorthand';
    }
    return false;
  };

  // `1 tablett dagligen`, `1 plåster var 3:e dag`: the period closes the group before it.
  const closeGroup = (): void => {
    if (current.quantity !== undefined && !hasTime(current)) current = { ...current, cycled: true };
  };

  for (const [i, located] of phrases.entries()) {
    const p = located.phrase;
    const where = located.start;
    if (p.kind === 'period' || p.kind === 'interval' || p.kind === 'weekdays' || p.kind === 'hourly' || (p.kind === 'duration' && p.firstDays)) closeGroup();
    switch (p.kind) {
      case 'quantity': {
        if (hasQuantity(current)) {
          if (!hasTime(current) && !current.asNeeded) return fail(where, 'conflict');
          startGroup(located);
        }
        if (isEmpty(current) && !current.asNeeded) current = { ...current, at: where };
        current = { ...current, quantity: { min: p.min, max: p.max, unit: p.unit, at: where } };
        if (pendingAsNeeded !== undefined) {
          current = { ...current, asNeeded: true };
          pendingAsNeeded = undefined;
        }
        last = 'quantity';
        break;
      }
      case 'shorthand': {
        if (pendingAsNeeded !== undefined) return fail(where, 'conflict');
        if (!isEmpty(current)) {
          if (!(hasTime(current) && hasQuantity(current)) && !current.asNeeded) return fail(where, 'conflict');
          startGroup(located);
        }
        current = { ...emptyGroup(where), shorthand: { perSlot: p.perSlot, unit: p.unit, at: where } };
        last = 'shorthand';
        break;
      }
      case 'slot': {
        if (current.shorthand !== undefined || (current.slots.length > 0 && current.quantity !== undefined && last === 'quantity')) startGroup(located);
        if (isEmpty(current)) current = { ...current, at: where };
        current.slots.push(...p.slots);
        last = 'slot';
        break;
      }
      case 'times': {
        if (current.times !== undefined || current.shorthand !== undefined) {
          if (!hasQuantity(current)) return fail(where, 'conflict');
          startGroup(located);
        }
        current = { ...current, ...(isEmpty(current) ? { at: where } : {}), times: { times: p.times, period: p.period, periodImplied: p.periodImplied, at: where } };
        last = 'times';
        break;
      }
      case 'as-needed': {
        if (p.indication !== null && !setOnce('indication', { text: p.indication, at: where })) return fail(where, 'conflict');
        if (p.implied) implied.push({ kind: 'as-needed-from-indication', at: where });
        if (current.asNeeded) break;
        if (current.quantity !== undefined && (!hasTime(current) || !nextIsQuantity(i))) {
          current = { ...current, asNeeded: true };
          break;
        }
        if (current.shorthand !== undefined && !nextIsQuantity(i)) return fail(where, 'conflict');
        // The quantity that follows is the as-needed one.
        if (hasQuantity(current)) startGroup(located);
        pendingAsNeeded = where;
        break;
      }
      case 'indication':
        if (!setOnce('indication', { text: p.text, at: where })) return fail(where, 'conflict');
        break;
      case 'period':
        if (!setOnce('period', { period: p.period, at: where })) return fail(where, 'conflict');
        break;
      case 'interval':
        if (!setOnce('interval', { days: p.days, at: where })) return fail(where, 'conflict');
        break;
      case 'hourly':
        if (!setOnce('hourly', { hours: p.hours, at: where })) return fail(where, 'conflict');
        break;
      case 'weekdays':
        if (!setOnce('weekdays', { days: p.days, at: where })) return fail(where, 'conflict');
        break;
      case 'duration':
        if (!setOnce('duration', { amount: p.amount, unit: p.unit, at: where })) return fail(where, 'conflict');
        // `2 tabletter första dagen`: on each of those days.
        if (p.firstDays && !setOnce('period', { period: 'day', at: where })) return fail(where, 'conflict');
        break;
      case 'maximum':
        if (!setOnce('maximum', { ...(p as PhraseOf<'maximum'>), at: where })) return fail(where, 'conflict');
        break;
      case 'min-interval':
        if (!setOnce('minInterval', { hours: p.hours, at: where })) return fail(where, 'conflict');
        break;
      case 'stop':
        if (!setOnce('stop', { at: where } as At<object>)) return fail(where, 'conflict');
        break;
      case 'note':
        notes.push(p.text);
        break;
      case 'filler':
      case 'step':
      case 'no-dose':
        break;
    }
  }
  if (pendingAsNeeded !== undefined) return fail(pendingAsNeeded, 'no-quantity');
  if (!isEmpty(current) || current.asNeeded) groups.push(current);
  return { ok: true, value: { steps: [], implied }, draft: { at, groups, notes, ...once } };
};

/**
 * Splits a text's phrases into dose steps at `därefter` / `sedan` and collects each step's dose
 * groups and step-wide facts (interval, weekdays, duration, maximum …). Fails where a step is empty
 * or two phrases of one step cannot both hold.
 *
 * @example
 * collect(scanned('1 tablett morgon och kväll i 5 dagar, därefter 1 tablett kväll')) // two steps
 */
export const collect = (phrases: ReadonlyArray<Located>, textStart: number): Refined => {
  const chunks: Array<{ readonly at: number; readonly phrases: Located[] }> = [{ at: textStart, phrases: [] }];
  for (const p of phrases) {
    if (p.phrase.kind === 'step') {
      if (chunks[chunks.length - 1]!.phrases.every((q) => q.phrase.kind === 'filler' || q.phrase.kind === 'note')) return fail(p.start, 'empty');
      chunks.push({ at: p.start, phrases: [] });
    } else chunks[chunks.length - 1]!.phrases.push(p);
  }
  const steps: StepDraft[] = [];
  const implied: Implication[] = [];
  for (const chunk of chunks) {
    const collected = collectStep(chunk.phrases, chunk.at);
    if (!collected.ok) return collected;
    steps.push(collected.draft!);
    implied.push(...collected.value.implied);
  }
  return { ok: true, value: { steps, implied } };
};
