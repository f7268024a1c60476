import type * as t from 'io-ts';
import * as E from 'fp-ts/lib/Either.js';
import { quoted } from './quote';
import {
  compareDates,
  isTimestamp,
  redactPersonnummer,
  type Dispensing,
  type IsoDate,
  type ItemId,
  type ItemKind,
  type Ordination,
  type Prescription,
  type Problem,
  type Product,
  type Reporter,
  type Unknown,
  type UnknownDosage,
  isUnknown,
  known as known0,
  UNKNOWN,
  type RecordedDosage,
  type Source,
  type Supply,
  type Timestamp,
} from '../model';
import { reportErrors } from '../decode';
import {
  MedicationRequestCodec,
  MedicationStatementCodec,
  type RawCodeableConcept,
  type RawDosage,
  type RawExtension,
  type RawMedicationRequest,
  type RawMedicationStatement,
  type RawReference,
} from './codecs';
import { conceptText, readDosages, type ReadDosages } from './dosage';
import { readProduct, type Located, type Resolve } from './medication';
import { dateOf } from './quantity';
import { mapStatus, MEDICATION_REQUEST_STATUS, MEDICATION_STATEMENT_STATUS } from './status';
import { isHsaIdSystem, ITEM_ID_SYSTEMS, MEDICATION_STATEMENT_CATEGORY_SYSTEM, MEDREC_EXTENSIONS } from './systems';

/** An item read, with the problems of the fields left unknown (the item takes part all the same). */
export interface ReadItem {
  readonly item: Ordination | Prescription;
  readonly problems: ReadonlyArray<Problem>;
}

/** What reading an item needs besides the resource: its side, how to resolve references, and defaults. */
export interface ItemContext {
  readonly source: Source;
  readonly resolve: Resolve;
  /** How items are dispensed when a resource does not say (FHIR R4 has no element for dose dispensing). */
  readonly defaultDispensing?: Dispensing;
}

type Read<A> = E.Either<ReadonlyArray<Problem>, A>;

/** MedicationRequest intents that are not orders: a proposal, a plan or an option is not yet on either list. */
const NOT_ORDERS: ReadonlySet<string> = new Set(['proposal', 'plan', 'option']);

const SUPPLIES: ReadonlyArray<Supply> = ['prescription', 'ward-stock', 'self-care', 'general-directive'];
const DISPENSINGS: ReadonlyArray<Dispensing> = ['dose-dispensed', 'whole-package'];
const KINDS: ReadonlyArray<ItemKind> = ['continuous', 'as-needed', 'course', 'single'];

const extensionCode = <A extends string>(
  extensions: ReadonlyArray<RawExtension> | undefined,
  url: string,
  allowed: ReadonlyArray<A>,
  at: string,
): Read<A | undefined> => {
  const k = (extensions ?? []).findIndex((x) => x.url === url);
  if (k < 0) return E.right(undefined);
  const code = extensions![k]!.valueCode;
  return code !== undefined && (allowed as ReadonlyArray<string>).includes(code)
    ? E.right(code as A)
    : E.left([{ path: `${at}.extension[${k}].valueCode`, message: `expected one of ${allowed.join(', ')}, got ${code === undefined ? 'missing' : quoted(code)}` }]);
};

const extensionValue = (extensions: ReadonlyArray<RawExtension> | undefined, url: string): RawExtension | undefined =>
  (extensions ?? []).find((x) => x.url === url);

/** The id of an item: its identifier under medrec's item-id system for its side, else the resource id. */
const itemId = (resource: RawMedicationRequest | RawMedicationStatement, source: Source): string | undefined =>
  resource.identifier?.find((i) => i.system === ITEM_ID_SYSTEMS[source])?.value ?? resource.id;

/** An id readable from a resource that failed its codec, for the invalid-item record. */
export const readableResourceId = (u: unknown, source: Source): string | null => {
  if (typeof u !== 'object' || u === null) return null;
  const r = u as { id?: unknown; identifier?: unknown };
  const ids = Array.isArray(r.identifier) ? (r.identifier as Array<{ system?: unknown; value?: unknown }>) : [];
  const own = ids.find((i) => i?.system === ITEM_ID_SYSTEMS[source])?.value;
  const id = typeof own === 'string' ? own : r.id;
  return typeof id === 'string' && id.trim() !== '' ? redactPersonnummer(id) : null;
};

const prescriber = (ref: RawReference | undefined) => {
  if (ref === undefined) return undefined;
  const hsaId = isHsaIdSystem(ref.identifier?.system) ? ref.identifier?.value : undefined;
  const name = ref.display;
  return hsaId === undefined && name === undefined ? undefined : { ...(hsaId === undefined ? {} : { hsaId }), ...(name === undefined ? {} : { name }) };
};

const firstText = (concepts: ReadonlyArray<RawCodeableConcept> | undefined): string | undefined =>
  (concepts ?? []).map(conceptText).find((x) => x !== undefined);

/** The e-prescription list has no item type: an item with only as-needed dosing is as-needed, one with an end a course. */
const derivedKind = (dosage: RecordedDosage | UnknownDosage, end: IsoDate | undefined): ItemKind => {
  if (isUnknown(dosage)) return end === undefined ? 'continuous' : 'course';
  const scheduled = dosage.doses.length > 0 || dosage.steps.length > 0;
  if (dosage.asNeeded !== undefined && !scheduled) return 'as-needed';
  return end === undefined ? 'continuous' : 'course';
};

interface Common {
  readonly id: ItemId | undefined;
  readonly product: Product;
  readonly dosage: RecordedDosage | UnknownDosage;
  readonly route?: string;
  readonly period: { readonly start: IsoDate; readonly end?: IsoDate };
  readonly status: Ordination['status'];
  readonly extensions?: ReadonlyArray<RawExtension>;
  readonly validUntil?: IsoDate | Unknown;
  readonly purpose?: string;
  readonly prescriber?: { readonly hsaId?: string; readonly name?: string };
  readonly reporter?: Reporter;
  readonly updatedAt?: Timestamp;
  readonly selfCare: boolean;
  /** What could not be read and is unknown: the item still takes part. */
  readonly soft: ReadonlyArray<Problem>;
}

const dateAt = (value: string | undefined, path: string, problems: Problem[]): IsoDate | undefined => {
  if (value === undefined) return undefined;
  const day = dateOf(value);
  if (day === undefined) problems.push({ path, message: `expected a full date, got ${quoted(value)}` });
  return day;
};

/**
 * The dosage of an item whose Dosage elements cannot be mapped: what the sender wrote as text, read
 * by the dosage-text parser like any text-only dosage (so it is compared where the text is
 * understood, `not-comparable` where not), with no structured dose guessed.
 */
const unknownDosage = (dosages: ReadonlyArray<RawDosage> | undefined): UnknownDosage => {
  const text = [...new Set((dosages ?? []).flatMap((d) => (d.text === undefined ? [] : [d.text])))].join('; ');
  return text === '' ? UNKNOWN : { ...UNKNOWN, text };
};

/** The first day the raw Dosage elements are bounded by, for an item whose dosage is unknown. */
const rawStart = (dosages: ReadonlyArray<RawDosage> | undefined): IsoDate | undefined =>
  (dosages ?? [])
    .flatMap((d) => {
      const start = d.timing?.repeat?.boundsPeriod?.start;
      const day = start === undefined ? undefined : dateOf(start);
      return day === undefined ? [] : [day];
    })
    .sort(compareDates)[0];

/** The route of raw Dosage elements where they name one, for an item whose dosage is unknown. */
const rawRoute = (dosages: ReadonlyArray<RawDosage> | undefined): string | undefined => {
  const routes = [...new Set((dosages ?? []).flatMap((d) => (conceptText(d.route) === undefined ? [] : [conceptText(d.route)!])))];
  return routes.length === 1 ? routes[0] : undefined;
};

/** What `dosageOf` gives: a read dosage, or an unknown one with what could still be read around it. */
type DosageOf = Omit<ReadDosages, 'dosage'> & { readonly dosage: RecordedDosage | UnknownDosage };

/** The dosage, read or (where it cannot be mapped) unknown, with the problems that made it so. */
const dosageOf = (raw: ReadonlyArray<RawDosage> | undefined, at: string, start: IsoDate | undefined, soft: Problem[]): DosageOf => {
  if (raw === undefined || raw.length === 0) {
    soft.push({ path: at, message: 'expected at least one Dosage; the dosage is unknown' });
    return { dosage: unknownDosage(raw) };
  }
  const read = readDosages(raw, at, start);
  if (E.isRight(read)) return read.right;
  soft.push(...read.left.map((p) => ({ path: p.path, message: `${p.message}; the dosage is unknown (its text is kept)` })));
  const from = rawStart(raw);
  const route = rawRoute(raw);
  return { dosage: unknownDosage(raw), ...(from === undefined ? {} : { start: from }), ...(route === undefined ? {} : { route }) };
};

const readRequest = (r: RawMedicationRequest, at: string, ctx: ItemContext): Read<Common> => {
  const problems: Problem[] = [];
  const soft: Problem[] = [];
  const authored = dateAt(r.authoredOn, `${at}.authoredOn`, soft);
  const validFrom = dateAt(r.dispenseRequest?.validityPeriod?.start, `${at}.dispenseRequest.validityPeriod.start`, soft);
  const validEnd = r.dispenseRequest?.validityPeriod?.end;
  const validUntil = validEnd === undefined ? undefined : (dateAt(validEnd, `${at}.dispenseRequest.validityPeriod.end`, soft) ?? UNKNOWN);
  const stoppedExt = extensionValue(r.extension, MEDREC_EXTENSIONS.discontinuedDate);
  const stopped = dateAt(stoppedExt?.valueDate ?? stoppedExt?.valueDateTime, `${at}.extension`, problems);
  const dosages = dosageOf(r.dosageInstruction, `${at}.dosageInstruction`, authored ?? validFrom, soft);
  const status = mapStatus(MEDICATION_REQUEST_STATUS, r.status, {
    ...(stopped === undefined ? {} : { date: stopped }),
    ...(conceptText(r.statusReason) === undefined ? {} : { reason: conceptText(r.statusReason)! }),
  });
  if (E.isLeft(status)) problems.push({ path: `${at}.status`, message: status.left });
  if (r.intent !== undefined && NOT_ORDERS.has(r.intent)) {
    problems.push({ path: `${at}.intent`, message: `expected an order (order, original-order, reflex-order, filler-order, instance-order), got ${quoted(r.intent)}: a ${r.intent} is not on either list` });
  }
  const product = readProduct(r, r.contained, at, ctx.resolve);
  if (E.isLeft(product)) problems.push(...product.left);
  if (E.isLeft(status) || E.isLeft(product) || problems.length > 0) return E.left(problems);
  const start = dosages.start ?? authored ?? validFrom;
  if (start === undefined) return E.left([{ path: `${at}.authoredOn`, message: 'expected a start date: dosageInstruction[].timing.repeat.boundsPeriod.start, authoredOn or dispenseRequest.validityPeriod.start' }]);
  const reasons = purposeOf(r.reasonCode, r.reasonReference);
  return E.right({
    id: itemId(r, ctx.source) as ItemId | undefined,
    product: product.right.product,
    dosage: dosages.dosage,
    period: { start, ...(dosages.end === undefined ? {} : { end: dosages.end }) },
    status: status.right,
    selfCare: false,
    soft: [...product.right.problems, ...soft],
    ...(dosages.route === undefined ? {} : { route: dosages.route }),
    ...(r.extension === undefined ? {} : { extensions: r.extension }),
    ...(validUntil === undefined ? {} : { validUntil }),
    ...(reasons === undefined ? {} : { purpose: reasons }),
    ...(prescriber(r.requester) === undefined ? {} : { prescriber: prescriber(r.requester)! }),
    ...updatedAt(r),
  });
};

/** The purpose: the first reason's text (`reasonCode`), else the display of the first `reasonReference`. */
const purposeOf = (codes: ReadonlyArray<RawCodeableConcept> | undefined, references: ReadonlyArray<RawReference> | undefined): string | undefined =>
  firstText(codes) ?? (references ?? []).map((x) => x.display).find((x) => x !== undefined);

/** meta.lastUpdated, an instant, is when the item last changed in its system. */
const updatedAt = (r: { readonly meta?: { readonly lastUpdated?: string } }): { updatedAt?: Timestamp } => {
  const last = r.meta?.lastUpdated;
  return last !== undefined && isTimestamp(last) ? { updatedAt: last } : {};
};

/** Who reported a statement: its `informationSource`, by the type it references and its display. */
const reporterOf = (ref: RawReference | undefined): Reporter | undefined => {
  if (ref === undefined) return undefined;
  const type = ref.type ?? /(?:^|\/)(Patient|RelatedPerson|Practitioner|PractitionerRole|Organization)\/[^/]+$/u.exec(ref.reference ?? '')?.[1];
  if (type === undefined && ref.display === undefined) return undefined;
  return { ...(type === undefined ? {} : { type }), ...(ref.display === undefined ? {} : { name: ref.display }) };
};

const readStatement = (s: RawMedicationStatement, at: string, ctx: ItemContext): Read<Common> => {
  const problems: Problem[] = [];
  const soft: Problem[] = [];
  const effectiveStart = dateAt(s.effectivePeriod?.start ?? s.effectiveDateTime, s.effectivePeriod?.start === undefined ? `${at}.effectiveDateTime` : `${at}.effectivePeriod.start`, problems);
  const effectiveEnd = dateAt(s.effectivePeriod?.end, `${at}.effectivePeriod.end`, problems);
  // For a stopped or completed statement the end of its effective period is the day it stopped, not a planned end.
  const endIsStop = s.status === 'stopped' || s.status === 'completed';
  const dosages = dosageOf(s.dosage, `${at}.dosage`, effectiveStart, soft);
  const reason = firstText(s.statusReason);
  const stoppedExt = extensionValue(s.extension, MEDREC_EXTENSIONS.discontinuedDate);
  const stopped = dateAt(stoppedExt?.valueDate ?? stoppedExt?.valueDateTime, `${at}.extension`, problems) ?? (endIsStop ? effectiveEnd : undefined);
  const status = mapStatus(MEDICATION_STATEMENT_STATUS, s.status, {
    ...(stopped === undefined ? {} : { date: stopped }),
    ...(reason === undefined ? {} : { reason }),
  });
  if (E.isLeft(status)) problems.push({ path: `${at}.status`, message: status.left });
  const product = readProduct(s, s.contained, at, ctx.resolve);
  if (E.isLeft(product)) problems.push(...product.left);
  if (E.isLeft(status) || E.isLeft(product) || problems.length > 0) return E.left(problems);
  const start = effectiveStart ?? dosages.start ?? (s.dateAsserted === undefined ? undefined : dateOf(s.dateAsserted));
  if (start === undefined) return E.left([{ path: `${at}.effectivePeriod.start`, message: 'expected a start date: effectivePeriod.start, effectiveDateTime, dosage[].timing.repeat.boundsPeriod.start or dateAsserted' }]);
  const end = endIsStop ? dosages.end : (effectiveEnd ?? dosages.end);
  const selfCare = (s.category?.coding ?? []).some((c) => c.system === MEDICATION_STATEMENT_CATEGORY_SYSTEM && c.code === 'patientspecified');
  // The prescriber of a journal item travels in medrec's extension: informationSource is who reported it.
  const prescribedBy = prescriber(extensionValue(s.extension, MEDREC_EXTENSIONS.prescriber)?.valueReference);
  const reporter = reporterOf(s.informationSource);
  const reasons = purposeOf(s.reasonCode, s.reasonReference);
  return E.right({
    id: itemId(s, ctx.source) as ItemId | undefined,
    product: product.right.product,
    dosage: dosages.dosage,
    period: { start, ...(end === undefined ? {} : { end }) },
    status: status.right,
    selfCare,
    soft: [...product.right.problems, ...soft],
    ...(dosages.route === undefined ? {} : { route: dosages.route }),
    ...(s.extension === undefined ? {} : { extensions: s.extension }),
    ...(reasons === undefined ? {} : { purpose: reasons }),
    ...(prescribedBy === undefined ? {} : { prescriber: prescribedBy }),
    ...(reporter === undefined ? {} : { reporter }),
    ...updatedAt(s),
  });
};

const crossChecks = (c: Common, at: string): ReadonlyArray<Problem> => {
  const problems: Problem[] = [];
  const p = c.product;
  if (p.nplId === undefined && p.atc === undefined && p.substances.length === 0 && (p.codes ?? []).length === 0) {
    problems.push({ path: `${at}.medication[x]`, message: 'expected a coded product (an NPL-id, an ATC code, any coding with a system) or active ingredients: the item cannot be identified' });
  }
  if (c.period.end !== undefined && compareDates(c.period.end, c.period.start) < 0) {
    problems.push({ path: at, message: `expected the end of the treatment (${c.period.end}) on or after its start (${c.period.start})` });
  }
  if (c.id === undefined) problems.push({ path: `${at}.id`, message: 'expected an id (or an identifier under the item-id system), got missing' });
  return problems;
};

/**
 * The elements of a resource whose value, when malformed, leaves that element unknown rather than
 * the item unreadable: they do not say what the item is, who has it, or whether it is in force.
 */
const SOFT_ELEMENTS: ReadonlySet<string> = new Set([
  'dosageInstruction',
  'dosage',
  'reasonCode',
  'reasonReference',
  'requester',
  'informationSource',
  'dispenseRequest',
  'category',
  'courseOfTherapyType',
  'statusReason',
  'meta',
  'dateAsserted',
  'authoredOn',
]);

/** The top element of a problem's path below `at` (`dosage` of `entry[1].resource.dosage[0].text`). */
const topElement = (path: string, at: string): string | undefined => (path.startsWith(`${at}.`) ? /^[^.[]+/u.exec(path.slice(at.length + 1))?.[0] : undefined);

/**
 * Decodes a resource; where only elements of `SOFT_ELEMENTS` are malformed, decodes it again without
 * them, and returns their problems apart: those elements are unknown, the item is still read.
 */
const decodeSoftly = <A>(codec: t.Decoder<unknown, A>, resource: unknown, at: string): Read<{ readonly value: A; readonly soft: ReadonlyArray<Problem> }> => {
  const first = codec.decode(resource);
  if (E.isRight(first)) return E.right({ value: first.right, soft: [] });
  const problems = reportErrors(first.left, at);
  const elements = new Set(problems.map((p) => topElement(p.path, at)));
  if (typeof resource !== 'object' || resource === null || [...elements].some((e) => e === undefined || !SOFT_ELEMENTS.has(e))) return E.left(problems);
  // Own properties only, `__proto__` included as data (Object.fromEntries defines, never assigns).
  const without = Object.fromEntries(Object.entries(resource).filter(([k]) => !elements.has(k)));
  const second = codec.decode(without);
  if (E.isLeft(second)) return E.left(problems);
  return E.right({ value: second.right, soft: problems.map((p) => ({ path: p.path, message: `${p.message}; the element is unknown` })) });
};

/**
 * Reads one MedicationRequest or MedicationStatement found at `located.path` into an item of the
 * journal (`cosmic`) or the e-prescription list (`pascal`): the same model the JSON decoders give.
 * Every problem carries its FHIR path below `located.path`; a resource with any problem is an error,
 * never half read.
 *
 * Beyond the dosage, product and status rules (see `readDosages`, `readProduct`, `mapStatus`):
 * the period is the effective period (MedicationStatement) or the bounds of the dosages, else
 * `authoredOn` (MedicationRequest); `validUntil` is `dispenseRequest.validityPeriod.end`; `purpose`
 * is the first `reasonCode`'s text; the prescriber is `requester` (or `informationSource`) with an
 * HSA-id; supply, dispensing, kind and a treatment reason come from medrec's extensions (see
 * `MEDREC_EXTENSIONS`), a MedicationStatement of category `patientspecified` is self-care, other
 * journal items are on prescription, and dispensing falls back to `defaultDispensing` (an
 * e-prescription with neither is an error: FHIR R4 has no element for dose dispensing). A
 * MedicationRequest whose intent is `proposal`, `plan` or `option` is not an order and is reported;
 * a modifierExtension is an error: it changes the meaning of the resource.
 *
 * @example
 * readItem({ resource: medicationRequest, path: 'entry[3].resource' }, 3, { source: 'pascal', resolve, defaultDispensing: 'whole-package' })
 * // right(Prescription) or left(InvalidItem-style problems at 'entry[3].resource.dosageInstruction[0].timing.repeat.periodUnit')
 */
export const readItem = (located: Located, index: number, ctx: ItemContext): Read<ReadItem> => {
  const at = located.path;
  const type = (located.resource as { resourceType?: unknown } | null)?.resourceType;
  let common: Read<Common>;
  let shape: ReadonlyArray<Problem> = [];
  if (type === 'MedicationRequest') {
    const decoded = decodeSoftly(MedicationRequestCodec, located.resource, at);
    if (E.isLeft(decoded)) return decoded;
    if (decoded.right.value.modifierExtension !== undefined) return E.left([{ path: `${at}.modifierExtension`, message: 'expected no modifier extension: it changes the meaning of the resource, and medrec cannot read it' }]);
    shape = decoded.right.soft;
    common = readRequest(decoded.right.value, at, ctx);
  } else if (type === 'MedicationStatement') {
    const decoded = decodeSoftly(MedicationStatementCodec, located.resource, at);
    if (E.isLeft(decoded)) return decoded;
    if (decoded.right.value.modifierExtension !== undefined) return E.left([{ path: `${at}.modifierExtension`, message: 'expected no modifier extension: it changes the meaning of the resource, and medrec cannot read it' }]);
    shape = decoded.right.soft;
    common = readStatement(decoded.right.value, at, ctx);
  } else {
    return E.left([{ path: `${at}.resourceType`, message: `expected MedicationRequest or MedicationStatement, got ${typeof type === 'string' ? quoted(type) : 'missing'}` }]);
  }
  if (E.isLeft(common)) return common;
  const c = common.right;
  const problems = [...crossChecks(c, at)];
  const soft: Problem[] = [...shape, ...c.soft];
  // medrec's own extensions: one that cannot be read is unknown.
  const known = <A>(r: Read<A | undefined>): A | Unknown | undefined => {
    if (E.isRight(r)) return r.right;
    soft.push(...r.left.map((p) => ({ path: p.path, message: `${p.message}; the value is unknown` })));
    return UNKNOWN;
  };
  const supply = known(extensionCode(c.extensions, MEDREC_EXTENSIONS.supply, SUPPLIES, at));
  const kind = known(extensionCode(c.extensions, MEDREC_EXTENSIONS.kind, KINDS, at));
  const stated = known(extensionCode(c.extensions, MEDREC_EXTENSIONS.dispensing, DISPENSINGS, at));
  const treatmentReason = extensionValue(c.extensions, MEDREC_EXTENSIONS.treatmentReason)?.valueString;
  let dispensed: Dispensing | Unknown | undefined = stated ?? ctx.defaultDispensing;
  if (ctx.source === 'pascal' && dispensed === undefined) {
    // FHIR R4 has no element for dose dispensing: where neither the resource nor the caller says, it is unknown.
    soft.push({ path: `${at}.extension`, message: `expected the dispensing extension (${MEDREC_EXTENSIONS.dispensing}: dose-dispensed or whole-package) or the defaultDispensing option: FHIR R4 has no element for dose dispensing; the dispensing is unknown` });
    dispensed = UNKNOWN;
  }
  if (ctx.source === 'pascal' && typeof supply === 'string' && supply !== 'prescription') {
    soft.push({ path: `${at}.extension`, message: `expected supply "prescription" on the e-prescription list, got ${quoted(supply)}; it is on prescription` });
  }
  // An item that cannot take part is reported with everything else that was wrong with it.
  if (problems.length > 0 || c.id === undefined) return E.left([...problems, ...soft]);
  const shared = {
    id: c.id,
    index,
    product: c.product,
    dosage: c.dosage,
    period: c.period,
    status: c.status,
    ...(c.route === undefined ? {} : { route: c.route }),
    ...(c.prescriber === undefined ? {} : { prescriber: c.prescriber }),
    ...(c.reporter === undefined ? {} : { reporter: c.reporter }),
    ...(c.purpose === undefined ? {} : { purpose: c.purpose }),
    ...(c.updatedAt === undefined ? {} : { updatedAt: c.updatedAt }),
  };
  if (ctx.source === 'cosmic') {
    const ordination: Ordination = {
      source: 'cosmic',
      ...shared,
      kind: kind ?? derivedKind(c.dosage, known0(c.period.end)),
      supply: supply ?? (c.selfCare ? 'self-care' : 'prescription'),
      ...(dispensed === undefined ? {} : { dispensing: dispensed }),
    };
    return E.right({ item: ordination, problems: soft });
  }
  const prescription: Prescription = {
    source: 'pascal',
    ...shared,
    kind: derivedKind(c.dosage, known0(c.period.end)),
    supply: 'prescription',
    dispensing: dispensed ?? UNKNOWN,
    ...(c.validUntil === undefined ? {} : { validUntil: c.validUntil }),
    ...(treatmentReason === undefined ? {} : { treatmentReason }),
  };
  return E.right({ item: prescription, problems: soft });
};
