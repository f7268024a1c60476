import { format, parseISO, subMonths } from 'date-fns';
import { canonicalDosageOf, roundAmount } from '../dosage';
import { addDaysTo, compareDates, compareIds, type IsoDate, type MedicationItem } from '../model';
import { amountText } from './amount-text';
import { massInMikrog, sideDailyDose } from './daily-dose';
import { inDrugSet } from './drug-set';
import type { DailyDoseLine, Finding, FindingKind, FindingValue, NotAssessableReason, SideDose } from './finding';
import type { LineItems } from './line-items';
import {
  AVOID_RULES,
  DOSE_RULES,
  OLDER_FROM_AGE,
  OLDER_PARTS,
  POLYPHARMACY,
  PSYCHOTROPICS,
  REGIMEN_RULES,
  SAME_GROUP,
  SOURCE_CITATION,
  type DoseRule,
  type DrugSet,
  type RegimenRule,
} from './rules';

const source = (kind: Exclude<FindingKind, 'palliative' | 'expiring-prescription'>) => ({ id: 'olderPatients' as const, citation: `${SOURCE_CITATION.olderPatients}: ${OLDER_PARTS[kind]}` });

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

const ids = (items: ReadonlyArray<MedicationItem>) => items.map((i) => i.id);

/** The items of a line in a set, by list. */
const inSet = (l: LineItems, set: DrugSet) => ({ cosmic: l.cosmic.filter((i) => inDrugSet(i, set)), pascal: l.pascal.filter((i) => inDrugSet(i, set)) });

interface Draft {
  readonly kind: Exclude<FindingKind, 'palliative' | 'expiring-prescription'>;
  readonly rule: string;
  readonly key: string;
  readonly assessment: Finding['assessment'];
  readonly drugs: ReadonlyArray<string>;
  readonly cosmic: ReadonlyArray<MedicationItem>;
  readonly pascal: ReadonlyArray<MedicationItem>;
  readonly value: FindingValue;
  readonly text: string;
}

const finding = (d: Draft): Finding => ({
  id: d.key === '' ? d.rule : `${d.rule}:${d.key}`,
  kind: d.kind,
  rule: d.rule,
  assessment: d.assessment,
  drug: d.drugs.join(', '),
  drugs: d.drugs,
  cosmic: ids(d.cosmic),
  pascal: ids(d.pascal),
  source: source(d.kind),
  value: d.value,
  text: d.text,
});

/** The key of a line in finding ids: its first item. */
const lineKey = (l: LineItems): string => l.cosmic[0]?.id ?? l.pascal[0]?.id ?? l.line.drug;

const avoidFindings = (lines: ReadonlyArray<LineItems>): ReadonlyArray<Finding> =>
  AVOID_RULES.flatMap((rule) =>
    lines.flatMap((l) => {
      const hit = inSet(l, rule.set);
      if (hit.cosmic.length + hit.pascal.length === 0) return [];
      return [
        finding({
          kind: 'avoid',
          rule: rule.id,
          key: lineKey(l),
          assessment: 'flagged',
          drugs: [l.line.drug],
          ...hit,
          value: { kind: 'drug' },
          text: `${capitalised(l.line.drug)}: ${rule.sv} bör undvikas till personer som är ${OLDER_FROM_AGE} år och äldre om inte särskilda skäl föreligger (risk för ${rule.why}).`,
        }),
      ];
    }),
  );

/** Why a daily dose could not be computed, in Swedish. */
export const NOT_ASSESSABLE_TEXT: Readonly<Record<NotAssessableReason, string>> = {
  'dosage-not-understood': 'doseringen kunde inte tolkas',
  'unreadable': 'doseringen eller styrkan kunde inte läsas',
  'no-strength': 'styrkan saknas',
  'units-do-not-convert': 'enheterna kan inte räknas om till mängd substans',
  'as-needed-without-maximum': 'vid behov utan högsta dos per dygn',
};

const sideDoseText = (d: SideDose): string =>
  d.kind === 'amount'
    ? `${amountText(d.value, d.unit)}${d.asNeededMax === null ? '' : ` (varav högst ${amountText(d.asNeededMax, d.unit)} vid behov)`}`
    : `kan inte beräknas: ${NOT_ASSESSABLE_TEXT[d.reason]}`;

/** The higher of two lists' daily doses of one line; not assessable when either is, with the higher known amount. */
const lineDose = (cosmic: SideDose | null, pascal: SideDose | null): SideDose => {
  const sides = [cosmic, pascal].filter((d): d is SideDose => d !== null);
  const known = Math.max(0, ...sides.map((d) => (d.kind === 'amount' ? d.value : (d.atLeast ?? 0))));
  const failed = sides.find((d) => d.kind === 'not-assessable');
  if (failed !== undefined && failed.kind === 'not-assessable') return { kind: 'not-assessable', reason: failed.reason, atLeast: known };
  const top = sides.reduce((a, b) => (b.kind === 'amount' && a.kind === 'amount' && b.value > a.value ? b : a));
  return top;
};

/** The sum of the lines' daily doses; not assessable when one is, with the sum of what is known. */
const totalDose = (doses: ReadonlyArray<SideDose>): SideDose => {
  const known = roundAmount(doses.reduce((sum, d) => sum + (d.kind === 'amount' ? d.value : (d.atLeast ?? 0)), 0));
  const failed = doses.find((d) => d.kind === 'not-assessable');
  if (failed !== undefined && failed.kind === 'not-assessable') return { kind: 'not-assessable', reason: failed.reason, atLeast: known };
  const prn = doses.flatMap((d) => (d.kind === 'amount' && d.asNeededMax !== null ? [d.asNeededMax] : []));
  return { kind: 'amount', value: known, unit: 'mikrog', asNeededMax: prn.length === 0 ? null : roundAmount(prn.reduce((a, b) => a + b, 0)) };
};

const sameDose = (a: SideDose, b: SideDose): boolean => JSON.stringify(a) === JSON.stringify(b);

/** One line's doses in words: one amount when the lists agree, both when they differ. */
const lineDoseText = (d: DailyDoseLine): string => {
  const { cosmic, pascal } = d;
  if (cosmic !== null && pascal !== null && !sameDose(cosmic, pascal)) return `${d.drug}: journalen ${sideDoseText(cosmic)}, Pascal ${sideDoseText(pascal)}`;
  const one = cosmic ?? pascal;
  return `${d.drug}: ${one === null ? '–' : sideDoseText(one)}${cosmic === null ? ' (endast Pascal)' : pascal === null ? ' (endast journalen)' : ''}`;
};

/**
 * A dose rule over the whole list: the substance's daily dose on each line that holds it (the higher
 * of the two lists, where they differ), summed over the lines: paracetamol in a combination and on
 * its own add up.
 */
const doseFinding = (rule: DoseRule, lines: ReadonlyArray<LineItems>, asOf: IsoDate): ReadonlyArray<Finding> => {
  const hits = lines.map((l) => ({ l, hit: inSet(l, rule.set) })).filter(({ hit }) => hit.cosmic.length + hit.pascal.length > 0);
  if (hits.length === 0) return [];
  const perLine: ReadonlyArray<DailyDoseLine> = hits.map(({ l, hit }) => ({
    drug: l.line.drug,
    cosmic: sideDailyDose(hit.cosmic, rule.substance, asOf),
    pascal: sideDailyDose(hit.pascal, rule.substance, asOf),
  }));
  const total = totalDose(perLine.map((d) => lineDose(d.cosmic, d.pascal)));
  const limit = massInMikrog(rule.limit.value, rule.limit.unit)!;
  const reached = total.kind === 'amount' ? total.value : (total.atLeast ?? 0);
  const above = reached > limit;
  if (!above && total.kind === 'amount') return [];
  const limitText = amountText(limit, 'mikrog');
  const each = perLine.map(lineDoseText).join('; ');
  const amount = total.kind === 'amount' ? amountText(total.value, 'mikrog') : `minst ${amountText(reached, 'mikrog')}`;
  const text = above
    ? `${capitalised(rule.substance)}: dygnsdosen ${amount} är högre än ${limitText}, den högsta lämpliga för personer som är ${OLDER_FROM_AGE} år och äldre (${each}).`
    : `${capitalised(rule.substance)}: dygnsdosen kan inte bedömas mot gränsen ${limitText} per dygn för personer som är ${OLDER_FROM_AGE} år och äldre (${each}); bedöm den.`;
  return [
    finding({
      kind: 'dose',
      rule: rule.id,
      key: '',
      assessment: above ? 'flagged' : 'not-assessable',
      drugs: perLine.map((d) => d.drug),
      cosmic: hits.flatMap(({ hit }) => hit.cosmic),
      pascal: hits.flatMap(({ hit }) => hit.pascal),
      value: { kind: 'daily-dose', substance: rule.substance, limit: { value: limit, unit: 'mikrog' }, total, lines: perLine },
      text,
    }),
  ];
};

/** The first day from which "more than" the rule's length has passed by `asOf`: a start before it is longer. */
const regimenThreshold = (rule: RegimenRule, asOf: IsoDate): IsoDate =>
  'months' in rule.longerThan ? (format(subMonths(parseISO(asOf), rule.longerThan.months), 'yyyy-MM-dd') as IsoDate) : addDaysTo(asOf, -rule.longerThan.days);

const longerThanText = (rule: RegimenRule): string =>
  'months' in rule.longerThan
    ? rule.longerThan.months === 1
      ? 'en månad'
      : `${rule.longerThan.months} månader`
    : rule.longerThan.days === 14
      ? 'två veckor'
      : `${rule.longerThan.days} dagar`;

/** How an item is dosed, for a regimen: every day, some other way, or not readable. */
const regularity = (item: MedicationItem, asOf: IsoDate): 'daily' | 'other' | 'unknown' => {
  const c = canonicalDosageOf(item, asOf);
  if (c.kind === 'no-dose' || c.kind === 'unparsed') return 'unknown';
  if (c.kind !== 'scheduled' || c.step === -1) return 'other';
  const s = c.schedule;
  const doses = s.doses.length > 0 || s.unslotted !== undefined;
  return doses && s.intervalDays === 1 && s.weekdays.length === 0 ? 'daily' : 'other';
};

const regimenFinding = (rule: RegimenRule, l: LineItems, asOf: IsoDate): ReadonlyArray<Finding> => {
  const hit = inSet(l, rule.set);
  const items = [...hit.cosmic, ...hit.pascal];
  if (items.length === 0) return [];
  const threshold = regimenThreshold(rule, asOf);
  const longer = items.filter((i) => compareDates(i.period.start, threshold) < 0);
  const daily = longer.filter((i) => regularity(i, asOf) === 'daily');
  const unknown = longer.filter((i) => regularity(i, asOf) === 'unknown');
  if (daily.length === 0 && unknown.length === 0) return [];
  const since = daily.length === 0 ? null : daily.map((i) => i.period.start).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  const flagged = since !== null;
  const text = flagged
    ? `${capitalised(l.line.drug)}: ${rule.sv} sedan ${since}, i mer än ${longerThanText(rule)} (olämplig regim för personer som är ${OLDER_FROM_AGE} år och äldre).`
    : `${capitalised(l.line.drug)}: doseringen kan inte tolkas, så det går inte att avgöra om det ges varje dag i mer än ${longerThanText(rule)}; bedöm det.`;
  return [
    finding({
      kind: 'regimen',
      rule: rule.id,
      key: lineKey(l),
      assessment: flagged ? 'flagged' : 'not-assessable',
      drugs: [l.line.drug],
      cosmic: hit.cosmic.filter((i) => (flagged ? daily : unknown).includes(i)),
      pascal: hit.pascal.filter((i) => (flagged ? daily : unknown).includes(i)),
      value: { kind: 'regimen', since, longerThan: longerThanText(rule) },
      text,
    }),
  ];
};

const psychotropicFindings = (lines: ReadonlyArray<LineItems>): ReadonlyArray<Finding> => {
  const hits = lines.map((l) => ({ l, hit: inSet(l, PSYCHOTROPICS.set) })).filter(({ hit }) => hit.cosmic.length + hit.pascal.length > 0);
  if (hits.length < PSYCHOTROPICS.drugsFrom) return [];
  return [
    finding({
      kind: 'psychotropics',
      rule: PSYCHOTROPICS.id,
      key: '',
      assessment: 'flagged',
      drugs: hits.map(({ l }) => l.line.drug),
      cosmic: hits.flatMap(({ hit }) => hit.cosmic),
      pascal: hits.flatMap(({ hit }) => hit.pascal),
      value: { kind: 'count', count: hits.length, from: PSYCHOTROPICS.drugsFrom, group: null },
      text: `${hits.length} psykofarmaka samtidigt (${PSYCHOTROPICS.drugsFrom} eller fler av antipsykotika, lugnande, sömnmedel och antidepressiva): ${hits.map(({ l }) => l.line.drug).join(', ')}.`,
    }),
  ];
};

const sameGroupFindings = (lines: ReadonlyArray<LineItems>): ReadonlyArray<Finding> => {
  const byGroup = new Map<string, LineItems[]>();
  for (const l of lines) {
    const groups = new Set([...l.cosmic, ...l.pascal].flatMap((i) => (i.product.atc !== undefined && i.product.atc.length >= SAME_GROUP.level ? [i.product.atc.slice(0, SAME_GROUP.level).toUpperCase()] : [])));
    for (const g of groups) byGroup.set(g, [...(byGroup.get(g) ?? []), l]);
  }
  return [...byGroup]
    .filter(([, ls]) => ls.length >= SAME_GROUP.drugsFrom)
    .sort(([a], [b]) => compareIds(a, b))
    .map(([group, ls]) => {
      const inGroup = (i: MedicationItem) => i.product.atc?.toUpperCase().startsWith(group) === true;
      return finding({
        kind: 'same-group',
        rule: SAME_GROUP.id,
        key: group,
        assessment: 'flagged',
        drugs: ls.map((l) => l.line.drug),
        cosmic: ls.flatMap((l) => l.cosmic.filter(inGroup)),
        pascal: ls.flatMap((l) => l.pascal.filter(inGroup)),
        value: { kind: 'count', count: ls.length, from: SAME_GROUP.drugsFrom, group },
        text: `${ls.length} läkemedel i samma terapeutiska grupp (ATC ${group}): ${ls.map((l) => l.line.drug).join(', ')}.`,
      });
    });
};

const polypharmacyFindings = (counted: ReadonlyArray<LineItems>): ReadonlyArray<Finding> =>
  counted.length < POLYPHARMACY.drugsFrom
    ? []
    : [
        finding({
          kind: 'polypharmacy',
          rule: POLYPHARMACY.id,
          key: '',
          assessment: 'flagged',
          drugs: counted.map((l) => l.line.drug),
          cosmic: [],
          pascal: [],
          value: { kind: 'count', count: counted.length, from: POLYPHARMACY.drugsFrom, group: null },
          text: `${counted.length} läkemedel i bruk samtidigt (${POLYPHARMACY.drugsFrom} eller fler): överväg en fördjupad läkemedelsgenomgång.`,
        }),
      ];

/**
 * The checks for a patient aged 75 and over on the lines in force: drugs to avoid, daily doses and
 * regimens unsuitable for older people, three or more psychotropics, two or more drugs in the same
 * therapeutic group, and (over `counted`, every line in force) ten or more drugs. `lines` leaves out
 * what a palliative patient is exempt from (PALLIATIVE_EXEMPTION).
 *
 * @example
 * olderFindings(linesInForce(result), linesInForce(result), '2026-11-20').map((f) => f.rule)
 * // ['regimen-hypnotic', 'polypharmacy-ten'] for the example pair (zopiklon every night in Pascal since 2024)
 */
export const olderFindings = (lines: ReadonlyArray<LineItems>, counted: ReadonlyArray<LineItems>, asOf: IsoDate): ReadonlyArray<Finding> => [
  ...avoidFindings(lines),
  ...DOSE_RULES.flatMap((rule) => doseFinding(rule, lines, asOf)),
  ...REGIMEN_RULES.flatMap((rule) => lines.flatMap((l) => regimenFinding(rule, l, asOf))),
  ...psychotropicFindings(lines),
  ...sameGroupFindings(lines),
  ...polypharmacyFindings(counted),
];
