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
  type RawExtension,
  type RawMedicationRequest,
  type RawMedicationStatement,
  type RawReference,
} from './codecs';
import { conceptText, readDosages } from './dosage';
import { readProduct, type Located, type Resolve } from './medication';
import { dateOf } from './quantity';
import { mapStatus, MEDICATION_REQUEST_STATUS, MEDICATION_STATEMENT_STATUS } from './status';
import { HSA_ID_SYSTEM, ITEM_ID_SYSTEMS, MEDICATION_STATEMENT_CATEGORY_SYSTEM, MEDREC_EXTENSIONS } from './systems';

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
  const hsaId = ref.identifier?.system === HSA_ID_SYSTEM ? ref.identifier.value : undefined;
  const name = ref.display;
  return hsaId === undefined && name === undefined ? undefined : { ...(hsaId === undefined ? {} : { hsaId }), ...(name === undefined ? {} : { name }) };
};

const firstText = (concepts: ReadonlyArray<RawCodeableConcept> | undefined): string | undefined =>
  (concepts ?? []).map(conceptText).find((x) => x !== undefined);

/** The e-prescription list has no item type: an item with only as-needed dosing is as-needed, one with an end a course. */
const derivedKind = (dosage: RecordedDosage, end: IsoDate | undefined): ItemKind => {
  const scheduled = dosage.doses.length > 0 || dosage.steps.length > 0;
  if (dosage.asNeeded !== undefined && !scheduled) return 'as-needed';
  return end === undefined ? 'continuous' : 'course';
};

interface Common {
  readonly id: ItemId | undefined;
  readonly product: Product;
  readonly dosage: RecordedDosage;
  readonly route?: string;
  readonly period: { readonly start: IsoDate; readonly end?: IsoDate };
  readonly status: Ordination['status'];
  readonly extensions?: ReadonlyArray<RawExtension>;
  readonly validUntil?: IsoDate;
  readonly purpose?: string;
  readonly prescriber?: { readonly hsaId?: string; readonly name?: string };
  readonly updatedAt?: Timestamp;
  readonly selfCare: boolean;
}

const dateAt = (value: string | undefined, path: string, problems: Problem[]): IsoDate | undefined => {
  if (value === undefined) return undefined;
  const day = dateOf(value);
  if (day === undefined) problems.push({ path, message: `expected a full date, got ${quoted(value)}` });
  return day;
};

const readRequest = (r: RawMedicationRequest, at: string, ctx: ItemContext): Read<Common> => {
  const problems: Problem[] = [];
  const authored = dateAt(r.authoredOn, `${at}.authoredOn`, problems);
  const validFrom = dateAt(r.dispenseRequest?.validityPeriod?.start, `${at}.dispenseRequest.validityPeriod.start`, problems);
  const validUntil = dateAt(r.dispenseRequest?.validityPeriod?.end, `${at}.dispenseRequest.validityPeriod.end`, problems);
  const stoppedExt = extensionValue(r.extension, MEDREC_EXTENSIONS.discontinuedDate);
  const stopped = dateAt(stoppedExt?.valueDate ?? stoppedExt?.valueDateTime, `${at}.extension`, problems);
  const dosages = readDosages(r.dosageInstruction, `${at}.dosageInstruction`, authored ?? validFrom);
  const status = mapStatus(MEDICATION_REQUEST_STATUS, r.status, {
    ...(stopped === undefined ? {} : { date: stopped }),
    ...(conceptText(r.statusReason) === undefined ? {} : { reason: conceptText(r.statusReason)! }),
  });
  if (E.isLeft(status)) problems.push({ path: `${at}.status`, message: status.left });
  if (r.intent !== undefined && NOT_ORDERS.has(r.intent)) {
    problems.push({ path: `${at}.intent`, message: `expected an order (order, original-order, reflex-order, filler-order, instance-order), got ${quoted(r.intent)}: a ${r.intent} is not on either list` });
  }
  if (E.isLeft(dosages)) problems.push(...dosages.left);
  const product = readProduct(r, r.contained, at, ctx.resolve);
  if (E.isLeft(product)) problems.push(...product.left);
  if (E.isLeft(dosages) || E.isLeft(status) || E.isLeft(product) || problems.length > 0) return E.left(problems);
  const start = dosages.right.start ?? authored ?? validFrom;
  if (start === undefined) return E.left([{ path: `${at}.authoredOn`, message: 'expected a start date: dosageInstruction[].timing.repeat.boundsPeriod.start, authoredOn or dispenseRequest.validityPeriod.start' }]);
  return E.right({
    id: itemId(r, ctx.source) as ItemId | undefined,
    product: product.right,
    dosage: dosages.right.dosage,
    period: { start, ...(dosages.right.end === undefined ? {} : { end: dosages.right.end }) },
    status: status.right,
    selfCare: false,
    ...(dosages.right.route === undefined ? {} : { route: dosages.right.route }),
    ...(r.extension === undefined ? {} : { extensions: r.extension }),
    ...(validUntil === undefined ? {} : { validUntil }),
    ...(firstText(r.reasonCode) === undefined ? {} : { purpose: firstText(r.reasonCode)! }),
    ...(prescriber(r.requester) === undefined ? {} : { prescriber: prescriber(r.requester)! }),
    ...updatedAt(r),
  });
};

/** meta.lastUpdated, an instant, is when the item last changed in its system. */
const updatedAt = (r: { readonly meta?: { readonly lastUpdated?: string } }): { updatedAt?: Timestamp } => {
  const last = r.meta?.lastUpdated;
  return last !== undefined && isTimestamp(last) ? { updatedAt: last } : {};
};

const readStatement = (s: RawMedicationStatement, at: string, ctx: ItemContext): Read<Common> => {
  const problems: Problem[] = [];
  const effectiveStart = dateAt(s.effectivePeriod?.start ?? s.effectiveDateTime, s.effectivePeriod?.start === undefined ? `${at}.effectiveDateTime` : `${at}.effectivePeriod.start`, problems);
  const effectiveEnd = dateAt(s.effectivePeriod?.end, `${at}.effectivePeriod.end`, problems);
  // For a stopped or completed statement the end of its effective period is the day it stopped, not a planned end.
  const endIsStop = s.status === 'stopped' || s.status === 'completed';
  const dosages = readDosages(s.dosage, `${at}.dosage`, effectiveStart);
  const reason = firstText(s.statusReason);
  const stoppedExt = extensionValue(s.extension, MEDREC_EXTENSIONS.discontinuedDate);
  const stopped = dateAt(stoppedExt?.valueDate ?? stoppedExt?.valueDateTime, `${at}.extension`, problems) ?? (endIsStop ? effectiveEnd : undefined);
  const status = mapStatus(MEDICATION_STATEMENT_STATUS, s.status, {
    ...(stopped === undefined ? {} : { date: stopped }),
    ...(reason === undefined ? {} : { reason }),
  });
  if (E.isLeft(status)) problems.push({ path: `${at}.status`, message: status.left });
  if (E.isLeft(dosages)) problems.push(...dosages.left);
  const product = readProduct(s, s.contained, at, ctx.resolve);
  if (E.isLeft(product)) problems.push(...product.left);
  if (E.isLeft(dosages) || E.isLeft(status) || E.isLeft(product) || problems.length > 0) return E.left(problems);
  const start = effectiveStart ?? dosages.right.start;
  if (start === undefined) return E.left([{ path: `${at}.effectivePeriod.start`, message: 'expected a start date: effectivePeriod.start, effectiveDateTime or dosage[].timing.repeat.boundsPeriod.start' }]);
  const end = endIsStop ? dosages.right.end : (effectiveEnd ?? dosages.right.end);
  const selfCare = (s.category?.coding ?? []).some((c) => c.system === MEDICATION_STATEMENT_CATEGORY_SYSTEM && c.code === 'patientspecified');
  return E.right({
    id: itemId(s, ctx.source) as ItemId | undefined,
    product: product.right,
    dosage: dosages.right.dosage,
    period: { start, ...(end === undefined ? {} : { end }) },
    status: status.right,
    selfCare,
    ...(dosages.right.route === undefined ? {} : { route: dosages.right.route }),
    ...(s.extension === undefined ? {} : { extensions: s.extension }),
    ...(firstText(s.reasonCode) === undefined ? {} : { purpose: firstText(s.reasonCode)! }),
    ...(prescriber(s.informationSource) === undefined ? {} : { prescriber: prescriber(s.informationSource)! }),
    ...updatedAt(s),
  });
};

const crossChecks = (c: Common, at: string): ReadonlyArray<Problem> => {
  const problems: Problem[] = [];
  const p = c.product;
  if (p.nplId === undefined && p.atc === undefined && p.substances.length === 0) {
    problems.push({ path: `${at}.medication[x]`, message: 'expected an NPL-id, an ATC code or active ingredients: the item cannot be identified' });
  }
  if (c.period.end !== undefined && compareDates(c.period.end, c.period.start) < 0) {
    problems.push({ path: at, message: `expected the end of the treatment (${c.period.end}) on or after its start (${c.period.start})` });
  }
  if (c.id === undefined) problems.push({ path: `${at}.id`, message: 'expected an id (or an identifier under the item-id system), got missing' });
  return problems;
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
export const readItem = (located: Located, index: number, ctx: ItemContext): Read<Ordination | Prescription> => {
  const at = located.path;
  const type = (located.resource as { resourceType?: unknown } | null)?.resourceType;
  let common: Read<Common>;
  if (type === 'MedicationRequest') {
    const decoded = MedicationRequestCodec.decode(located.resource);
    if (E.isLeft(decoded)) return E.left(reportErrors(decoded.left, at));
    if (decoded.right.modifierExtension !== undefined) return E.left([{ path: `${at}.modifierExtension`, message: 'expected no modifier extension: it changes the meaning of the resource, and medrec cannot read it' }]);
    common = readRequest(decoded.right, at, ctx);
  } else if (type === 'MedicationStatement') {
    const decoded = MedicationStatementCodec.decode(located.resource);
    if (E.isLeft(decoded)) return E.left(reportErrors(decoded.left, at));
    if (decoded.right.modifierExtension !== undefined) return E.left([{ path: `${at}.modifierExtension`, message: 'expected no modifier extension: it changes the meaning of the resource, and medrec cannot read it' }]);
    common = readStatement(decoded.right, at, ctx);
  } else {
    return E.left([{ path: `${at}.resourceType`, message: `expected MedicationRequest or MedicationStatement, got ${typeof type === 'string' ? quoted(type) : 'missing'}` }]);
  }
  if (E.isLeft(common)) return common;
  const c = common.right;
  const problems = [...crossChecks(c, at)];
  const supply = extensionCode(c.extensions, MEDREC_EXTENSIONS.supply, SUPPLIES, at);
  const dispensing = extensionCode(c.extensions, MEDREC_EXTENSIONS.dispensing, DISPENSINGS, at);
  const kind = extensionCode(c.extensions, MEDREC_EXTENSIONS.kind, KINDS, at);
  for (const r of [supply, dispensing, kind]) if (E.isLeft(r)) problems.push(...r.left);
  const treatmentReason = extensionValue(c.extensions, MEDREC_EXTENSIONS.treatmentReason)?.valueString;
  const dispensed = E.isRight(dispensing) ? (dispensing.right ?? ctx.defaultDispensing) : undefined;
  if (ctx.source === 'pascal' && dispensed === undefined && E.isRight(dispensing)) {
    problems.push({ path: `${at}.extension`, message: `expected the dispensing extension (${MEDREC_EXTENSIONS.dispensing}: dose-dispensed or whole-package) or the defaultDispensing option: FHIR R4 has no element for dose dispensing` });
  }
  if (ctx.source === 'pascal' && E.isRight(supply) && supply.right !== undefined && supply.right !== 'prescription') {
    problems.push({ path: `${at}.extension`, message: `expected supply "prescription" on the e-prescription list, got ${quoted(supply.right)}` });
  }
  if (problems.length > 0 || E.isLeft(supply) || E.isLeft(kind) || c.id === undefined) return E.left(problems);
  const shared = {
    id: c.id,
    index,
    product: c.product,
    dosage: c.dosage,
    period: c.period,
    status: c.status,
    ...(c.route === undefined ? {} : { route: c.route }),
    ...(c.prescriber === undefined ? {} : { prescriber: c.prescriber }),
    ...(c.purpose === undefined ? {} : { purpose: c.purpose }),
    ...(c.updatedAt === undefined ? {} : { updatedAt: c.updatedAt }),
  };
  if (ctx.source === 'cosmic') {
    const ordination: Ordination = {
      source: 'cosmic',
      ...shared,
      kind: kind.right ?? derivedKind(c.dosage, c.period.end),
      supply: supply.right ?? (c.selfCare ? 'self-care' : 'prescription'),
      ...(dispensed === undefined ? {} : { dispensing: dispensed }),
    };
    return E.right(ordination);
  }
  const prescription: Prescription = {
    source: 'pascal',
    ...shared,
    kind: derivedKind(c.dosage, c.period.end),
    supply: 'prescription',
    dispensing: dispensed!,
    ...(c.validUntil === undefined ? {} : { validUntil: c.validUntil }),
    ...(treatmentReason === undefined ? {} : { treatmentReason }),
  };
  return E.right(prescription);
};
