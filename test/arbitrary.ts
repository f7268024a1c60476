/**
 * Generators for the domain, in one place (as io-ts keeps its `test/Arbitrary.ts`).
 *
 * A generated patient starts as a list of neutral "drugs" (`BaseItem`): what is prescribed, how it is
 * dosed, its state. From one base list come two exports that say the same thing the way each system
 * would: the journal export and the e-prescription list export, with their own ids (`C-…`, `P-…`),
 * their own choice among generic equivalents, their own clock times within a slot. Injections then
 * change one thing on one side, so that laws can say exactly which discrepancy must follow.
 */
import fc from 'fast-check';
import { slotOf } from '../src/dosage';
import { formClass, substanceKey, type ClockTime } from '../src/model';

/** Every test reconciles on this fixed date. */
export const AS_OF = '2026-11-20';

/** A product of the catalogue: one real-looking package per entry, several per substance. */
export interface CatalogueProduct {
  readonly name: string;
  readonly nplId?: string;
  readonly atc: string;
  readonly substances: ReadonlyArray<{ readonly name: string; readonly strength: { readonly value: number; readonly unit: string } }>;
  readonly form: string;
  readonly route: string;
  /** The unit a dose of it is counted in. */
  readonly unit: string;
}

const p = (
  name: string,
  atc: string,
  substances: CatalogueProduct['substances'],
  form: string,
  unit = 'tablett',
  route = 'oral',
  nplId?: string,
): CatalogueProduct => ({ name, atc, substances, form, route, unit, ...(nplId === undefined ? {} : { nplId }) });

const s = (name: string, value: number, unit = 'mg') => ({ name, strength: { value, unit } });

/**
 * The catalogue: common drugs of older patients, with generic equivalents (same substance, strength and
 * form class under another name), other strengths, combination products and their parts.
 */
export const CATALOGUE: ReadonlyArray<CatalogueProduct> = [
  p('Metformin Teva 500 mg filmdragerad tablett', 'A10BA02', [s('metformin', 500)], 'filmdragerad tablett', 'tablett', 'oral', '20090915000019'),
  p('Metformin Sandoz 500 mg tablett', 'A10BA02', [s('metformin', 500)], 'tablett', 'tablett', 'oral', '20081120000057'),
  p('Metformin Sandoz 850 mg tablett', 'A10BA02', [s('metformin', 850)], 'tablett'),
  p('Furix 40 mg tablett', 'C03CA01', [s('furosemid', 40)], 'tablett', 'tablett', 'oral', '19650410000016'),
  p('Furosemid Accord 40 mg tablett', 'C03CA01', [s('furosemid', 40)], 'tablett', 'tablett', 'oral', '20110520000044'),
  p('Eliquis 5 mg filmdragerad tablett', 'B01AF02', [s('apixaban', 5)], 'filmdragerad tablett', 'tablett', 'oral', '20100517000031'),
  p('Eliquis 2,5 mg filmdragerad tablett', 'B01AF02', [s('apixaban', 2.5)], 'filmdragerad tablett'),
  p('Zopiklon Mylan 5 mg filmdragerad tablett', 'N05CF01', [s('zopiklon', 5)], 'filmdragerad tablett', 'tablett', 'oral', '20050812000101'),
  p('Imovane 7,5 mg filmdragerad tablett', 'N05CF01', [s('zopiklon', 7.5)], 'filmdragerad tablett'),
  p('OxyNorm 5 mg hård kapsel', 'N02AA05', [s('oxikodon', 5)], 'hård kapsel', 'kapsel', 'oral', '20000929000035'),
  p('Oxikodon Actavis 5 mg kapsel', 'N02AA05', [s('oxikodonhydroklorid', 5)], 'kapsel', 'kapsel'),
  p('Alvedon 500 mg tablett', 'N02BE01', [s('paracetamol', 500)], 'tablett', 'tablett', 'oral', '19900608000026'),
  p('Alvedon 665 mg tablett med modifierad frisättning', 'N02BE01', [s('paracetamol', 665)], 'tablett med modifierad frisättning'),
  p('Enalapril Sandoz 20 mg tablett', 'C09AA02', [s('enalapril', 20)], 'tablett'),
  p('Enalapril Sandoz 10 mg tablett', 'C09AA02', [s('enalapril', 10)], 'tablett'),
  p('Hydroklortiazid 12,5 mg tablett', 'C03AA03', [s('hydroklortiazid', 12.5)], 'tablett'),
  p('Enalapril comp Sandoz 20 mg/12,5 mg tablett', 'C09BA02', [s('enalapril', 20), s('hydroklortiazid', 12.5)], 'tablett'),
  p('Levaxin 100 mikrog tablett', 'H03AA01', [s('levotyroxinnatrium', 100, 'mikrog')], 'tablett'),
  p('Levaxin 50 mikrog tablett', 'H03AA01', [s('levotyroxinnatrium', 50, 'mikrog')], 'tablett'),
  p('Fentanyl Sandoz 12 mikrog/timme depotplåster', 'N02AB03', [s('fentanyl', 12, 'mikrog/timme')], 'depotplåster', 'plåster', 'transdermal'),
  p('Omeprazol Actavis 20 mg enterokapsel', 'A02BC01', [s('omeprazol', 20)], 'enterokapsel, hård', 'kapsel'),
  p('Waran 2,5 mg tablett', 'B01AA03', [s('warfarin', 2.5)], 'tablett'),
  p('Metoprolol Sandoz 50 mg depottablett', 'C07AB02', [s('metoprololsuccinat', 47.5)], 'depottablett'),
  p('Simvastatin Actavis 20 mg filmdragerad tablett', 'C10AA01', [s('simvastatin', 20)], 'filmdragerad tablett'),
  p('Amlodipin Bluefish 5 mg tablett', 'C08CA01', [s('amlodipin', 5)], 'tablett'),
  p('Sertralin Teva 50 mg filmdragerad tablett', 'N06AB06', [s('sertralin', 50)], 'filmdragerad tablett'),
  p('Alendronat Sandoz 70 mg tablett', 'M05BA04', [s('alendronsyra', 70)], 'tablett'),
  p('Lantus 100 E/ml injektionsvätska', 'A10AE04', [s('insulin glargin', 100, 'E/ml')], 'injektionsvätska, lösning', 'E', 'subkutan'),
  p('Laktulos Meda 670 mg/ml oral lösning', 'A06AD11', [s('laktulos', 670, 'mg/ml')], 'oral lösning', 'ml'),
  p('Kaliumklorid Recip 750 mg depottablett', 'A12BA01', [s('kaliumklorid', 750)], 'depottablett'),
];

/** The substance set of a product as a key: the identity the matching works on. */
export const substancesOf = (product: CatalogueProduct): string => product.substances.map((x) => substanceKey(x.name)).sort().join('+');

/** The products of a given form class and strength that can stand for `product` (its generic equivalents, itself included). */
export const equivalentsOf = (product: CatalogueProduct): ReadonlyArray<CatalogueProduct> =>
  CATALOGUE.filter(
    (q) =>
      substancesOf(q) === substancesOf(product) &&
      JSON.stringify(q.substances.map((x) => x.strength)) === JSON.stringify(product.substances.map((x) => x.strength)) &&
      q.form.includes('depot') === product.form.includes('depot') &&
      q.form.includes('modifierad') === product.form.includes('modifierad') &&
      q.unit === product.unit,
  );

/** Times of day a clinician might write for each slot. */
const SLOT_TIMES = {
  morning: ['06:00', '07:00', '08:00', '09:30', '10:45'],
  midday: ['11:00', '12:00', '13:00', '14:30'],
  evening: ['15:00', '17:00', '18:00', '20:00', '20:59'],
  night: ['21:00', '22:00', '23:30', '00:30', '04:59'],
} as const;

type SlotName = keyof typeof SLOT_TIMES;
const SLOT_NAMES: ReadonlyArray<SlotName> = ['morning', 'midday', 'evening', 'night'];

/** The state of a base drug on the reconciliation date, the same on both sides of an equivalent pair. */
export type BaseState = 'active' | 'discontinued' | 'ended' | 'not-started';

/** One drug of a patient, before either system has written it down. */
export interface BaseItem {
  readonly key: string;
  readonly product: CatalogueProduct;
  /** Quantity per slot (0 = none); all zero for a drug given only as needed. */
  readonly slots: Readonly<Record<SlotName, number>>;
  readonly intervalDays: number;
  readonly asNeeded?: { readonly quantity: number; readonly maxPerDay: number };
  readonly supply: 'prescription' | 'ward-stock' | 'self-care' | 'general-directive';
  readonly dispensing: 'dose-dispensed' | 'whole-package';
  readonly state: BaseState;
  readonly start: string;
  readonly end?: string;
  readonly validUntil: string;
  readonly purpose: string;
}

/** The choices each system makes when it writes a base drug down: which equivalent product, which clock time. */
export interface Writing {
  readonly productChoice: number;
  readonly timeChoice: number;
}

const arbSlots: fc.Arbitrary<Record<SlotName, number>> = fc
  .record({
    morning: fc.constantFrom(0, 0.5, 1, 1, 2),
    midday: fc.constantFrom(0, 0, 0, 1),
    evening: fc.constantFrom(0, 0, 1, 1, 2),
    night: fc.constantFrom(0, 0, 0, 1),
  })
  .map((r) => (SLOT_NAMES.some((k) => r[k] > 0) ? r : { ...r, morning: 1 }));

const STATE_DATES: Readonly<Record<BaseState, { readonly start: string; readonly end?: string }>> = {
  active: { start: '2025-03-01' },
  discontinued: { start: '2024-01-10' },
  ended: { start: '2026-10-01', end: '2026-11-10' },
  'not-started': { start: '2026-12-01' },
};

/** One base drug of the given product. */
export const arbBaseItem = (product: CatalogueProduct, key: string): fc.Arbitrary<BaseItem> =>
  fc
    .record({
      slots: arbSlots,
      intervalDays: fc.constantFrom(1, 1, 1, 1, 2, 3, 7),
      prn: fc.constantFrom<'scheduled' | 'prn' | 'both'>('scheduled', 'scheduled', 'scheduled', 'prn', 'both'),
      prnQuantity: fc.constantFrom(1, 2),
      prnMax: fc.constantFrom(2, 3, 4, 6),
      supply: fc.constantFrom<BaseItem['supply']>('prescription', 'prescription', 'prescription', 'prescription', 'prescription', 'self-care', 'ward-stock', 'general-directive'),
      dispensing: fc.constantFrom<BaseItem['dispensing']>('dose-dispensed', 'dose-dispensed', 'whole-package'),
      state: fc.constantFrom<BaseState>('active', 'active', 'active', 'active', 'active', 'active', 'discontinued', 'ended', 'not-started'),
      planned: fc.boolean(),
    })
    .map((r): BaseItem => {
      const dates = STATE_DATES[r.state];
      const planned = r.state === 'active' && r.planned ? { end: '2027-03-31' } : {};
      const noSlots = { morning: 0, midday: 0, evening: 0, night: 0 };
      return {
        key,
        product,
        slots: r.prn === 'prn' ? noSlots : r.slots,
        intervalDays: r.prn === 'prn' ? 1 : r.intervalDays,
        ...(r.prn === 'scheduled' ? {} : { asNeeded: { quantity: r.prnQuantity, maxPerDay: r.prnMax } }),
        supply: r.supply,
        dispensing: r.dispensing,
        state: r.state,
        start: dates.start,
        ...(dates.end === undefined ? planned : { end: dates.end }),
        validUntil: '2027-06-30',
        purpose: 'mot besvär',
      };
    });

/**
 * A patient's drugs: up to `max` base items, no two with the same substances (two strengths of one
 * substance held alike are tested as a clinical case of their own), keys `1`, `2`, ….
 */
export const arbBaseList = (max = 12): fc.Arbitrary<ReadonlyArray<BaseItem>> =>
  fc
    .uniqueArray(fc.constantFrom(...CATALOGUE), { maxLength: max, selector: substancesOf })
    .chain((products): fc.Arbitrary<ReadonlyArray<BaseItem>> =>
      products.length === 0 ? fc.constant([]) : fc.tuple(...products.map((product, k) => arbBaseItem(product, String(k + 1)))),
    );

/** An arbitrary way of writing each base item down, for one system. */
export const arbWritings = (n: number): fc.Arbitrary<ReadonlyArray<Writing>> =>
  fc.array(fc.record({ productChoice: fc.nat(), timeChoice: fc.nat() }), { minLength: n, maxLength: n });

const pick = <T>(xs: ReadonlyArray<T>, n: number): T => xs[n % xs.length]!;

const formatQuantity = (q: number): string => (q === 0.5 ? '½' : String(q).replace('.', ','));

/** The instruction text of a base item: the shorthand of its slots, as the dose-dispensing list writes it. */
export const dosageText = (b: BaseItem): string => {
  const parts: string[] = [];
  if (SLOT_NAMES.some((k) => b.slots[k] > 0)) {
    parts.push(SLOT_NAMES.map((k) => formatQuantity(b.slots[k])).join('+'));
    if (b.intervalDays > 1) parts.push(`var ${b.intervalDays}:e dag`);
  }
  if (b.asNeeded !== undefined) parts.push(`${b.asNeeded.quantity} ${b.product.unit} vid behov, högst ${b.asNeeded.maxPerDay} per dygn`);
  return parts.join(', ');
};

/** The dosage object both formats share. */
const dosageOf = (b: BaseItem, w: Writing) => {
  const doses = SLOT_NAMES.filter((k) => b.slots[k] > 0).map((k) => ({ time: pick(SLOT_TIMES[k], w.timeChoice), quantity: b.slots[k], unit: b.product.unit }));
  return {
    text: dosageText(b),
    ...(doses.length > 0 ? { doses } : {}),
    ...(b.intervalDays > 1 ? { intervalDays: b.intervalDays } : {}),
    ...(b.asNeeded === undefined ? {} : { asNeeded: { quantity: b.asNeeded.quantity, unit: b.product.unit, maxPerDay: b.asNeeded.maxPerDay } }),
  };
};

const productJson = (product: CatalogueProduct) => ({
  name: product.name,
  ...(product.nplId === undefined ? {} : { nplId: product.nplId }),
  atc: product.atc,
  substances: product.substances,
  form: product.form,
});

const shared = (b: BaseItem, w: Writing) => {
  const product = pick(equivalentsOf(b.product), w.productChoice);
  return {
    product: productJson(product),
    route: product.route,
    dosage: dosageOf(b, w),
    period: { start: b.start, ...(b.end === undefined ? {} : { end: b.end }) },
    ...(b.state === 'discontinued' ? { discontinued: { date: '2026-11-15', reason: 'biverkningar' } } : {}),
    purpose: b.purpose,
  };
};

/** How the journal writes a base item down. */
export const ordinationJson = (b: BaseItem, w: Writing, id = `C-${b.key}`): Record<string, unknown> => ({
  ordinationId: id,
  ...shared(b, w),
  type: b.end !== undefined ? 'course' : b.asNeeded !== undefined && SLOT_NAMES.every((k) => b.slots[k] === 0) ? 'as-needed' : 'continuous',
  supply: b.supply,
  dispensing: b.dispensing,
});

/** How the e-prescription list writes a base item down. */
export const prescriptionJson = (b: BaseItem, w: Writing, id = `P-${b.key}`): Record<string, unknown> => ({
  prescriptionId: id,
  ...shared(b, w),
  dispensing: b.dispensing,
  status: b.state === 'discontinued' ? 'discontinued' : 'active',
  validUntil: b.validUntil,
});

/** The patient every generated pair belongs to: Skatteverket's test personnummer. */
export const TEST_PATIENT = { id: '19121212-1212' };

/** A journal export document holding these ordinations. */
export const journalDoc = (ordinations: ReadonlyArray<unknown>): Record<string, unknown> => ({
  source: 'cosmic',
  exportedAt: '2026-11-20T14:05:00+01:00',
  unit: 'Medicinkliniken',
  patient: TEST_PATIENT,
  ordinations,
});

/** An e-prescription list export document holding these prescriptions. */
export const prescriptionDoc = (prescriptions: ReadonlyArray<unknown>): Record<string, unknown> => ({
  source: 'pascal',
  exportedAt: '2026-11-20T14:07:00+01:00',
  doseDispensing: true,
  patient: TEST_PATIENT,
  prescriptions,
});

/** Both exports of a base list, each system writing it its own way; non-prescription items only in the journal. */
export const exportsOf = (
  list: ReadonlyArray<BaseItem>,
  cosmicWritings: ReadonlyArray<Writing>,
  pascalWritings: ReadonlyArray<Writing>,
): { readonly cosmic: Record<string, unknown>; readonly pascal: Record<string, unknown> } => ({
  cosmic: journalDoc(list.map((b, k) => ordinationJson(b, cosmicWritings[k]!))),
  pascal: prescriptionDoc(list.flatMap((b, k) => (b.supply === 'prescription' ? [prescriptionJson(b, pascalWritings[k]!)] : []))),
});

/** A base list with one way of writing it down per system. */
export const arbEquivalentPair = (max = 12) =>
  arbBaseList(max).chain((list) =>
    fc.record({ list: fc.constant(list), cosmicWritings: arbWritings(list.length), pascalWritings: arbWritings(list.length) }),
  );

/** The kinds of single change the laws inject into one side of an equivalent pair. */
export type Injection = 'dose' | 'strength' | 'form' | 'route' | 'status' | 'removal' | 'addition' | 'duplicate';

export const INJECTIONS: ReadonlyArray<Injection> = ['dose', 'strength', 'form', 'route', 'status', 'removal', 'addition', 'duplicate'];

/** Items a change can be injected into so that exactly one discrepancy must follow: on prescription and in force. */
export const injectable = (list: ReadonlyArray<BaseItem>): ReadonlyArray<BaseItem> =>
  list.filter((b) => b.supply === 'prescription' && b.state === 'active');

type Json = Record<string, unknown>;

const withProduct = (item: Json, change: (product: Json) => Json): Json => ({ ...item, product: change(item.product as Json) });

/**
 * The instruction text of a written dosage, as `dosageText` writes it for a base item: after a change
 * of the doses the text says the same as the structure, so that the item differs from its
 * counterpart in one way only (and not also from its own text, a text-mismatch).
 */
const writtenText = (dosage: Json): string => {
  const perSlot = { morning: 0, midday: 0, evening: 0, night: 0 };
  for (const d of (dosage.doses as Json[] | undefined) ?? []) perSlot[slotOf(d.time as ClockTime)] += d.quantity as number;
  const parts: string[] = [];
  if (SLOT_NAMES.some((k) => perSlot[k] > 0)) {
    parts.push(SLOT_NAMES.map((k) => formatQuantity(perSlot[k])).join('+'));
    const interval = (dosage.intervalDays as number | undefined) ?? 1;
    if (interval > 1) parts.push(`var ${interval}:e dag`);
  }
  const prn = dosage.asNeeded as Json | undefined;
  if (prn !== undefined) parts.push(`${String(prn.quantity)} ${String(prn.unit)} vid behov, högst ${String(prn.maxPerDay)} per dygn`);
  return parts.join(', ');
};

/**
 * Changes one written item so that it differs from its counterpart in exactly one way.
 * - dose: every quantity doubled;
 * - strength: strength halved and every quantity doubled (the amount of substance is unchanged);
 * - form: a depot form of the same strength;
 * - route: given rectally;
 * - status: discontinued five days ago.
 * A change of product drops the NPL-id: it is another product.
 */
export const changeItem = (item: Json, injection: 'dose' | 'strength' | 'form' | 'route' | 'status'): Json => {
  const dosage = item.dosage as Json;
  // Doubling what is given: a dose counted in tablets doubles the substance; so does a dose in ml of a
  // mg/ml solution. A dose in insulin units is the amount itself, whatever the strength per ml.
  const doubled = (alsoMaximum: boolean): Json => {
    const prn = dosage.asNeeded as Json | undefined;
    const changed: Json = {
      ...dosage,
      ...(dosage.doses === undefined ? {} : { doses: (dosage.doses as Json[]).map((d) => ({ ...d, quantity: (d.quantity as number) * 2 })) }),
      ...(prn === undefined
        ? {}
        : { asNeeded: { ...prn, quantity: (prn.quantity as number) * 2, ...(alsoMaximum ? { maxPerDay: (prn.maxPerDay as number) * 2 } : {}) } }),
    };
    return { ...changed, text: writtenText(changed) };
  };
  const measuredInUnits = (dosage.doses as Json[] | undefined)?.[0]?.unit === 'E' || (dosage.asNeeded as Json | undefined)?.unit === 'E';
  const withoutNpl = (product: Json): Json => Object.fromEntries(Object.entries(product).filter(([k]) => k !== 'nplId'));
  switch (injection) {
    case 'dose':
      return { ...item, dosage: doubled(false) };
    case 'strength':
      return withProduct({ ...item, dosage: measuredInUnits ? dosage : doubled(true) }, (product) => ({
        ...withoutNpl(product),
        name: `${String(product.name)} (halv styrka)`,
        substances: (product.substances as Json[]).map((x) => ({ ...x, strength: { ...(x.strength as Json), value: ((x.strength as Json).value as number) / 2 } })),
      }));
    case 'form':
      return withProduct(item, (product) => ({
        ...withoutNpl(product),
        name: `${String(product.name)} (annan beredning)`,
        form: formClass(String(product.form)) === formClass('depottablett') ? 'munsönderfallande tablett' : 'depottablett',
      }));
    case 'route':
      return { ...item, route: 'rektal' };
    case 'status':
      return 'status' in item
        ? { ...item, status: 'discontinued', discontinued: { date: '2026-11-15', reason: 'utsatt' } }
        : { ...item, discontinued: { date: '2026-11-15', reason: 'utsatt' } };
  }
};

/** A drug from the catalogue whose substances no item of the list has, for an addition. */
export const productNotIn = (list: ReadonlyArray<BaseItem>, choice: number): CatalogueProduct | undefined => {
  const used = new Set(list.map((b) => substancesOf(b.product)));
  const free = CATALOGUE.filter((q) => !used.has(substancesOf(q)));
  return free.length === 0 ? undefined : pick(free, choice);
};

/** Fisher–Yates with fast-check's own choices, so that a failing order shrinks and replays. */
export const shuffleWith = <T>(xs: ReadonlyArray<T>, choices: ReadonlyArray<number>): ReadonlyArray<T> => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (choices[i] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

// ---------------------------------------------------------------------------------------------------
// Hostile JSON: the fuzz suite's mutations of an export document at every path (issue 10).

/** A JSON path into a parsed document: object keys and array indices. */
export type JsonPath = ReadonlyArray<string | number>;

/** Every path of a parsed JSON value down to 40 levels, the root included, in document order. */
export const pathsOf = (value: unknown, at: JsonPath = []): ReadonlyArray<JsonPath> => {
  if (typeof value !== 'object' || value === null || at.length >= 40) return [at];
  const children = Array.isArray(value) ? value.map((v, i) => pathsOf(v, [...at, i])) : Object.entries(value).map(([k, v]) => pathsOf(v, [...at, k]));
  return [at, ...children.flat()];
};

/**
 * Text a hostile JSON value stands for where JSON.stringify cannot write it: numbers that overflow to
 * Infinity when parsed (`1e400`). `hostileJson` puts the literal in place of the marker string.
 */
export const NON_FINITE_MARKERS: Readonly<Record<string, string>> = { '\u0001INF\u0001': '1e400', '\u0001-INF\u0001': '-1e400' };

/** Personnummer-shaped values, as text and as a number, in every form a sender may write one (Skatteverket's test number). */
export const PERSONNUMMER_VALUES: ReadonlyArray<unknown> = ['19121212-1212', '191212121212', '121212-1212', '1212121212', 191212121212, 1212121212, 'patient 19121212 1212 här'];

/** A value that does not belong where it is put: wrong types, null, huge and non-finite numbers, prototype names, control characters, lone surrogates, deep nesting, personnummer. */
export const arbHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 0.1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, '', ' ', [], {}, [null], ...Object.keys(NON_FINITE_MARKERS)),
  fc.constantFrom<unknown>('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', { __proto__: null, constructor: 1 }),
  fc.constantFrom<unknown>('\u0000', '\f} .validity-warning { display: none }', '\u001b[31m', '\ud800', 'a\udfffb', '</style><script>x</script>', '"\\', '\u2028\u2029'),
  fc.constantFrom<unknown>(...PERSONNUMMER_VALUES),
  fc.integer({ min: 50, max: 1000 }).map((depth) => {
    let v: unknown = '19121212-1212';
    for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
    return v;
  }),
  fc.string({ maxLength: 12 }),
  fc.double(),
);

/**
 * A value just outside what a field of the export formats accepts, or just inside: dates that do not
 * exist, clock times and timestamps a digit off, zero, negative, fractional and too large amounts,
 * codes of the wrong shape, words a `keyof` does not know, blank text, objects missing a key. Where a
 * codec's check and its full decode could part, they part on such values.
 */
export const arbNearMissValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '2026-02-30', '2026-02-29', '2024-02-29', '0000-01-01', '2026-1-05', '2026-11-20T08:00:00', '2026-11-20T24:00:00+01:00', '2026-11-20T08:00:00+01:60',
  '8:00', '24:00', '23:59', '08:00', 0, -0, -1, 0.5, 1.5, 1e9, 1e9 + 1, 2, 7, '1', 'A10BA02', 'A10BA2', '20090915000019', '2009091500001',
  'continuous', 'as-needed', 'Continuous', 'dose-dispensed', 'prescription', 'cancelled', 'mon', 'Mon', '   ', 'x',
  { text: '1 tablett' }, { value: 40, unit: 'mg' }, { value: 40 }, { start: '2026-01-01' }, { date: '2026-11-15' }, { name: 'furosemid' },
  [], [{}], [{ time: '08:00', quantity: 1, unit: 'st' }], [{ time: '08:00', quantity: -1, unit: 'st' }], ['mon', 'tis'],
);

/** A value replaced at a path chosen by index: one near miss of a field's codec. */
export const arbNearMiss: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: arbNearMissValue });

/** A key that does not belong: prototype names, a personnummer, control characters. */
export const arbHostileKey: fc.Arbitrary<string> = fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', '19121212-1212', '\u0000', '\ud800', '');

/** One change to a document: a value replaced, a key added, a path removed, or an array item duplicated (a duplicate id). */
export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly at: number };

/** A mutation at a path chosen by index (taken modulo the number of paths of the document it meets). */
export const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: arbHostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: arbHostileKey, value: arbHostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
);

const defineOwn = (o: Record<string, unknown>, key: string, value: unknown): void => {
  // Defined, not assigned: a key `__proto__` must become an own key, as JSON.parse makes it.
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
};

/**
 * A document with a mutation applied (on a deep copy): at the `at`-th path modulo the number of paths.
 *
 * @example
 * mutate(examplePair().cosmic, { kind: 'replace', at: 12, value: null })
 */
export const mutate = (doc: unknown, m: Mutation): unknown => {
  // A JSON round trip copies (as JSON.parse would read it: own `__proto__` keys stay own keys).
  const copy = JSON.parse(JSON.stringify(doc) ?? 'null') as unknown;
  const paths = pathsOf(copy);
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) return m.kind === 'replace' ? m.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  switch (m.kind) {
    case 'replace':
      if (Array.isArray(parent)) parent[last as number] = m.value;
      else defineOwn(parent, String(last), m.value);
      break;
    case 'add-key':
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) defineOwn(target as Record<string, unknown>, m.key, m.value);
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(last as number, 0, JSON.parse(JSON.stringify(target) ?? 'null'));
      break;
  }
  return copy;
};

/** A document as JSON text, with the non-finite markers written as the number literals that overflow. */
export const hostileJson = (value: unknown): string => {
  let text = JSON.stringify(value) ?? 'null';
  for (const [marker, literal] of Object.entries(NON_FINITE_MARKERS)) text = text.split(JSON.stringify(marker)).join(literal);
  return text;
};
/**
 * How a physician decides the deviations of one line (issue 14): the journal is right, Pascal is
 * right, or stop on both. One strategy per line keeps the decisions on one drug consistent.
 */
export type DecisionStrategy = 'cosmic' | 'pascal' | 'stop';

/** A generated patient of `medrec generate` (by its index; seed 7) and a strategy per line, cycled. */
export const arbDecidedPatient = () =>
  fc.record({
    index: fc.integer({ min: 0, max: 100_000 }),
    strategies: fc.array(fc.constantFrom<DecisionStrategy>('cosmic', 'pascal', 'stop'), { minLength: 1, maxLength: 8 }),
  });
// ---- Hostile mutations of a JSON document (FHIR fuzz suite, issue #10 §2) -------------------------

/** Values a hostile or unlucky sender puts where anything else is expected. */
export const HOSTILE_VALUES: ReadonlyArray<unknown> = [
  null,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  191212121212,
  '19121212-1212',
  '',
  ' ',
  '\u0000\u0007\u001b[31m\u007f',
  '\ud800',
  'a\udc00b',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  true,
  false,
  {},
  [],
  [null],
  'x'.repeat(5000),
  '2026-13-45',
  'Patient/',
  '#',
];

/** Keys a hostile sender adds: each becomes an own property, as JSON.parse would make it. */
export const HOSTILE_KEYS: ReadonlyArray<string> = ['__proto__', 'constructor', 'toString', 'valueOf', 'prototype', '19121212-1212'];

type Path = ReadonlyArray<string | number>;

/** Every path to a value inside a JSON document (the root excluded), depth first. */
export const pathsIn = (u: unknown, at: Path = []): ReadonlyArray<Path> => {
  if (Array.isArray(u)) return u.flatMap((x, i) => [[...at, i], ...pathsIn(x, [...at, i])]);
  if (typeof u === 'object' && u !== null) return Object.keys(u).flatMap((k) => [[...at, k], ...pathsIn((u as Record<string, unknown>)[k], [...at, k])]);
  return [];
};

const setOwn = (o: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** A copy of a JSON value in which `f` replaces the value at `path` (returning undefined removes it). */
const updateAt = (u: unknown, path: Path, f: (old: unknown) => unknown): unknown => {
  if (path.length === 0) return f(u);
  const [head, ...rest] = path;
  if (Array.isArray(u) && typeof head === 'number') {
    const out = [...u];
    const v = updateAt(out[head], rest, f);
    if (v === undefined && rest.length === 0) out.splice(head, 1);
    else out[head] = v;
    return out;
  }
  if (typeof u === 'object' && u !== null && typeof head === 'string') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(u)) setOwn(out, k, (u as Record<string, unknown>)[k]);
    const v = updateAt(out[head], rest, f);
    if (v === undefined && rest.length === 0) delete out[head];
    else setOwn(out, head, v);
    return out;
  }
  return u;
};

const nested = (depth: number, leaf: unknown): unknown => {
  let u = leaf;
  for (let i = 0; i < depth; i++) u = i % 2 === 0 ? { a: u } : [u];
  return u;
};

/** One mutation of a JSON document at one of its paths. */
export type FhirMutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: number }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: number; readonly value: number }
  | { readonly kind: 'nest'; readonly at: number; readonly depth: number }
  | { readonly kind: 'duplicate'; readonly at: number };

/** Mutations by index: `at` picks the path (modulo their number), `value` and `key` the hostile value and key. */
export const mutationArb = (): fc.Arbitrary<FhirMutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: fc.nat(), value: fc.nat() }),
    fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  );

/**
 * The document with one mutation applied at one of its paths: a hostile value put in, the value
 * removed, a hostile key added to an object, the value buried in deep nesting, or an array element
 * doubled (duplicate ids).
 *
 * @example
 * mutateFhir({ a: [1] }, { kind: 'replace', at: 1, value: 0 }) // { a: [null] }
 */
export const mutateFhir = (doc: unknown, m: FhirMutation): unknown => {
  const paths = pathsIn(doc);
  if (paths.length === 0) return doc;
  const path = paths[m.at % paths.length]!;
  const pick = <T>(xs: ReadonlyArray<T>, n: number): T => xs[n % xs.length]!;
  switch (m.kind) {
    case 'replace':
      return updateAt(doc, path, () => pick(HOSTILE_VALUES, m.value));
    case 'remove':
      return updateAt(doc, path, () => undefined);
    case 'add-key':
      return updateAt(doc, path, (old) => {
        if (typeof old !== 'object' || old === null || Array.isArray(old)) return pick(HOSTILE_VALUES, m.value);
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(old)) setOwn(out, k, (old as Record<string, unknown>)[k]);
        return setOwn(out, pick(HOSTILE_KEYS, m.key), pick(HOSTILE_VALUES, m.value));
      });
    case 'nest':
      return updateAt(doc, path, (old) => nested(m.depth, old));
    case 'duplicate': {
      // The nearest array on the path gets its element doubled.
      const k = path.map((p) => typeof p === 'number').lastIndexOf(true);
      if (k < 0) return doc;
      const arrayPath = path.slice(0, k);
      const index = path[k] as number;
      return updateAt(doc, arrayPath, (arr) => (Array.isArray(arr) ? [...arr.slice(0, index + 1), arr[index], ...arr.slice(index + 1)] : arr));
    }
  }
};

/**
 * A dosing cycle of one structured dose a dosing day (rule 1 of the contract): `quantity` tablets at
 * 08:00 every `intervalDays` days from `start`, or on `weekdays` (weekly).
 */
export interface CycleDosing {
  readonly quantity: number;
  readonly intervalDays: number;
  readonly weekdays: ReadonlyArray<string>;
  readonly start: string;
}

const WEEK: ReadonlyArray<string> = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Daily, every Nth day (2 to 4, from one of four first days) or weekly on some weekdays, 1 to 4 tablets. */
export const arbCycleDosing: fc.Arbitrary<CycleDosing> = fc.oneof(
  fc.record({ quantity: fc.integer({ min: 1, max: 4 }), intervalDays: fc.constant(1), weekdays: fc.constant([] as ReadonlyArray<string>), start: fc.constant('2026-11-01') }),
  fc.record({
    quantity: fc.integer({ min: 1, max: 4 }),
    intervalDays: fc.integer({ min: 2, max: 4 }),
    weekdays: fc.constant([] as ReadonlyArray<string>),
    start: fc.constantFrom('2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'),
  }),
  fc.record({
    quantity: fc.integer({ min: 1, max: 4 }),
    intervalDays: fc.constant(7),
    weekdays: fc.subarray([...WEEK], { minLength: 1, maxLength: 3 }).map((ds) => WEEK.filter((d) => ds.includes(d))),
    start: fc.constant('2026-11-01'),
  }),
);

/** The dosage JSON of a cycle, with a text that says the same. */
export const cycleDosageJson = (c: CycleDosing): Record<string, unknown> => ({
  text: c.weekdays.length > 0 ? `${c.quantity} tabletter på ${c.weekdays.join(', ')}` : c.intervalDays === 1 ? `${c.quantity} tabletter dagligen` : `${c.quantity} tabletter var ${c.intervalDays}:e dag`,
  doses: [{ time: '08:00', quantity: c.quantity, unit: 'tablett' }],
  intervalDays: c.intervalDays,
  ...(c.weekdays.length > 0 ? { weekdays: c.weekdays } : {}),
});

/**
 * A FHIR `rateQuantity` of an infusion as senders write it: a quantity of 0,01 to 1000 in a mass or a
 * volume (or per kg of body weight) per minute, hour or day, by its unit or its UCUM code.
 */
export const arbFhirRateQuantity: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    value: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
    amount: fc.constantFrom('mg', 'ug', 'mcg', 'g', 'mL', 'ml', 'L', 'mg/kg', 'ug/kg'),
    per: fc.constantFrom('min', 'h', 'hr', 'd'),
    asCode: fc.boolean(),
  })
  .map(({ value, amount, per, asCode }) => (asCode ? { value, system: 'http://unitsofmeasure.org', code: `${amount}/${per}` } : { value, unit: `${amount}/${per}` }));
