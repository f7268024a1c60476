import * as E from 'fp-ts/lib/Either.js';
import { quoted } from './quote';
import { isAtcCode, isNplNumber, type AtcCode, type NplId, type NplPackId, type Problem, type Product, type Strength, type Substance } from '../model';
import { measureOf } from '../dosage';
import { reportErrors } from '../decode';
import { MedicationCodec, type RawCodeableConcept, type RawIdentifier, type RawMedication, type RawRatio, type RawReference } from './codecs';
import { conceptText } from './dosage';
import { quantityUnit } from './quantity';
import { identifierKind } from './systems';

type Read<A> = E.Either<ReadonlyArray<Problem>, A>;

/** A resource found by a reference, with the path it lives at (for messages). */
export interface Located {
  readonly resource: unknown;
  readonly path: string;
}

/** Finds the resource a reference (`Medication/123`, a full URL or `urn:uuid:…`) names among those read with it. */
export type Resolve = (reference: string) => Located | undefined;

// Denominators that make a strength a rate, with the Swedish word medrec writes.
const RATE_WORDS: ReadonlyMap<string, string> = new Map([
  ['h', 'timme'],
  ['hour', 'timme'],
  ['timme', 'timme'],
  ['tim', 'timme'],
  ['d', 'dygn'],
  ['day', 'dygn'],
  ['dygn', 'dygn'],
]);

const readStrength = (ratio: RawRatio, at: string): Read<Strength> => {
  const num = ratio.numerator;
  if (num?.value === undefined || num.value <= 0) return E.left([{ path: `${at}.numerator.value`, message: `expected a number above zero, got ${num?.value ?? 'missing'}` }]);
  const numUnit = quantityUnit(num);
  if (numUnit === undefined) return E.left([{ path: `${at}.numerator.unit`, message: 'expected a unit, got missing' }]);
  const den = ratio.denominator;
  const denValue = den?.value ?? 1;
  if (denValue <= 0) return E.left([{ path: `${at}.denominator.value`, message: `expected a number above zero, got ${denValue}` }]);
  const denWritten = den === undefined ? undefined : (den.unit ?? den.code);
  const rate = denWritten === undefined ? undefined : RATE_WORDS.get(denWritten.trim().toLowerCase());
  const denUnit = den === undefined ? undefined : quantityUnit(den);
  const value = num.value / denValue;
  if (rate !== undefined) return E.right({ value, unit: `${numUnit}/${rate}` });
  // Per piece (tablett, kapsel, st, or no unit): the strength of one unit of the form.
  if (denUnit === undefined || measureOf(denUnit) === undefined) return E.right({ value, unit: numUnit });
  return E.right({ value, unit: `${numUnit}/${denUnit}` });
};

interface Codes {
  nplId?: NplId;
  nplPackId?: NplPackId;
  atc?: AtcCode;
}

/** Reads NPL-id, NPL-pack-id and ATC from codings and identifiers, by their system: never a bare value. */
const readCodes = (pairs: ReadonlyArray<{ readonly system?: string; readonly value?: string; readonly at: string }>): Read<Codes> => {
  const problems: Problem[] = [];
  const codes: Codes = {};
  const set = <K extends keyof Codes>(key: K, value: string, at: string, valid: boolean, what: string) => {
    if (!valid) problems.push({ path: at, message: `expected ${what}, got ${quoted(value)}` });
    else if (codes[key] !== undefined && codes[key] !== value) problems.push({ path: at, message: `expected one ${what} per product, got ${quoted(codes[key])} and ${quoted(value)}` });
    else codes[key] = value as Codes[K];
  };
  for (const { system, value, at } of pairs) {
    if (value === undefined) continue;
    const kind = identifierKind(system);
    if (kind === 'npl-id') set('nplId', value, at, isNplNumber(value), 'an NPL-id (14 digits)');
    else if (kind === 'npl-pack-id') set('nplPackId', value, at, isNplNumber(value), 'an NPL-pack-id (14 digits)');
    else if (kind === 'atc') set('atc', value, at, isAtcCode(value), 'an ATC code (e.g. A10BA02)');
  }
  return problems.length > 0 ? E.left(problems) : E.right(codes);
};

const codingPairs = (concept: RawCodeableConcept | undefined, at: string) =>
  (concept?.coding ?? []).map((c, k) => ({ ...(c.system === undefined ? {} : { system: c.system }), ...(c.code === undefined ? {} : { value: c.code }), at: `${at}.coding[${k}].code` }));

const identifierPairs = (ids: ReadonlyArray<RawIdentifier> | undefined, at: string) =>
  (ids ?? []).map((i, k) => ({ ...(i.system === undefined ? {} : { system: i.system }), ...(i.value === undefined ? {} : { value: i.value }), at: `${at}.identifier[${k}].value` }));

const productName = (concept: RawCodeableConcept | undefined): string | undefined =>
  concept?.text ?? concept?.coding?.find((c) => c.display !== undefined && identifierKind(c.system) !== 'atc')?.display ?? concept?.coding?.find((c) => c.display !== undefined)?.display;

const fromMedication = (m: RawMedication, at: string): Read<Product> => {
  const problems: Problem[] = [];
  if (m.modifierExtension !== undefined) problems.push({ path: `${at}.modifierExtension`, message: 'expected no modifier extension: it changes the meaning of the Medication, and medrec cannot read it' });
  const codes = readCodes([...codingPairs(m.code, `${at}.code`), ...identifierPairs(m.identifier, at)]);
  if (E.isLeft(codes)) problems.push(...codes.left);
  const name = productName(m.code);
  if (name === undefined) problems.push({ path: `${at}.code.text`, message: 'expected the product name (code.text or a coding display), got missing' });
  const substances: Substance[] = [];
  (m.ingredient ?? []).forEach((ing, k) => {
    const iAt = `${at}.ingredient[${k}]`;
    if (ing.isActive === false) return;
    if (ing.itemReference !== undefined) {
      problems.push({ path: `${iAt}.itemReference`, message: 'expected itemCodeableConcept: a substance given by reference cannot be read' });
      return;
    }
    const substance = conceptText(ing.itemCodeableConcept);
    if (substance === undefined) {
      problems.push({ path: `${iAt}.itemCodeableConcept`, message: 'expected the substance name (text or a coding display), got missing' });
      return;
    }
    if (ing.strength === undefined) {
      substances.push({ name: substance });
      return;
    }
    const strength = readStrength(ing.strength, `${iAt}.strength`);
    if (E.isLeft(strength)) problems.push(...strength.left);
    else substances.push({ name: substance, strength: strength.right });
  });
  if (problems.length > 0 || E.isLeft(codes) || name === undefined) return E.left(problems);
  const form = conceptText(m.form);
  return E.right({ name, substances, ...codes.right, ...(form === undefined ? {} : { form }) });
};

/**
 * The product of a MedicationRequest or MedicationStatement: from `medicationCodeableConcept` (name,
 * NPL-id, NPL-pack-id, ATC by their systems), or from the Medication that `medicationReference` names,
 * contained (`#id`) or among the resources read with it (`Medication/id`, a full URL, `urn:uuid:…`),
 * with its form and active ingredients with strengths (a ratio per piece, per hour for a patch, per ml).
 *
 * @example
 * readProduct({ medicationCodeableConcept: { text: 'Alvedon 500 mg tablett', coding: [{ system: 'http://www.whocc.no/atc', code: 'N02BE01' }] } },
 *   undefined, 'entry[2].resource', () => undefined)
 * // right({ name: 'Alvedon 500 mg tablett', atc: 'N02BE01', substances: [] })
 */
export const readProduct = (
  choice: { readonly medicationCodeableConcept?: RawCodeableConcept; readonly medicationReference?: RawReference },
  contained: ReadonlyArray<unknown> | undefined,
  at: string,
  resolve: Resolve,
): Read<Product> => {
  const concept = choice.medicationCodeableConcept;
  const reference = choice.medicationReference;
  if (concept !== undefined) {
    const cAt = `${at}.medicationCodeableConcept`;
    const codes = readCodes(codingPairs(concept, cAt));
    if (E.isLeft(codes)) return codes;
    const name = productName(concept);
    if (name === undefined) return E.left([{ path: `${cAt}.text`, message: 'expected the product name (text or a coding display), got missing' }]);
    return E.right({ name, substances: [], ...codes.right });
  }
  if (reference?.reference === undefined) {
    return E.left([{ path: `${at}.medicationCodeableConcept`, message: 'expected medicationCodeableConcept or medicationReference.reference, got missing' }]);
  }
  const ref = reference.reference;
  let found: Located | undefined;
  if (ref.startsWith('#')) {
    const k = (contained ?? []).findIndex((c) => typeof c === 'object' && c !== null && (c as { id?: unknown }).id === ref.slice(1));
    // Not its own: a resource contained in a List shares the List's contained Medications.
    found = k < 0 ? resolve(ref) : { resource: contained![k], path: `${at}.contained[${k}]` };
  } else {
    found = resolve(ref);
  }
  if (found === undefined) {
    return E.left([{ path: `${at}.medicationReference.reference`, message: `expected a reference to a Medication in the bundle or contained, got ${quoted(ref)}, which names none` }]);
  }
  const decoded = MedicationCodec.decode(found.resource);
  if (E.isLeft(decoded)) return E.left(reportErrors(decoded.left, found.path));
  return fromMedication(decoded.right, found.path);
};
