/**
 * THE rule lists of the clinical checks (läkemedelsgenomgång), as data a pharmacist can review and
 * update without reading code. `older.ts` and `palliative.ts` only read these tables.
 *
 * Every rule names its source (SOURCES), the part of the source it comes from, and a note on how
 * medrec reads it. Update a list here, raise CHECK_RULES_VERSION, and say why in the commit.
 *
 * How drugs are recognised (DrugSet):
 * - by ATC code: a full code (`N05BA01`) or a group prefix (`N05C`); the code the item carries decides;
 * - by substance name (folded, salt endings removed: `kodeinfosfat` is `kodein`): `bySubstance:
 *   'always'` for drugs that are to be avoided in whatever product or route they come (codeine in any
 *   combination), `'without-atc'` where only the ATC code tells the right use apart (atropine eye
 *   drops are not the atropine of the list), so the name is used only for an item with no ATC code.
 */

/** The version of these rule lists, carried by every result; raised whenever a list changes. */
export const CHECK_RULES_VERSION = 1;

/** A published source of rules. */
export interface RuleSource {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  readonly version: string;
  /** How medrec's lists were checked against it, and what a reviewer should check again. */
  readonly note: string;
  /** The pages read to check the lists (secondary sources where the original was not at hand). */
  readonly consulted: ReadonlyArray<string>;
}

/** The sources of the rules. */
export const SOURCES = {
  olderPatients: {
    id: 'sos-2017-6-7',
    publisher: 'Socialstyrelsen',
    title: 'Indikatorer för god läkemedelsterapi hos äldre',
    version: 'reviderad version 2017, artikelnummer 2017-6-7 (publicerad juni 2017, korrigerad november 2017)',
    note:
      'The drug-specific indicators (läkemedelsspecifika indikatorer). The substances and ATC codes of "Preparat som bör undvikas om inte särskilda skäl föreligger" ' +
      'were checked against the indicator as republished by seniormedicin.se and against lists that reflect it (Region Blekinge, "Olämpliga läkemedel till äldre"; ' +
      'Janusinfo, Kloka listan, "Läkemedel som bör undvikas till äldre"; the "Olämpliga listan" of SPF Seniorerna, PRO and Apoteket Farmaci). ' +
      'The anticholinergic table is the report\'s Bilaga 1, which Socialstyrelsen adjusted in November 2017: check ANTICHOLINERGIC_DRUGS against the original.',
    consulted: [
      'https://fdocument.pub/document/indikatorer-foer-god-laekemedelsterapi-hos-ae-foerord-nationella-indikatorer.html (transcript of 2017-6-7: article number, November 2017 corrections)',
      'http://www.seniormedicin.se/indikator/preparat-som-bor-undvikas-om-inte-sarskilda-skal-foreligger/ (the indicator and its ATC codes N05BA01, N05CD02, N05CD03, N02AX02, N05CM06)',
      'https://regionblekinge.se/halsa-och-vard/for-vardgivare/lakemedel/lakemedelsmal/olampliga-lakemedel-till-aldre.html (the 2017 groups, codeine and glibenclamide included)',
      'http://klokalistan.janusinfo.se/20201/Aldre-och-lakemedel/Lakemedel-som-bor-undvikas-till-aldre/ (anticholinergics, propiomazine, tramadol, codeine)',
      'https://www.senioren.se/halsa-medicin/kolla-haer-om-du-far-olaemplig-medicin/ ("Olämpliga listan": substances of the anticholinergic group by product)',
    ],
  },
  palliativeTargets: {
    id: 'sos-palliativ-malnivaer-2017',
    publisher: 'Socialstyrelsen',
    title: 'Nationella riktlinjer – Målnivåer. Palliativ vård i livets slutskede. Målnivåer för indikatorer',
    version: 'oktober 2017',
    note:
      'Target levels: "Vidbehovsordination av opioid mot smärta" ≥ 98 % and "Vidbehovsordination av ångestdämpande läkemedel" ≥ 98 %, measured by ' +
      'Svenska palliativregistret (as quoted by Regionala cancercentrum Väst and Sydost).',
    consulted: [
      'https://cancercentrum.se/vast/vara-uppdrag/palliativ-vard/regional-vardprocess/kvalitetsindikatorer/',
      'https://cancercentrum.se/sydost/vara-uppdrag/palliativ-vard/resultatredovisning2/',
    ],
  },
  palliativeProgramme: {
    id: 'rcc-vardprogram-palliativ-vard',
    publisher: 'Regionala cancercentrum i samverkan',
    title: 'Nationellt vårdprogram palliativ vård',
    version: 'as quoted by Region Kronoberg, "Palliativ vård i livets slutskede" (rekommenderade läkemedel, vuxna)',
    note:
      'As-needed drugs against pain, anxiety, nausea and death rattle, given parenterally, first of all subcutaneously: morphine (or oxycodone), ' +
      'midazolam, haloperidol and glycopyrronium injections. No target level for nausea and death rattle.',
    consulted: [
      'https://www.regionkronoberg.se/vardgivare/vardriktlinjer/lakemedel/rekommenderade-lakemedel/rekommendation-vuxna/palliativ-vard-i-livets-slutskede/',
      'https://www.regionvasterbotten.se/for-vardgivare/behandlingsstod-och-vardriktlinjer/lakemedel/behandlingsrekommendationer/terapirekommendationer/palliativ-vard-i-livets-slutskede/rosslighet (glycopyrronium s.c. first for death rattle)',
    ],
  },
  prescriptionValidity: {
    id: 'medrec-recept-giltighet',
    publisher: 'medrec (issue 11)',
    title: 'Recept som går ut medan journalen fortsätter läkemedlet',
    version: '2026-11-30',
    note:
      'A prescription can be dispensed until its last valid day (validUntil); for a dose-dispensed drug the pharmacy stops packing it into the dose bags ' +
      'when the prescription runs out, silently. A prescription in force whose validUntil falls within the horizon after the reconciliation date ' +
      '(EXPIRY.horizonDays, the option expiryHorizonDays) while the journal continues the drug is flagged, for the prescriber to renew or stop it.',
    consulted: [],
  },
} as const satisfies Readonly<Record<string, RuleSource>>;

/** Which source a rule comes from. */
export type SourceId = keyof typeof SOURCES;

/** How a finding cites its source: short enough to print beside every finding. */
export const SOURCE_CITATION: Readonly<Record<SourceId, string>> = {
  olderPatients: 'Socialstyrelsen, Indikatorer för god läkemedelsterapi hos äldre (2017-6-7)',
  palliativeTargets: 'Socialstyrelsen, Målnivåer palliativ vård i livets slutskede (2017); Svenska palliativregistret',
  palliativeProgramme: 'Nationellt vårdprogram palliativ vård (RCC)',
  prescriptionValidity: 'Receptets sista giltighetsdag (validUntil)',
};

/** The rule for prescriptions about to expire: its id and the default horizon in days after the reconciliation date. */
export const EXPIRY = { id: 'expiring-prescription', horizonDays: 14, source: 'prescriptionValidity' } as const;

/**
 * The indicator of the older-patient source each kind of rule belongs to, as printed beside a
 * finding (medrec's short headings for the report's drug-specific indicators).
 */
export const OLDER_PARTS = {
  avoid: 'Preparat som bör undvikas om inte särskilda skäl föreligger',
  dose: 'Olämplig dosering',
  regimen: 'Olämplig regim',
  polypharmacy: 'Tio eller fler läkemedel',
  psychotropics: 'Tre eller fler psykofarmaka',
  'same-group': 'Två eller fler läkemedel i samma terapeutiska grupp',
} as const;

/** A drug of a list: the substance (Swedish name), other names it is written by, and its ATC codes. */
export interface ListedDrug {
  readonly substance: string;
  readonly aliases?: ReadonlyArray<string>;
  readonly atc: ReadonlyArray<string>;
  /** The group the source puts it in, where it says (antihistaminer, urologiska spasmolytika, …). */
  readonly group?: string;
}

/** How items are recognised as one of a set of drugs (see the module comment). */
export interface DrugSet {
  readonly drugs: ReadonlyArray<ListedDrug>;
  /** Further ATC codes or group prefixes that belong to the set, beyond those of `drugs`. */
  readonly atcGroups?: ReadonlyArray<string>;
  /** ATC codes inside a group prefix that do not belong to the set. */
  readonly exceptAtc?: ReadonlyArray<string>;
  readonly bySubstance: 'always' | 'without-atc';
}

/** The age (years, on the reconciliation date) from which the older-patient rules apply: 75, that day included. */
export const OLDER_FROM_AGE = 75;

/**
 * Drugs with marked anticholinergic effects (läkemedel med betydande antikolinerga effekter), after
 * Bilaga 1 of the 2017 report as its secondary sources list them. Matched by the ATC codes given
 * (not by group: mirabegron G04BD12 shares the group of the urinary antispasmodics and is no
 * anticholinergic), and by name only for an item without ATC code.
 */
export const ANTICHOLINERGIC_DRUGS: ReadonlyArray<ListedDrug> = [
  { substance: 'alimemazin', atc: ['R06AD01'], group: 'antihistaminer' },
  { substance: 'prometazin', atc: ['R06AD02'], group: 'antihistaminer' },
  { substance: 'dexklorfeniramin', atc: ['R06AB02'], group: 'antihistaminer' },
  { substance: 'hydroxizin', atc: ['N05BB01'], group: 'lugnande medel' },
  { substance: 'amitriptylin', atc: ['N06AA09'], group: 'tricykliska antidepressiva' },
  { substance: 'klomipramin', atc: ['N06AA04'], group: 'tricykliska antidepressiva' },
  { substance: 'nortriptylin', atc: ['N06AA10'], group: 'tricykliska antidepressiva' },
  { substance: 'maprotilin', atc: ['N06AA21'], group: 'tricykliska antidepressiva' },
  { substance: 'levomepromazin', atc: ['N05AA02'], group: 'antipsykotika av högdostyp' },
  { substance: 'klorprotixen', atc: ['N05AF03'], group: 'antipsykotika av högdostyp' },
  { substance: 'proklorperazin', atc: ['N05AB04'], group: 'antipsykotika' },
  { substance: 'klozapin', atc: ['N05AH02'], group: 'antipsykotika' },
  { substance: 'oxybutynin', atc: ['G04BD04'], group: 'urologiska spasmolytika' },
  { substance: 'tolterodin', atc: ['G04BD07'], group: 'urologiska spasmolytika' },
  { substance: 'solifenacin', atc: ['G04BD08'], group: 'urologiska spasmolytika' },
  { substance: 'darifenacin', atc: ['G04BD10'], group: 'urologiska spasmolytika' },
  { substance: 'fesoterodin', atc: ['G04BD11'], group: 'urologiska spasmolytika' },
  { substance: 'biperiden', atc: ['N04AA02'], group: 'antiparkinsonmedel' },
  { substance: 'trihexyfenidyl', atc: ['N04AA01'], group: 'antiparkinsonmedel' },
  { substance: 'atropin', atc: ['A03BA01'], group: 'medel vid mag-tarmsjukdomar' },
  { substance: 'hyoscyamin', atc: ['A03BA03'], group: 'medel vid mag-tarmsjukdomar' },
  { substance: 'butylskopolamin', atc: ['A03BB01'], group: 'medel vid mag-tarmsjukdomar' },
  { substance: 'metylskopolamin', atc: ['A03BB03'], group: 'medel vid mag-tarmsjukdomar' },
  { substance: 'glykopyrron', aliases: ['glykopyrronium'], atc: ['A03AB02'], group: 'medel vid mag-tarmsjukdomar' },
  { substance: 'propantelin', atc: ['A03AB05'], group: 'medel vid mag-tarmsjukdomar' },
  { substance: 'skopolamin', atc: ['A04AD01'], group: 'medel mot åksjuka' },
  { substance: 'morfin och spasmolytika', atc: ['N02AG01'], group: 'opioider i kombination med spasmolytika' },
  { substance: 'ketobemidon och spasmolytika', atc: ['N02AG02'], group: 'opioider i kombination med spasmolytika' },
  { substance: 'disopyramid', atc: ['C01BA03'], group: 'antiarytmika klass Ia' },
];

/** What the older-patient rules are about: `avoid` a drug, its `dose`, its `regimen`, the `polypharmacy` of the list, the `same-group`. */
export type OlderRuleKind = 'avoid' | 'dose' | 'regimen' | 'polypharmacy' | 'same-group';

/** A drug to avoid in patients aged 75 and over unless there are special reasons (om inte särskilda skäl föreligger). */
export interface AvoidRule {
  readonly id: string;
  readonly sv: string;
  readonly set: DrugSet;
  readonly why: string;
  readonly note: string;
}

/**
 * "Preparat som bör undvikas om inte särskilda skäl föreligger" (2017): one rule per group of the
 * indicator. The finding says the group and why, for the physician to weigh.
 */
export const AVOID_RULES: ReadonlyArray<AvoidRule> = [
  {
    id: 'avoid-long-acting-benzodiazepine',
    sv: 'långverkande bensodiazepin',
    set: {
      drugs: [
        { substance: 'diazepam', atc: ['N05BA01'] },
        { substance: 'nitrazepam', atc: ['N05CD02'] },
        { substance: 'flunitrazepam', atc: ['N05CD03'] },
      ],
      bySubstance: 'always',
    },
    why: 'dagtrötthet, kognitiva störningar, muskelsvaghet, balansstörningar och fall',
    note: 'Any product and route of the three substances (rectal diazepam too).',
  },
  {
    id: 'avoid-anticholinergic',
    sv: 'läkemedel med betydande antikolinerga effekter',
    set: { drugs: ANTICHOLINERGIC_DRUGS, bySubstance: 'without-atc' },
    why: 'kognitiva störningar, från lättare minnesstörningar till förvirring',
    note: 'The list ANTICHOLINERGIC_DRUGS (Bilaga 1). Matched by ATC code; eye drops and inhalations have other codes and are not flagged.',
  },
  {
    id: 'avoid-tramadol',
    sv: 'tramadol',
    set: { drugs: [{ substance: 'tramadol', atc: ['N02AX02', 'N02AJ13'] }], bySubstance: 'always' },
    why: 'illamående, förvirring och fall; risk för serotonergt syndrom med bland annat SSRI',
    note: 'Tramadol alone (N02AX02) and with paracetamol (N02AJ13).',
  },
  {
    id: 'avoid-propiomazine',
    sv: 'propiomazin',
    set: { drugs: [{ substance: 'propiomazin', atc: ['N05CM06'] }], bySubstance: 'always' },
    why: 'dagtrötthet och extrapyramidala symtom, bland annat restless legs',
    note: 'Propiomazine is also a hypnotic (N05C): given every night for more than a month it meets regimen-hypnotic too.',
  },
  {
    id: 'avoid-codeine',
    sv: 'kodein (även i kombination)',
    set: {
      drugs: [{ substance: 'kodein', atc: ['R05DA04', 'N02AA59', 'N02AA79', 'N02AJ06', 'N02AJ07', 'N02AJ08', 'N02AJ09'] }],
      bySubstance: 'always',
    },
    why: 'stor skillnad mellan individer i omvandlingen till morfin; i fast kombination begränsas opioiddosen av paracetamolets maxdos',
    note: 'Codeine alone and in every combination, by ATC code or by any substance named kodein.',
  },
  {
    id: 'avoid-glibenclamide',
    sv: 'glibenklamid',
    set: { drugs: [{ substance: 'glibenklamid', atc: ['A10BB01'] }], bySubstance: 'always' },
    why: 'risk för långdragen hypoglykemi',
    note: 'Withdrawn from the Swedish market in 2021; kept for older lists.',
  },
];

/** A daily dose (dygnsdos) not to exceed in patients aged 75 and over. */
export interface DoseRule {
  readonly id: string;
  /** The substance whose amount counts (folded name), in whatever product it comes, combinations included. */
  readonly substance: string;
  readonly set: DrugSet;
  /** The highest appropriate daily dose: a dose above it (not equal to it) is flagged. */
  readonly limit: { readonly value: number; readonly unit: 'mg' | 'g' };
  readonly note: string;
}

/**
 * "Olämplig dosering" (2017): daily doses above these limits. The daily dose is the amount of the
 * substance on a dosing day (from the structured dosage, or the parsed text, and the strength), plus,
 * for as-needed dosing, its maximum per day where one is given: what the patient may get in one day.
 * An as-needed dose with no maximum, or a dose that cannot be computed, is "not assessable", never
 * guessed. On a line whose two lists differ, the higher dose counts; the lines that hold the
 * substance add up (paracetamol on its own and in a combination).
 */
export const DOSE_RULES: ReadonlyArray<DoseRule> = [
  {
    id: 'dose-zopiclone',
    substance: 'zopiklon',
    set: { drugs: [{ substance: 'zopiklon', atc: ['N05CF01'] }], bySubstance: 'always' },
    limit: { value: 7.5, unit: 'mg' },
    note: 'Above 7,5 mg a day.',
  },
  {
    id: 'dose-oxazepam',
    substance: 'oxazepam',
    set: { drugs: [{ substance: 'oxazepam', atc: ['N05BA04'] }], bySubstance: 'always' },
    limit: { value: 30, unit: 'mg' },
    note: 'Above 30 mg a day.',
  },
  {
    id: 'dose-haloperidol',
    substance: 'haloperidol',
    set: { drugs: [{ substance: 'haloperidol', atc: ['N05AD01'] }], bySubstance: 'always' },
    limit: { value: 2, unit: 'mg' },
    note: 'Above 2 mg a day. An as-needed haloperidol injection of a palliative patient is exempt (PALLIATIVE_EXEMPTION).',
  },
  {
    id: 'dose-risperidone',
    substance: 'risperidon',
    set: { drugs: [{ substance: 'risperidon', atc: ['N05AX08'] }], bySubstance: 'always' },
    limit: { value: 1.5, unit: 'mg' },
    note: 'Above 1,5 mg a day (oral risperidone; a depot injection every other week has no daily dose to compare and is not assessable).',
  },
  {
    id: 'dose-paracetamol',
    substance: 'paracetamol',
    set: { drugs: [{ substance: 'paracetamol', atc: ['N02BE01', 'N02BE51', 'N02BE71', 'N02AJ06', 'N02AJ13'] }], bySubstance: 'always' },
    limit: { value: 4, unit: 'g' },
    note: 'Above 4 g a day, combinations with codeine or tramadol included (their paracetamol counts).',
  },
  {
    id: 'dose-acetylsalicylic-acid',
    substance: 'acetylsalicylsyra',
    set: { drugs: [{ substance: 'acetylsalicylsyra', atc: ['B01AC06'] }], bySubstance: 'without-atc' },
    limit: { value: 75, unit: 'mg' },
    note: 'Above 75 mg a day of acetylsalicylic acid as an antiplatelet (B01AC06) only; analgesic ASA (N02BA01) is another use. An item without ATC code is not assessed by name here: name alone cannot tell the two uses apart.',
  },
];

/** A drug given regularly for longer than it should be in patients aged 75 and over (olämplig regim). */
export interface RegimenRule {
  readonly id: string;
  readonly sv: string;
  readonly set: DrugSet;
  /** Flagged when given every day since more than this long before the reconciliation date. */
  readonly longerThan: { readonly months: number } | { readonly days: number };
  readonly note: string;
}

/**
 * "Olämplig regim" (2017). Regularly means a scheduled dose every day (no interval, no weekdays):
 * as-needed dosing is not a regimen. "For more than a month" counts from the first day of the
 * earliest item in force on the line: started on 2026-10-19 and reconciled on 2026-11-20 is more
 * than a month; started 2026-10-20 is exactly one month, and not flagged.
 */
export const REGIMEN_RULES: ReadonlyArray<RegimenRule> = [
  {
    id: 'regimen-hypnotic',
    sv: 'sömnmedel (N05C) varje dag',
    set: { drugs: [], atcGroups: ['N05C'], bySubstance: 'without-atc' },
    longerThan: { months: 1 },
    note:
      'Every hypnotic and sedative of ATC group N05C (zopiklon, zolpidem, propiomazin, midazolam …), melatonin (N05CH01) included, as ATC places it there; ' +
      'a region that does not count melatonin adds N05CH01 to exceptAtc. A scheduled dose that cannot be read is not assessable.',
  },
  {
    id: 'regimen-nsaid',
    sv: 'NSAID (M01A) varje dag',
    set: { drugs: [], atcGroups: ['M01A'], exceptAtc: ['M01AX05'], bySubstance: 'without-atc' },
    longerThan: { days: 14 },
    note: 'Every non-steroidal anti-inflammatory of ATC group M01A, except glucosamine (M01AX05), which is no NSAID.',
  },
];

/** How many drugs in force count as polypharmacy (tio eller fler läkemedel), and how many psychotropics. */
export const POLYPHARMACY = {
  id: 'polypharmacy-ten',
  drugsFrom: 10,
  note: 'Counts the lines of the reconciled list in force on the reconciliation date (on either list), each line one drug: regular, as-needed, self-care and ward stock alike.',
} as const;

/** Three or more psychotropics (psykofarmaka) at the same time. */
export const PSYCHOTROPICS = {
  id: 'psychotropics-three',
  drugsFrom: 3,
  set: { drugs: [], atcGroups: ['N05A', 'N05B', 'N05C', 'N06A'], bySubstance: 'without-atc' } satisfies DrugSet,
  note: 'Antipsychotics (N05A), anxiolytics (N05B), hypnotics and sedatives (N05C), antidepressants (N06A): lines in force, counted once each.',
} as const;

/** Two or more drugs in the same therapeutic group (ATC level 4, five characters such as `N05CF`). */
export const SAME_GROUP = {
  id: 'same-therapeutic-group',
  drugsFrom: 2,
  level: 5,
  note: 'Lines in force grouped by the first five characters of their ATC codes; a line counts once per group (a combination product in each of its groups). Items without an ATC code are not grouped.',
} as const;

/** What a palliative as-needed injection is for. */
export type PalliativeNeed = 'pain' | 'anxiety' | 'nausea' | 'rattle';

/** An as-needed injection a palliative patient should have prescribed for an expected symptom. */
export interface PalliativeRule {
  readonly id: string;
  readonly need: PalliativeNeed;
  readonly sv: string;
  readonly drugSv: string;
  readonly set: DrugSet;
  readonly source: SourceId;
  /** The national target level, where there is one: the share of patients who should have it. */
  readonly target: number | null;
  readonly note: string;
}

/**
 * Injection routes and dosage-form classes: an item given by one of these routes, or of one of these
 * form classes, is an injection.
 */
export const INJECTION = {
  routes: ['subkutan', 'intravenös', 'intramuskulär'],
  formClasses: ['injektion/infusion'],
} as const;

/**
 * As-needed injections for expected symptoms at the end of life (vid behovsordinationer i livets
 * slutskede). As needed: the canonical dosage is as needed (a scheduled dosage with an as-needed dose
 * on top counts too). An injection: see INJECTION. Only items in force count.
 */
export const PALLIATIVE_RULES: ReadonlyArray<PalliativeRule> = [
  {
    id: 'palliative-pain',
    need: 'pain',
    sv: 'smärta',
    drugSv: 'opioid (N02A)',
    set: {
      drugs: ['morfin', 'oxikodon', 'hydromorfon', 'ketobemidon', 'fentanyl', 'alfentanil', 'sufentanil', 'metadon', 'buprenorfin'].map((substance) => ({ substance, atc: [] })),
      atcGroups: ['N02A'],
      bySubstance: 'without-atc',
    },
    source: 'palliativeTargets',
    target: 0.98,
    note: 'Any opioid of ATC group N02A as an as-needed injection; an item without ATC code by the names of the injectable opioids listed.',
  },
  {
    id: 'palliative-anxiety',
    need: 'anxiety',
    sv: 'ångest',
    drugSv: 'midazolam (N05CD08)',
    set: { drugs: [{ substance: 'midazolam', atc: ['N05CD08'] }], bySubstance: 'always' },
    source: 'palliativeTargets',
    target: 0.98,
    note: 'Midazolam, as the issue and the care programme name it. The register counts any anxiolytic; a region that allows another (a diazepam injection) adds it here.',
  },
  {
    id: 'palliative-nausea',
    need: 'nausea',
    sv: 'illamående',
    drugSv: 'haloperidol (N05AD01)',
    set: { drugs: [{ substance: 'haloperidol', atc: ['N05AD01'] }], bySubstance: 'always' },
    source: 'palliativeProgramme',
    target: null,
    note: 'Haloperidol injection as needed.',
  },
  {
    id: 'palliative-rattle',
    need: 'rattle',
    sv: 'rosslighet',
    drugSv: 'glykopyrron (A03AB02)',
    set: { drugs: [{ substance: 'glykopyrron', aliases: ['glykopyrronium'], atc: ['A03AB02'] }], bySubstance: 'always' },
    source: 'palliativeProgramme',
    target: null,
    note: 'Glycopyrronium injection as needed.',
  },
];

/**
 * In a palliative patient, an item that meets a palliative rule (an as-needed injection for an
 * expected symptom) is exempt from the older-patient rules: the care programme recommends it, which
 * is the special reason (särskilt skäl) the indicators allow. Glycopyrronium is anticholinergic and a
 * haloperidol injection may exceed 2 mg a day, yet neither is flagged for such a patient.
 */
export const PALLIATIVE_EXEMPTION = {
  note: 'As-needed injections that meet PALLIATIVE_RULES are not checked by AVOID_RULES, DOSE_RULES, REGIMEN_RULES, PSYCHOTROPICS or SAME_GROUP.',
} as const;
