import { foldText } from '../model';

/** Words of a dosage form and the unit its doses are counted in; the first rule that matches wins. */
const FORM_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['plåster', 'plåster'],
  ['suppositori', 'suppositorium'],
  ['kapsel', 'kapsel'],
  ['tablett', 'tablett'],
  ['resoriblett', 'tablett'],
  ['dragé', 'tablett'],
  ['inhalation', 'dos'],
  ['spray', 'dos'],
  ['ögondroppar', 'droppe'],
  ['örondroppar', 'droppe'],
  ['näsdroppar', 'droppe'],
  ['dospåse', 'påse'],
  ['dospulver', 'påse'],
];

/**
 * The unit a dose of a counted dosage form is written in (styckeform): `tablett` for any tablet,
 * `kapsel`, `plåster`, `suppositorium`, `dos` for inhalers and sprays. Undefined for measured forms
 * (solutions, creams) and unknown ones: there a quantity without a unit says nothing certain.
 *
 * @example
 * formUnit('filmdragerad tablett') // 'tablett'
 * formUnit('depotplåster')         // 'plåster'
 * formUnit('oral lösning')         // undefined
 */
export const formUnit = (form: string | undefined): string | undefined => {
  if (form === undefined) return undefined;
  const folded = foldText(form);
  return FORM_UNITS.find(([word]) => folded.includes(word))?.[1];
};
