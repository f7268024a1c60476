import type { Unknown } from './unknown';
import { foldText } from './text';
import { memoizeByString } from './memo';

/**
 * Dosage-form classes (läkemedelsformer) whose members are interchangeable for reconciliation.
 * A film-coated tablet, a tablet and a capsule are all immediate-release oral solids (generic
 * substitution crosses them); a depot tablet is not a tablet, nor is an enteric capsule.
 * Rules are tried in order; the first whose every word occurs in the folded form wins.
 */
const FORM_RULES: ReadonlyArray<{ readonly formClass: string; readonly words: ReadonlyArray<string> }> = [
  { formClass: 'depotplåster', words: ['plåster'] },
  { formClass: 'depotinjektion', words: ['depot', 'injektion'] },
  { formClass: 'depot, oral', words: ['depot'] },
  { formClass: 'depot, oral', words: ['förlängd frisättning'] },
  { formClass: 'depot, oral', words: ['modifierad frisättning'] },
  { formClass: 'enterodragerad, oral', words: ['entero'] },
  { formClass: 'enterodragerad, oral', words: ['magsaftresistent'] },
  { formClass: 'munsönderfallande', words: ['munsönderfallande'] },
  { formClass: 'brustablett', words: ['brus'] },
  { formClass: 'tuggtablett', words: ['tugg'] },
  { formClass: 'resoriblett', words: ['resoriblett'] },
  { formClass: 'resoriblett', words: ['sublingual'] },
  { formClass: 'resoriblett', words: ['buckal'] },
  { formClass: 'inhalation', words: ['inhalation'] },
  { formClass: 'injektion/infusion', words: ['injektion'] },
  { formClass: 'injektion/infusion', words: ['infusion'] },
  { formClass: 'rektal', words: ['suppositori'] },
  { formClass: 'rektal', words: ['rektal'] },
  { formClass: 'rektal', words: ['klysma'] },
  { formClass: 'ögon', words: ['ögon'] },
  { formClass: 'näs', words: ['näs'] },
  { formClass: 'oral vätska', words: ['oral lösning'] },
  { formClass: 'oral vätska', words: ['oral suspension'] },
  { formClass: 'oral vätska', words: ['orala droppar'] },
  { formClass: 'oral vätska', words: ['mixtur'] },
  { formClass: 'oral vätska', words: ['sirap'] },
  { formClass: 'kutan', words: ['kräm'] },
  { formClass: 'kutan', words: ['salva'] },
  { formClass: 'kutan', words: ['gel'] },
  { formClass: 'kutan', words: ['liniment'] },
  { formClass: 'tablett/kapsel', words: ['tablett'] },
  { formClass: 'tablett/kapsel', words: ['kapsel'] },
  { formClass: 'tablett/kapsel', words: ['dragé'] },
];

/**
 * The class a dosage form belongs to; an unknown form is its own class (its folded text).
 *
 * @example
 * formClass('filmdragerad tablett') // 'tablett/kapsel'
 * formClass('Depottablett')         // 'depot, oral'
 * formClass('enterokapsel, hård')   // 'enterodragerad, oral'
 */
export const formClass: (form: string) => string = memoizeByString((form) => {
  const folded = foldText(form);
  const rule = FORM_RULES.find((r) => r.words.every((w) => folded.includes(w)));
  return rule === undefined ? folded : rule.formClass;
});

/**
 * Whether two dosage forms differ in a way that matters. A form missing or unknown on either side is
 * no difference (an unknown one is `not-comparable`, see the diff stage).
 *
 * @example
 * formsDiffer('tablett', 'filmdragerad tablett') // false
 * formsDiffer('tablett', 'depottablett')         // true
 */
export const formsDiffer = (a: string | Unknown | undefined, b: string | Unknown | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && formClass(a) !== formClass(b);
