import { collect } from './collect';
import { buildStep, refine } from './refine';
import type { Implication, TextParse, TextStep, UnparsedReason } from './result';
import { findNoDose, scan } from './scan';
import { tokenize } from './token';
import { memoizeByString } from '../../model';

const REST_LENGTH = 60;

/**
 * The longest dosage text that is read. No instruction a prescriber writes comes near it; a longer
 * text (a 7.5 MB one fits on a batch line) is not tokenized, which keeps a batch's memory flat, and
 * comes back `unparsed` with reason `too-long` and its first 2000 characters as `text`.
 */
export const MAX_DOSAGE_TEXT = 2000;

const unparsed = (text: string, offset: number, reason: UnparsedReason): TextParse => ({
  kind: 'unparsed',
  text,
  stoppedAt: { offset, rest: text.slice(offset, offset + REST_LENGTH) },
  reason,
});

/**
 * Parses a Swedish dosage instruction (doseringsanvisning) as clinicians write it: shorthand (`1+0+1+0`,
 * `1x2`), words (`1 tablett morgon och kväll`, `2 gånger dagligen`, `till natten`, `kl 8 och 20`),
 * as-needed dosing with maximum, interval and indication, intervals and weekdays, durations and dose
 * steps; instructions that carry no dose (`enligt ordination`) are `no-dose`.
 *
 * Total and linear: it never throws, and reads the text once, token by token (no regular expression
 * that can backtrack). A text it does not fully understand comes back `unparsed`, with the offset and
 * rest of the text where it stopped and why — never a guess. Offsets are into the text after Unicode
 * NFC normalisation, which is `text` in the result.
 *
 * @example
 * parseDosageText('1 tablett morgon och kväll')
 * // { kind: 'parsed', steps: [{ doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [], stop: false, at: 0 }], implied: [], notes: [] }
 * parseDosageText('1 tablett 2 gånger dagligen').steps[0].unslotted // { timesPerDay: 2, quantity: 1, unit: 'tablett' }
 * parseDosageText('enligt särskild ordination').kind                 // 'no-dose'
 * parseDosageText('1 tablett efter behag')                           // unparsed, stoppedAt { offset: 16, rest: 'behag' }
 */
export const parseDosageText: (input: string) => TextParse = memoizeByString((input) => {
  if (input.length > MAX_DOSAGE_TEXT) return unparsed(input.slice(0, MAX_DOSAGE_TEXT).normalize('NFC'), 0, 'too-long');
  const text = input.normalize('NFC');
  const tokens = tokenize(text);
  const noDose = findNoDose(tokens);
  if (noDose !== undefined) return { kind: 'no-dose', text, phrase: text.slice(noDose.start).trim() };
  if (tokens.length === 0) return unparsed(text, 0, 'empty');
  const scanned = scan(tokens);
  if (scanned.kind === 'stopped') return unparsed(text, scanned.at.start, 'unknown-word');
  const refined = refine(collect(scanned.phrases, tokens[0]!.start));
  if (!refined.ok) return unparsed(text, refined.failure.at, refined.failure.reason);
  const implied: Implication[] = [...refined.value.implied];
  const steps: TextStep[] = [];
  const notes = new Set<string>();
  for (const draft of refined.value.steps) {
    const step = buildStep(draft, implied);
    if ('ok' in step) return unparsed(text, step.failure.at, step.failure.reason);
    steps.push(step);
    for (const note of draft.notes) notes.add(note);
    if (draft.indication !== undefined && step.asNeeded === undefined) notes.add(`mot ${draft.indication.text}`);
  }
  return { kind: 'parsed', text, steps, implied: implied.sort((a, b) => a.at - b.at), notes: [...notes] };
});
