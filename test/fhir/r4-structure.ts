/**
 * Structural checks of FHIR R4 for the resources and elements medrec writes, written from the R4
 * definitions: required elements and cardinalities, the required value sets of the codes used,
 * reference formats, the invariants that touch these elements (bdl-7, dom-3, lst-1/2/3, rat-1,
 * qty-3, per-1, tim-1/2/4/5/6/7/8/10, ext-1), and FHIR's rule that no value is empty (no empty
 * strings, arrays or objects, no nulls). Each problem names its path.
 */
type Json = Record<string, unknown>;

const BUNDLE_TYPES = ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'];
const LIST_STATUS = ['current', 'retired', 'entered-in-error'];
const LIST_MODE = ['working', 'snapshot', 'changes'];
const MS_STATUS = ['active', 'completed', 'entered-in-error', 'intended', 'stopped', 'on-hold', 'unknown', 'not-taken'];
const MR_STATUS = ['active', 'on-hold', 'cancelled', 'completed', 'entered-in-error', 'stopped', 'draft', 'unknown'];
const MR_INTENT = ['proposal', 'plan', 'order', 'original-order', 'reflex-order', 'filler-order', 'instance-order', 'option'];
const OBSERVATION_STATUS = ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'];
const SEVERITY = ['high', 'moderate', 'low'];
const ISSUE_SEVERITY = ['fatal', 'error', 'warning', 'information'];
const ISSUE_TYPE = ['invalid', 'structure', 'required', 'value', 'invariant', 'processing', 'not-supported', 'informational'];
const UNITS_OF_TIME = ['s', 'min', 'h', 'd', 'wk', 'mo', 'a'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CHANGE_TYPE_CODES = ['01', '02', '03', '04', '05', '06'];
const CHANGE_TYPE_SYSTEM = 'urn:oid:1.2.36.1.2001.1001.101.104.16592';

const ID = /^[A-Za-z0-9\-.]{1,64}$/u;
const DATE_TIME = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/u;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?$/u;
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;
const URI = /^\S+$/u;

const isObj = (u: unknown): u is Json => typeof u === 'object' && u !== null && !Array.isArray(u);

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly fullUrls: ReadonlySet<string>) {}

  fail(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  /** No empty strings, arrays or objects, no nulls, anywhere. */
  noEmpty(u: unknown, path: string): void {
    if (u === null || u === undefined) this.fail(path, 'null or undefined');
    else if (typeof u === 'string' && u.trim() === '') this.fail(path, 'empty string');
    else if (Array.isArray(u)) {
      if (u.length === 0) this.fail(path, 'empty array');
      u.forEach((x, i) => this.noEmpty(x, `${path}[${i}]`));
    } else if (isObj(u)) {
      if (Object.keys(u).length === 0) this.fail(path, 'empty object');
      for (const [k, v] of Object.entries(u)) this.noEmpty(v, `${path}.${k}`);
    } else if (typeof u === 'number' && !Number.isFinite(u)) this.fail(path, 'not a finite number');
  }

  required(o: Json, key: string, path: string): boolean {
    if (o[key] === undefined) {
      this.fail(`${path}.${key}`, 'required (1..1) but missing');
      return false;
    }
    return true;
  }

  single(o: Json, key: string, path: string): void {
    if (Array.isArray(o[key])) this.fail(`${path}.${key}`, 'cardinality 0..1 but an array');
  }

  array(o: Json, key: string, path: string): ReadonlyArray<unknown> {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.fail(`${path}.${key}`, 'cardinality 0..* but not an array');
      return [];
    }
    return v;
  }

  code(o: Json, key: string, path: string, valueSet: ReadonlyArray<string>, req = false): void {
    if (o[key] === undefined) {
      if (req) this.fail(`${path}.${key}`, 'required (1..1) but missing');
      return;
    }
    if (typeof o[key] !== 'string' || !valueSet.includes(o[key] as string)) this.fail(`${path}.${key}`, `"${String(o[key])}" not in the required value set (${valueSet.join(', ')})`);
  }

  pattern(o: Json, key: string, path: string, re: RegExp, what: string): void {
    if (o[key] !== undefined && (typeof o[key] !== 'string' || !re.test(o[key] as string))) this.fail(`${path}.${key}`, `not a valid ${what}: "${String(o[key])}"`);
  }

  coding(c: unknown, path: string): void {
    if (!isObj(c)) return this.fail(path, 'Coding must be an object');
    this.pattern(c, 'system', path, URI, 'uri');
    if (c.system !== undefined && c.code === undefined) this.fail(path, 'a Coding with a system needs a code');
  }

  concept(c: unknown, path: string): void {
    if (!isObj(c)) return this.fail(path, 'CodeableConcept must be an object');
    this.array(c, 'coding', path).forEach((x, i) => this.coding(x, `${path}.coding[${i}]`));
    if (c.coding === undefined && c.text === undefined) this.fail(path, 'a CodeableConcept needs coding or text');
  }

  reference(r: unknown, path: string, contained: ReadonlySet<string>): void {
    if (!isObj(r)) return this.fail(path, 'Reference must be an object');
    const ref = r.reference;
    if (ref === undefined) {
      if (r.identifier === undefined && r.display === undefined) this.fail(path, 'a Reference needs reference, identifier or display');
      return;
    }
    if (typeof ref !== 'string') return this.fail(`${path}.reference`, 'must be a string');
    if (ref.startsWith('#')) {
      if (!contained.has(ref.slice(1))) this.fail(`${path}.reference`, `"${ref}" names no contained resource`);
    } else if (ref.startsWith('urn:uuid:')) {
      if (!UUID_URN.test(ref)) this.fail(`${path}.reference`, `"${ref}" is not a urn:uuid`);
      else if (!this.fullUrls.has(ref)) this.fail(`${path}.reference`, `"${ref}" resolves to no entry of the bundle`);
    } else if (!/^([A-Za-z]+)\/[A-Za-z0-9\-.]{1,64}$/u.test(ref)) this.fail(`${path}.reference`, `"${ref}" is not a literal reference`);
  }

  period(p: unknown, path: string): void {
    if (!isObj(p)) return this.fail(path, 'Period must be an object');
    this.pattern(p, 'start', path, DATE_TIME, 'dateTime');
    this.pattern(p, 'end', path, DATE_TIME, 'dateTime');
    if (typeof p.start === 'string' && typeof p.end === 'string' && p.start.slice(0, 10) > p.end.slice(0, 10)) this.fail(path, 'per-1: start after end');
  }

  quantity(q: unknown, path: string): void {
    if (!isObj(q)) return this.fail(path, 'Quantity must be an object');
    if (q.value !== undefined && typeof q.value !== 'number') this.fail(`${path}.value`, 'must be a decimal');
    if (q.code !== undefined && q.system === undefined) this.fail(path, 'qty-3: a code needs a system');
  }

  ratio(r: unknown, path: string): void {
    if (!isObj(r)) return this.fail(path, 'Ratio must be an object');
    if ((r.numerator === undefined) !== (r.denominator === undefined)) this.fail(path, 'rat-1: numerator and denominator both or neither');
    if (r.numerator !== undefined) this.quantity(r.numerator, `${path}.numerator`);
    if (r.denominator !== undefined) this.quantity(r.denominator, `${path}.denominator`);
  }

  extension(x: unknown, path: string): void {
    if (!isObj(x)) return this.fail(path, 'Extension must be an object');
    this.required(x, 'url', path);
    this.pattern(x, 'url', path, URI, 'uri');
    const values = Object.keys(x).filter((k) => k.startsWith('value'));
    if (values.length > 1) this.fail(path, 'value[x] may appear once');
    if ((values.length === 1) === (x.extension !== undefined)) this.fail(path, 'ext-1: either extensions or value[x], not both (and not neither)');
  }

  dosage(d: unknown, path: string): void {
    if (!isObj(d)) return this.fail(path, 'Dosage must be an object');
    if (d.sequence !== undefined && !Number.isInteger(d.sequence)) this.fail(`${path}.sequence`, 'must be an integer');
    if (d.asNeededBoolean !== undefined && d.asNeededCodeableConcept !== undefined) this.fail(path, 'asNeeded[x] may appear once');
    if (d.asNeededCodeableConcept !== undefined) this.concept(d.asNeededCodeableConcept, `${path}.asNeededCodeableConcept`);
    if (d.route !== undefined) this.concept(d.route, `${path}.route`);
    this.single(d, 'timing', path);
    if (isObj(d.timing)) {
      const repeat = d.timing.repeat;
      if (isObj(repeat)) {
        const at = `${path}.timing.repeat`;
        if (repeat.duration !== undefined && repeat.durationUnit === undefined) this.fail(at, 'tim-1: duration needs durationUnit');
        if (repeat.period !== undefined && repeat.periodUnit === undefined) this.fail(at, 'tim-2: period needs periodUnit');
        if (typeof repeat.duration === 'number' && repeat.duration < 0) this.fail(at, 'tim-4: duration below zero');
        if (typeof repeat.period === 'number' && repeat.period < 0) this.fail(at, 'tim-5: period below zero');
        if (repeat.periodMax !== undefined && repeat.period === undefined) this.fail(at, 'tim-6: periodMax needs period');
        if (repeat.durationMax !== undefined && repeat.duration === undefined) this.fail(at, 'tim-7: durationMax needs duration');
        if (repeat.countMax !== undefined && repeat.count === undefined) this.fail(at, 'tim-8: countMax needs count');
        if (repeat.timeOfDay !== undefined && repeat.when !== undefined) this.fail(at, 'tim-10: timeOfDay and when are exclusive');
        if (repeat.frequency !== undefined && !(Number.isInteger(repeat.frequency) && (repeat.frequency as number) >= 1)) this.fail(`${at}.frequency`, 'must be a positiveInt');
        this.code(repeat, 'periodUnit', at, UNITS_OF_TIME);
        this.array(repeat, 'dayOfWeek', at).forEach((x, i) => (typeof x === 'string' && DAYS.includes(x) ? undefined : this.fail(`${at}.dayOfWeek[${i}]`, `"${String(x)}" not a day of week`)));
        this.array(repeat, 'timeOfDay', at).forEach((x, i) => (typeof x === 'string' && TIME.test(x) ? undefined : this.fail(`${at}.timeOfDay[${i}]`, `"${String(x)}" not a time`)));
        if (repeat.boundsPeriod !== undefined) this.period(repeat.boundsPeriod, `${at}.boundsPeriod`);
      }
    }
    this.array(d, 'doseAndRate', path).forEach((dr, i) => {
      if (!isObj(dr)) return this.fail(`${path}.doseAndRate[${i}]`, 'must be an object');
      if (dr.doseQuantity !== undefined && dr.doseRange !== undefined) this.fail(`${path}.doseAndRate[${i}]`, 'dose[x] may appear once');
      if (dr.doseQuantity !== undefined) this.quantity(dr.doseQuantity, `${path}.doseAndRate[${i}].doseQuantity`);
    });
    if (d.maxDosePerPeriod !== undefined) this.ratio(d.maxDosePerPeriod, `${path}.maxDosePerPeriod`);
  }

  resource(r: Json, path: string, contained: ReadonlySet<string>): void {
    this.pattern(r, 'id', path, ID, 'id');
    this.array(r, 'extension', path).forEach((x, i) => this.extension(x, `${path}.extension[${i}]`));
    if (isObj(r.meta)) this.pattern(r.meta, 'lastUpdated', `${path}.meta`, INSTANT, 'instant');
    const medicationChoices = ['medicationCodeableConcept', 'medicationReference'].filter((k) => r[k] !== undefined);
    switch (r.resourceType) {
      case 'Patient':
        this.array(r, 'identifier', path).forEach((x, i) => (isObj(x) ? this.pattern(x, 'system', `${path}.identifier[${i}]`, URI, 'uri') : this.fail(`${path}.identifier[${i}]`, 'must be an object')));
        this.pattern(r, 'birthDate', path, DATE, 'date');
        break;
      case 'Medication':
        if (r.code !== undefined) this.concept(r.code, `${path}.code`);
        if (r.form !== undefined) this.concept(r.form, `${path}.form`);
        this.array(r, 'ingredient', path).forEach((ing, i) => {
          const at = `${path}.ingredient[${i}]`;
          if (!isObj(ing)) return this.fail(at, 'must be an object');
          if ((ing.itemCodeableConcept === undefined) === (ing.itemReference === undefined)) this.fail(at, 'item[x] is required (1..1)');
          if (ing.strength !== undefined) this.ratio(ing.strength, `${at}.strength`);
        });
        break;
      case 'MedicationStatement':
        this.code(r, 'status', path, MS_STATUS, true);
        if (medicationChoices.length !== 1) this.fail(path, 'medication[x] is required (1..1)');
        if (r.medicationReference !== undefined) this.reference(r.medicationReference, `${path}.medicationReference`, contained);
        if (this.required(r, 'subject', path)) this.reference(r.subject, `${path}.subject`, contained);
        if (r.effectivePeriod !== undefined) this.period(r.effectivePeriod, `${path}.effectivePeriod`);
        this.pattern(r, 'dateAsserted', path, DATE_TIME, 'dateTime');
        this.single(r, 'category', path);
        this.array(r, 'statusReason', path).forEach((x, i) => this.concept(x, `${path}.statusReason[${i}]`));
        this.array(r, 'derivedFrom', path).forEach((x, i) => this.reference(x, `${path}.derivedFrom[${i}]`, contained));
        this.array(r, 'note', path).forEach((x, i) => (isObj(x) && typeof x.text === 'string' ? undefined : this.fail(`${path}.note[${i}].text`, 'required (1..1)')));
        this.array(r, 'dosage', path).forEach((x, i) => this.dosage(x, `${path}.dosage[${i}]`));
        break;
      case 'MedicationRequest':
        this.code(r, 'status', path, MR_STATUS, true);
        this.code(r, 'intent', path, MR_INTENT, true);
        if (medicationChoices.length !== 1) this.fail(path, 'medication[x] is required (1..1)');
        if (r.medicationReference !== undefined) this.reference(r.medicationReference, `${path}.medicationReference`, contained);
        if (this.required(r, 'subject', path)) this.reference(r.subject, `${path}.subject`, contained);
        this.single(r, 'statusReason', path);
        this.array(r, 'dosageInstruction', path).forEach((x, i) => this.dosage(x, `${path}.dosageInstruction[${i}]`));
        if (isObj(r.dispenseRequest) && r.dispenseRequest.validityPeriod !== undefined) this.period(r.dispenseRequest.validityPeriod, `${path}.dispenseRequest.validityPeriod`);
        break;
      case 'List': {
        this.code(r, 'status', path, LIST_STATUS, true);
        this.code(r, 'mode', path, LIST_MODE, true);
        if (r.code !== undefined) this.concept(r.code, `${path}.code`);
        if (r.subject !== undefined) this.reference(r.subject, `${path}.subject`, contained);
        this.pattern(r, 'date', path, DATE_TIME, 'dateTime');
        const entries = this.array(r, 'entry', path);
        if (r.emptyReason !== undefined && entries.length > 0) this.fail(path, 'lst-1: emptyReason only for an empty list');
        entries.forEach((e, i) => {
          const at = `${path}.entry[${i}]`;
          if (!isObj(e)) return this.fail(at, 'must be an object');
          if (this.required(e, 'item', at)) this.reference(e.item, `${at}.item`, contained);
          if (e.deleted !== undefined && r.mode !== 'changes') this.fail(at, 'lst-2: deleted only in mode changes');
          if (e.date !== undefined && r.mode !== 'working') this.fail(at, 'lst-3: entry.date only in mode working');
          if (e.flag !== undefined) {
            this.concept(e.flag, `${at}.flag`);
            const codings = isObj(e.flag) && Array.isArray(e.flag.coding) ? (e.flag.coding as Json[]) : [];
            for (const c of codings) if (c.system === CHANGE_TYPE_SYSTEM && !CHANGE_TYPE_CODES.includes(String(c.code))) this.fail(`${at}.flag`, `"${String(c.code)}" is not a Patient Medicine Change Type`);
          }
        });
        break;
      }
      case 'DetectedIssue':
        this.code(r, 'status', path, OBSERVATION_STATUS, true);
        this.code(r, 'severity', path, SEVERITY);
        if (r.code !== undefined) this.concept(r.code, `${path}.code`);
        if (r.patient !== undefined) this.reference(r.patient, `${path}.patient`, contained);
        this.pattern(r, 'identifiedDateTime', path, DATE_TIME, 'dateTime');
        this.array(r, 'implicated', path).forEach((x, i) => this.reference(x, `${path}.implicated[${i}]`, contained));
        this.single(r, 'detail', path);
        this.array(r, 'mitigation', path).forEach((m, i) => {
          const at = `${path}.mitigation[${i}]`;
          if (!isObj(m)) return this.fail(at, 'must be an object');
          if (this.required(m, 'action', at)) this.concept(m.action, `${at}.action`);
        });
        break;
      case 'OperationOutcome': {
        const issues = this.array(r, 'issue', path);
        if (issues.length === 0) this.fail(`${path}.issue`, 'required (1..*)');
        issues.forEach((x, i) => {
          if (!isObj(x)) return this.fail(`${path}.issue[${i}]`, 'must be an object');
          this.code(x, 'severity', `${path}.issue[${i}]`, ISSUE_SEVERITY, true);
          this.code(x, 'code', `${path}.issue[${i}]`, ISSUE_TYPE, true);
        });
        break;
      }
      default:
        this.fail(`${path}.resourceType`, `"${String(r.resourceType)}" is not a resource medrec writes`);
    }
  }
}

/**
 * Every structural problem of a Bundle medrec wrote; none means it passes the checks above.
 *
 * @example
 * expect(r4Problems(toFhir(result))).toEqual([])
 */
export const r4Problems = (bundle: unknown): ReadonlyArray<string> => {
  if (!isObj(bundle)) return ['(bundle): not an object'];
  const entries = Array.isArray(bundle.entry) ? (bundle.entry as unknown[]) : [];
  const fullUrls = entries.flatMap((e) => (isObj(e) && typeof e.fullUrl === 'string' ? [e.fullUrl] : []));
  const c = new Checker(new Set(fullUrls));
  c.noEmpty(bundle, 'Bundle');
  if (bundle.resourceType !== 'Bundle') c.fail('Bundle.resourceType', 'must be "Bundle"');
  c.code(bundle, 'type', 'Bundle', BUNDLE_TYPES, true);
  c.pattern(bundle, 'id', 'Bundle', ID, 'id');
  c.pattern(bundle, 'timestamp', 'Bundle', INSTANT, 'instant');
  if (new Set(fullUrls).size !== fullUrls.length) c.fail('Bundle.entry', 'bdl-7: fullUrl must be unique');
  entries.forEach((e, i) => {
    const at = `Bundle.entry[${i}]`;
    if (!isObj(e)) return c.fail(at, 'must be an object');
    if (e.request !== undefined || e.response !== undefined) c.fail(at, 'bdl-3/4: no request or response in a collection');
    c.pattern(e, 'fullUrl', at, UUID_URN, 'urn:uuid');
    if (!isObj(e.resource)) return c.fail(`${at}.resource`, 'required');
    const r = e.resource;
    const containedIds = new Set<string>();
    (Array.isArray(r.contained) ? (r.contained as unknown[]) : []).forEach((x, k) => {
      if (!isObj(x)) return c.fail(`${at}.resource.contained[${k}]`, 'must be an object');
      if (typeof x.id !== 'string') c.fail(`${at}.resource.contained[${k}].id`, 'a contained resource needs an id');
      else containedIds.add(x.id);
      if (x.contained !== undefined) c.fail(`${at}.resource.contained[${k}]`, 'dom-2: no nested contained resources');
      c.resource(x, `${at}.resource.contained[${k}]`, new Set());
    });
    const text = JSON.stringify({ ...r, contained: undefined });
    for (const id of containedIds) if (!text.includes(`"#${id}"`)) c.fail(`${at}.resource.contained`, `dom-3: contained "${id}" is not referenced`);
    c.resource(r, `${at}.resource`, containedIds);
  });
  return c.problems;
};
