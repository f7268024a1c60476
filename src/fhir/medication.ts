import * as E from 'fp-ts/lib/Either.js';
import { quoted } from './quote';
import { isAtcCode, isNplNumber, type AtcCode, type NplId, type NplPackId, type Problem, type Product, type ProductCode, UNKNOWN, type Strength, type Substance } from '../model';
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
  codes: ProductCode[];
}

/** What a product read gives: the product, and the problems that made a part of it unknown (never the whole). */
export interface ReadProduct {
  readonly product: Product;
  readonly problems: ReadonlyArray<Problem>;
}

/**
 * Reads NPL-id, NPL-pack-id and ATC from codings and identifiers by their system (never a bare
 * value), and every other coding with a system and a code as a product code: a code system medrec
 * does not know still identifies. A malformed NPL-id or ATC code is a problem and is left out; the
 * other codes still identify.
 */
const readCodes = (pairs: ReadonlyArray<{ readonly system?: string; readonly value?: string; readonly at: string; readonly coding: boolean }>, problems: Problem[]): Codes => {
  const codes: Codes = { codes: [] };
  const set = (key: 'nplId' | 'nplPackId' | 'atc', value: string, at: string, valid: boolean, what: string) => {
    if (!valid) problems.push({ path: at, message: `expected ${what}, got ${quoted(value)}; the code is left out` });
    else if (codes[key] !== undefined && codes[key] !== value) problems.push({ path: at, message: `expected one ${what} per product, got ${quoted(codes[key])} and ${quoted(value)}; the second is left out` });
    else if (key === 'nplId') codes.nplId = value as NplId;
    else if (key === 'nplPackId') codes.nplPackId = value as NplPackId;
    else codes.atc = value as AtcCode;
  };
  for (const { system, value, at, coding } of pairs) {
    if (value === undefined) continue;
    const kind = identifierKind(system);
    if (kind === 'npl-id') set('nplId', value, at, isNplNumber(value), 'an NPL-id (14 digits)');
    else if (kind === 'npl-pack-id') set('nplPackId', value, at, isNplNumber(value), 'an NPL-pack-id (14 digits)');
    else if (kind === 'atc') set('atc', value, at, isAtcCode(value), 'an ATC code (e.g. A10BA02)');
    else if (kind === undefined && coding && system !== undefined && !codes.codes.some((c) => c.system === system && c.code === value)) codes.codes.push({ system, code: value });
  }
  return codes;
};

const codingPairs = (concept: RawCodeableConcept | undefined, at: string) =>
  (concept?.coding ?? []).map((c, k) => ({ ...(c.system === undefined ? {} : { system: c.system }), ...(c.code === undefined ? {} : { value: c.code }), at: `${at}.coding[${k}].code`, coding: true }));

const identifierPairs = (ids: ReadonlyArray<RawIdentifier> | undefined, at: string) =>
  (ids ?? []).map((i, k) => ({ ...(i.system === undefined ? {} : { system: i.system }), ...(i.value === undefined ? {} : { value: i.value }), at: `${at}.identifier[${k}].value`, coding: false }));

const productName = (concept: RawCodeableConcept | undefined): string | undefined =>
  concept?.text ?? concept?.coding?.find((c) => c.display !== undefined && identifierKind(c.system) !== 'atc')?.display ?? concept?.coding?.find((c) => c.display !== undefined)?.display;

const withCodes = (codes: Codes) => ({
  ...(codes.nplId === undefined ? {} : { nplId: codes.nplId }),
  ...(codes.nplPackId === undefined ? {} : { nplPackId: codes.nplPackId }),
  ...(codes.atc === undefined ? {} : { atc: codes.atc }),
  ...(codes.codes.length === 0 ? {} : { codes: codes.codes }),
});

/**
 * A name for a product that has none of its own: the reference's display, else its substances,
 * else a code; the missing name is a problem, not a reason to drop the item.
 */
const fallbackName = (display: string | undefined, substances: ReadonlyArray<Substance>, codes: Codes): string | undefined =>
  display ?? (substances.length > 0 ? substances.map((x) => x.name).join(' + ') : undefined) ?? codes.nplId ?? codes.atc ?? codes.codes[0]?.code;

const fromMedication = (m: RawMedication, at: string, display: string | undefined): Read<ReadProduct> => {
  const problems: Problem[] = [];
  if (m.modifierExtension !== undefined) return E.left([{ path: `${at}.modifierExtension`, message: 'expected no modifier extension: it changes the meaning of the Medication, and medrec cannot read it' }]);
  const codes = readCodes([...codingPairs(m.code, `${at}.code`), ...identifierPairs(m.identifier, at)], problems);
  const substances: Substance[] = [];
  (m.ingredient ?? []).forEach((ing, k) => {
    const iAt = `${at}.ingredient[${k}]`;
    if (ing.isActive === false) return;
    if (ing.itemReference !== undefined && ing.itemCodeableConcept === undefined) {
      problems.push({ path: `${iAt}.itemReference`, message: 'expected itemCodeableConcept: a substance given by reference cannot be read, and is left out' });
      return;
    }
    // The substance by its text, else a coding's display, else its code.
    const substance = conceptText(ing.itemCodeableConcept);
    if (substance === undefined) {
      problems.push({ path: `${iAt}.itemCodeableConcept`, message: 'expected the substance name (text or a coding), got missing; the substance is left out' });
      return;
    }
    if (ing.strength === undefined) {
      substances.push({ name: substance });
      return;
    }
    const strength = readStrength(ing.strength, `${iAt}.strength`);
    if (E.isLeft(strength)) {
      // The strength is unknown; the substance still identifies.
      problems.push(...strength.left);
      substances.push({ name: substance, strength: UNKNOWN });
    } else substances.push({ name: substance, strength: strength.right });
  });
  let name = productName(m.code);
  if (name === undefined) {
    name = fallbackName(display, substances, codes);
    problems.push({ path: `${at}.code.text`, message: `expected the product name (code.text or a coding display), got missing; shown as ${name === undefined ? 'unknown' : quoted(name)}` });
  }
  const form = conceptText(m.form);
  return E.right({ product: { name: name ?? UNKNOWN, substances, ...withCodes(codes), ...(form === undefined ? {} : { form }) }, problems });
};

/**
 * The product of a MedicationRequest or MedicationStatement: from `medicationCodeableConcept` (name,
 * NPL-id, NPL-pack-id, ATC by their systems, and any other coding as a product code), or from the
 * Medication that `medicationReference` names, contained (`#id`) or among the resources read with it
 * (`Medication/id`, a full URL, `urn:uuid:…`), with its form and active ingredients with strengths
 * (a ratio per piece, per hour for a patch, per ml). A part that cannot be read (a malformed code, a
 * strength, the name) is left unknown and listed in `problems`; only a product that cannot be found
 * is an error.
 *
 * @example
 * readProduct({ medicationCodeableConcept: { text: 'Alvedon 500 mg tablett', coding: [{ system: 'http://www.whocc.no/atc', code: 'N02BE01' }] } },
 *   undefined, 'entry[2].resource', () => undefined)
 * // right({ product: { name: 'Alvedon 500 mg tablett', atc: 'N02BE01', substances: [] }, problems: [] })
 */
export const readProduct = (
  choice: { readonly medicationCodeableConcept?: RawCodeableConcept; readonly medicationReference?: RawReference },
  contained: ReadonlyArray<unknown> | undefined,
  at: string,
  resolve: Resolve,
): Read<ReadProduct> => {
  const concept = choice.medicationCodeableConcept;
  const reference = choice.medicationReference;
  if (concept !== undefined) {
    const cAt = `${at}.medicationCodeableConcept`;
    const problems: Problem[] = [];
    const codes = readCodes(codingPairs(concept, cAt), problems);
    let name = productName(concept);
    if (name === undefined) {
      name = fallbackName(undefined, [], codes);
      problems.push({ path: `${cAt}.text`, message: `expected the product name (text or a coding display), got missing; shown as ${name === undefined ? 'unknown' : quoted(name)}` });
    }
    return E.right({ product: { name: name ?? UNKNOWN, substances: [], ...withCodes(codes) }, problems });
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
  return fromMedication(decoded.right, found.path, reference.display);
};
