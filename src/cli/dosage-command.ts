import { describeDosage, parseDosageText } from '../dosage';
import { redactPersonnummer } from '../model';
import { EXIT } from './exit-codes';
import { defineCommand } from './options';

export const DOSAGE_USAGE = `Användning: medrec dosage "TEXT"

  Tolkar en doseringsanvisning på svenska ("1 tablett morgon och kväll", "1+0+1+0", "1x2",
  "1-2 tabletter vid behov, högst 8 per dygn") och skriver den normaliserade doseringen som JSON:
  parsed (true, false eller "no-dose"), asNeeded, perDay (mängd per doseringsdag), timesPerDay,
  unit, slots (morning, midday, evening, night; null när texten inte anger tider), intervalDays,
  weekdays, maxPerDay, steps, implied (det som inte står utskrivet), notes, normalised; och när
  texten inte förstods: stoppedAt (offset, rest) och reason.
`;

/**
 * `medrec dosage "TEXT"`: parses one dosage instruction and prints its canonical reading as JSON.
 * The words after the command are the text (quoting is optional). A text that is not understood is
 * still a result (`parsed: false`, with where it stopped), exit 0; no text at all is exit 2. A
 * personnummer in the text is masked before anything is read or printed.
 *
 * @example
 * run(['dosage', '1 tablett morgon och kväll'], processIo) // prints { "parsed": true, "perDay": 2, "unit": "tablett", "slots": { "morning": 1, ... } }
 */
export const dosageCommand = defineCommand({
  name: 'dosage',
  summary: 'tolka en doseringsanvisning och visa den normaliserade doseringen (JSON)',
  usage: DOSAGE_USAGE,
  options: {},
  positionals: 'words',
  run: ({ positionals, io, usageError }) => {
    const text = redactPersonnummer(positionals.join(' '));
    if (text.trim() === '') return usageError('ingen doseringstext angiven');
    io.stdout(`${JSON.stringify(describeDosage(parseDosageText(text)), null, 2)}\n`);
    return EXIT.ok;
  },
});
