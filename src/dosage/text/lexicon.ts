import type { Weekday } from '../../model';
import type { Slot } from '../slot';

/**
 * The Swedish lexicon of dosage instructions (doseringsanvisningar), as data. Phrases are written as
 * the tokens the tokenizer produces, separated by single spaces: `till natten`, `v . b .`, `/ dygn`.
 * Words are folded to lower case. The phrase parsers are built from these tables; adding a synonym
 * is adding a row.
 */

/** Number words (räkneord) a quantity or a count may be written with. */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['en', 1],
  ['ett', 1],
  ['två', 2],
  ['tre', 3],
  ['fyra', 4],
  ['fem', 5],
  ['sex', 6],
  ['sju', 7],
  ['åtta', 8],
  ['nio', 9],
  ['tio', 10],
  ['elva', 11],
  ['tolv', 12],
  ['halv', 0.5],
  ['halva', 0.5],
  ['en halv', 0.5],
  ['ett halvt', 0.5],
  ['en och en halv', 1.5],
  ['en kvarts', 0.25],
  ['en fjärdedel', 0.25],
];

/** Ordinal words (ordningstal), as in `var tredje dag`. */
export const ORDINAL_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['andra', 2],
  ['tredje', 3],
  ['fjärde', 4],
  ['femte', 5],
  ['sjätte', 6],
  ['sjunde', 7],
  ['åttonde', 8],
  ['nionde', 9],
  ['tionde', 10],
  ['fjortonde', 14],
];

/** Endings written after a digit to make it an ordinal: `3:e`, `3e`, `2:a`, `3:dje`. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['e', 'a', 'dje', 'de', 'te', 'nde', 'onde']);

/** Vulgar fractions written as one character. */
export const FRACTION_CHARS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

/**
 * Dose units and their abbreviations, each to the unit name the engine uses (see `unitKey`):
 * tablett/tabletter/tabl/tbl/t, kapsel/kapslar/kaps, ml, mg, mikrog, E (insulin units), plåster,
 * dos/inhalation/sprayning, droppe/droppar, st, suppositorium.
 */
export const UNIT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['tablett', 'tablett'],
  ['tabletter', 'tablett'],
  ['tabletten', 'tablett'],
  ['tabletterna', 'tablett'],
  ['tablet', 'tablett'],
  ['tabl', 'tablett'],
  ['tbl', 'tablett'],
  ['tab', 'tablett'],
  ['t', 'tablett'],
  ['brustablett', 'tablett'],
  ['brustabletter', 'tablett'],
  ['depottablett', 'tablett'],
  ['depottabletter', 'tablett'],
  ['munsönderfallande tablett', 'tablett'],
  ['munsönderfallande tabletter', 'tablett'],
  ['resoriblett', 'tablett'],
  ['resoribletter', 'tablett'],
  ['kapsel', 'kapsel'],
  ['kapslar', 'kapsel'],
  ['kapsl', 'kapsel'],
  ['enterokapsel', 'kapsel'],
  ['enterokapslar', 'kapsel'],
  ['depotkapsel', 'kapsel'],
  ['depotkapslar', 'kapsel'],
  ['kapseln', 'kapsel'],
  ['kaps', 'kapsel'],
  ['kap', 'kapsel'],
  ['plåster', 'plåster'],
  ['plåstret', 'plåster'],
  ['plaster', 'plåster'],
  ['dos', 'dos'],
  ['doser', 'dos'],
  ['inhalation', 'dos'],
  ['inhalationer', 'dos'],
  ['sprayning', 'dos'],
  ['sprayningar', 'dos'],
  ['spray', 'dos'],
  ['puff', 'dos'],
  ['puffar', 'dos'],
  ['pust', 'dos'],
  ['pustar', 'dos'],
  ['droppe', 'droppe'],
  ['droppar', 'droppe'],
  ['dr', 'droppe'],
  ['st', 'st'],
  ['styck', 'st'],
  ['stycken', 'st'],
  ['suppositorium', 'suppositorium'],
  ['suppositorier', 'suppositorium'],
  ['supp', 'suppositorium'],
  ['påse', 'påse'],
  ['påsar', 'påse'],
  ['dospåse', 'påse'],
  ['dospåsar', 'påse'],
  ['ampull', 'ampull'],
  ['ampuller', 'ampull'],
  ['mg', 'mg'],
  ['g', 'g'],
  ['gram', 'g'],
  ['mikrog', 'mikrog'],
  ['mikrogram', 'mikrog'],
  ['µg', 'mikrog'],
  ['μg', 'mikrog'],
  ['mcg', 'mikrog'],
  ['ug', 'mikrog'],
  ['ml', 'ml'],
  ['mmol', 'mmol'],
  ['ng', 'ng'],
  ['e', 'E'],
  ['ie', 'E'],
  ['enhet', 'E'],
  ['enheter', 'E'],
];

/** The words of a count of times: `2 gånger`, `3 ggr`. */
export const TIMES_WORDS: ReadonlyArray<readonly [string, true]> = [
  ['gång', true],
  ['gånger', true],
  ['gang', true],
  ['ganger', true],
  ['ggr', true],
  ['gg', true],
];

/** The period a count of times is per: a day (dygn) or a week. */
export type Period = 'day' | 'week' | 'month';

/** Phrases that say "per day" or "per week": `dagligen`, `per dygn`, `/ dag`, `i veckan`. */
export const PERIOD_PHRASES: ReadonlyArray<readonly [string, Period]> = [
  ['dagligen', 'day'],
  ['dagl', 'day'],
  ['dgl', 'day'],
  ['dag', 'day'],
  ['per dag', 'day'],
  ['per dygn', 'day'],
  ['om dagen', 'day'],
  ['om dygnet', 'day'],
  ['i dygnet', 'day'],
  ['per dagen', 'day'],
  ['per dygnet', 'day'],
  ['/ dag', 'day'],
  ['/ dygn', 'day'],
  ['/ d', 'day'],
  ['varje dag', 'day'],
  ['var dag', 'day'],
  ['i veckan', 'week'],
  ['per vecka', 'week'],
  ['om veckan', 'week'],
  ['/ vecka', 'week'],
  ['/ v', 'week'],
  ['i v', 'week'],
  ['varje vecka', 'week'],
  ['veckovis', 'week'],
  ['i månaden', 'month'],
  ['per månad', 'month'],
  ['/ månad', 'month'],
  ['varje månad', 'month'],
];

/** The same phrases, standing alone: "every day" without a count is once a day (an implication). */
export const STANDALONE_PERIOD_PHRASES: ReadonlyArray<readonly [string, Period]> = PERIOD_PHRASES.filter(([p]) => p !== 'dag' && p !== '/ d');

/** What a time-of-day word names, before the prefix (på, till, vid …) is taken into account. */
const SLOT_BASES: ReadonlyArray<readonly [string, Slot]> = [
  ['morgon', 'morning'],
  ['morgonen', 'morning'],
  ['morgnar', 'morning'],
  ['morgnarna', 'morning'],
  ['morg', 'morning'],
  ['förmiddag', 'morning'],
  ['förmiddagen', 'morning'],
  ['formiddag', 'morning'],
  ['fm', 'morning'],
  ['frukost', 'morning'],
  ['frukosten', 'morning'],
  ['uppvaknandet', 'morning'],
  ['middag', 'midday'],
  ['middagen', 'midday'],
  ['mitt på dagen', 'midday'],
  ['mitt på dan', 'midday'],
  ['lunch', 'midday'],
  ['lunchen', 'midday'],
  // Afternoon: the second dose of a morning-and-afternoon regimen (a diuretic at 08 and 14), the
  // midday slot (11:00–14:59) rather than the evening one.
  ['eftermiddag', 'midday'],
  ['eftermiddagen', 'midday'],
  ['em', 'midday'],
  ['kväll', 'evening'],
  ['kvällen', 'evening'],
  ['kvall', 'evening'],
  ['kvallen', 'evening'],
  ['kvällar', 'evening'],
  ['kvällarna', 'evening'],
  ['kv', 'evening'],
  ['kvällsmat', 'evening'],
  ['kvällsmaten', 'evening'],
  ['natt', 'night'],
  ['natten', 'night'],
  ['nätter', 'night'],
  ['nattetid', 'night'],
  ['sänggående', 'night'],
  ['sänggåendet', 'night'],
  ['sanggaende', 'night'],
  ['sängdags', 'night'],
  ['läggdags', 'night'],
];

const SLOT_PREFIXES: ReadonlyArray<string> = ['', 'på', 'till', 'vid', 'i', 'under', 'före', 'innan', 'efter', 'varje', 'per'];

/** Times of day (tider på dygnet), with the prefixes they are written with: `på morgonen`, `till natten`. */
export const SLOT_PHRASES: ReadonlyArray<readonly [string, Slot]> = SLOT_PREFIXES.flatMap((prefix) =>
  SLOT_BASES.map(([base, slot]) => [prefix === '' ? base : `${prefix} ${base}`, slot] as const),
);

/** Meals and events a dose may be timed against (`30 min före frukost`), and the slot they fall in. */
export const EVENT_SLOTS: ReadonlyArray<readonly [string, Slot]> = [
  ['frukost', 'morning'],
  ['frukosten', 'morning'],
  ['lunch', 'midday'],
  ['lunchen', 'midday'],
  ['kvällsmat', 'evening'],
  ['kvällsmaten', 'evening'],
  ['sänggående', 'night'],
  ['sänggåendet', 'night'],
  ['sanggaende', 'night'],
];

/** Days of the week (veckodagar) and their abbreviations; plural and definite forms included. */
export const WEEKDAY_WORDS: ReadonlyArray<readonly [string, Weekday]> = (
  [
    ['mon', ['måndag', 'måndagar', 'måndagen', 'måndagarna', 'mån', 'må', 'mandag', 'mandagar']],
    ['tue', ['tisdag', 'tisdagar', 'tisdagen', 'tisdagarna', 'tis', 'ti']],
    ['wed', ['onsdag', 'onsdagar', 'onsdagen', 'onsdagarna', 'ons', 'on']],
    ['thu', ['torsdag', 'torsdagar', 'torsdagen', 'torsdagarna', 'tors', 'tor', 'to']],
    ['fri', ['fredag', 'fredagar', 'fredagen', 'fredagarna', 'fre', 'fr']],
    ['sat', ['lördag', 'lördagar', 'lördagen', 'lördagarna', 'lör', 'lö', 'lordag', 'lordagar']],
    ['sun', ['söndag', 'söndagar', 'söndagen', 'söndagarna', 'sön', 'sö', 'sondag', 'sondagar']],
  ] as const
).flatMap(([day, words]) => words.map((w) => [w, day] as const));

/** Groups of days named by one word. */
export const WEEKDAY_GROUPS: ReadonlyArray<readonly [string, ReadonlyArray<Weekday>]> = [
  ['vardagar', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['vardagarna', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['helger', ['sat', 'sun']],
  ['helgen', ['sat', 'sun']],
  ['helgerna', ['sat', 'sun']],
];

/** Units of a duration or an interval. */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month';

/** Words for hours, days, weeks and months, in the forms durations and intervals use. */
export const TIME_UNIT_WORDS: ReadonlyArray<readonly [string, TimeUnit]> = [
  ['timme', 'hour'],
  ['timmes', 'hour'],
  ['timmar', 'hour'],
  ['timmars', 'hour'],
  ['tim', 'hour'],
  ['h', 'hour'],
  ['dag', 'day'],
  ['dagar', 'day'],
  ['dagars', 'day'],
  ['dygn', 'day'],
  ['dygns', 'day'],
  ['d', 'day'],
  ['vecka', 'week'],
  ['veckor', 'week'],
  ['veckors', 'week'],
  ['v', 'week'],
  ['v.', 'week'],
  ['månad', 'month'],
  ['månader', 'month'],
  ['månaders', 'month'],
  ['mån', 'month'],
];

/** Phrases that mark as-needed dosing (vid behov). */
export const AS_NEEDED_PHRASES: ReadonlyArray<readonly [string, true]> = [
  ['vid behov', true],
  ['vb', true],
  ['v . b .', true],
  ['v . b', true],
  ['v b', true],
  ['v / b', true],
  ['prn', true],
  ['p . r . n .', true],
  ['efter behov', true],
  ['om behov', true],
  ['om behov finns', true],
  ['vid behov av', true],
];

/** Words that open a daily maximum: `högst 4 per dygn`, `max 8/dygn`. */
export const MAXIMUM_WORDS: ReadonlyArray<readonly [string, true]> = [
  ['högst', true],
  ['hogst', true],
  ['max', true],
  ['max .', true],
  ['maximalt', true],
  ['maximum', true],
  ['maxdos', true],
  ['maxdosering', true],
  ['ej mer än', true],
  ['inte mer än', true],
  ['upp till', true],
  ['som mest', true],
];

/** What a maximum may count besides units: times or doses per day. */
export const COUNT_WORDS: ReadonlyArray<readonly [string, true]> = [
  ['gång', true],
  ['gånger', true],
  ['ggr', true],
  ['gg', true],
  ['dostillfällen', true],
  ['tillfällen', true],
];

/** Phrases that mark the next dose step of a taper or titration (`därefter`, `sedan`). */
export const STEP_PHRASES: ReadonlyArray<readonly [string, true]> = [
  ['därefter', true],
  ['darefter', true],
  ['sedan', true],
  ['sen', true],
  ['därpå', true],
  ['efter det', true],
  ['efter detta', true],
  ['efter dessa', true],
  ['följt av', true],
  ['och därefter', true],
  ['och sedan', true],
  ['för att sedan', true],
];

/** Phrases that end the treatment within a stepped dosage: `därefter uppehåll`. */
export const STOP_PHRASES: ReadonlyArray<readonly [string, true]> = [
  ['uppehåll', true],
  ['avsluta', true],
  ['avslutas', true],
  ['avslut', true],
  ['sluta', true],
  ['upphör', true],
  ['utsättning', true],
  ['sätts ut', true],
  ['sättes ut', true],
  ['sätt ut', true],
  ['stopp', true],
  ['ingen dos', true],
];

/**
 * Phrases that defer the dose to something else: the instruction carries no comparable dose.
 * `enligt …` anywhere (enligt ordination, enligt särskild ordination, enligt schema), `enl …`, and a
 * few others that point elsewhere.
 */
export const NO_DOSE_PHRASES: ReadonlyArray<readonly [string, true]> = [
  ['enligt', true],
  ['enl', true],
  ['efter ordination', true],
  ['efter ord', true],
  ['efter schema', true],
  ['efter anvisning', true],
  ['efter anvisningar', true],
  ['efter instruktion', true],
  ['efter inr', true],
  ['efter pk', true],
  ['efter blodsocker', true],
  ['som tidigare', true],
  ['som ordinerat', true],
  ['individuell dosering', true],
  ['dosering individuell', true],
  ['särskild ordination', true],
  ['se ordination', true],
  ['se schema', true],
  ['se dosschema', true],
  ['se anvisning', true],
  ['se separat ordination', true],
  ['se separat schema', true],
  ['se bipacksedel', true],
  ['se etikett', true],
];

/**
 * Phrases that say how to take a dose without changing it (given with a meal, on an empty stomach,
 * the route): kept as notes, never read as a dose.
 */
export const NOTE_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['på fastande mage', 'på fastande mage'],
  ['fastande', 'på fastande mage'],
  ['i samband med måltid', 'i samband med måltid'],
  ['i samband med mat', 'i samband med måltid'],
  ['i samband med maten', 'i samband med måltid'],
  ['i samband med måltiden', 'i samband med måltid'],
  ['i samband med frukost', 'i samband med måltid'],
  ['vid måltid', 'i samband med måltid'],
  ['vid måltiderna', 'i samband med måltid'],
  ['med måltid', 'i samband med måltid'],
  ['med mat', 'i samband med måltid'],
  ['till maten', 'i samband med måltid'],
  ['till måltid', 'i samband med måltid'],
  ['före maten', 'före måltid'],
  ['före måltid', 'före måltid'],
  ['innan maten', 'före måltid'],
  ['innan måltid', 'före måltid'],
  ['efter maten', 'efter måltid'],
  ['efter måltid', 'efter måltid'],
  ['utan mat', 'utan mat'],
  ['med vatten', 'med vatten'],
  ['med ett glas vatten', 'med vatten'],
  ['med rikligt med vatten', 'med vatten'],
  ['i ett glas vatten', 'löses i vatten'],
  ['löses i vatten', 'löses i vatten'],
  ['upplöses i vatten', 'löses i vatten'],
  ['sväljes hela', 'sväljes hela'],
  ['sväljs hela', 'sväljs hela'],
  ['får ej krossas', 'får ej krossas'],
  ['får inte krossas', 'får ej krossas'],
  ['tills vidare', 'tills vidare'],
  ['t . v .', 'tills vidare'],
  ['t . v', 'tills vidare'],
  ['tv', 'tills vidare'],
  ['stående', 'stående'],
  ['kontinuerligt', 'kontinuerligt'],
  ['peroralt', 'peroralt'],
  ['per oralt', 'peroralt'],
  ['per os', 'peroralt'],
  ['po', 'peroralt'],
  ['p . o .', 'peroralt'],
  ['oralt', 'peroralt'],
  ['i munnen', 'peroralt'],
  ['subkutant', 'subkutant'],
  ['s . c .', 'subkutant'],
  ['sc', 'subkutant'],
  ['intravenöst', 'intravenöst'],
  ['iv', 'intravenöst'],
  ['rektalt', 'rektalt'],
  ['under tungan', 'under tungan'],
  ['sublingualt', 'under tungan'],
  ['på huden', 'på huden'],
];

/**
 * Words that carry nothing for the dose: verbs (tas, ges, byts …), conjunctions and fillers. They are
 * passed over; a word in no table stops the parse.
 */
export const FILLER_WORDS: ReadonlyArray<readonly [string, true]> = [
  ['och', true],
  ['o', true],
  ['samt', true],
  ['plus', true],
  ['även', true],
  ['också', true],
  ['dessutom', true],
  ['ytterligare', true],
  ['extra', true],
  ['tas', true],
  ['tages', true],
  ['ta', true],
  ['tag', true],
  ['ges', true],
  ['ge', true],
  ['intas', true],
  ['intages', true],
  ['sväljes', true],
  ['sväljs', true],
  ['byts', true],
  ['bytes', true],
  ['byt', true],
  ['appliceras', true],
  ['applicera', true],
  ['sätts', true],
  ['sättes', true],
  ['sätt', true],
  ['inhaleras', true],
  ['inhalera', true],
  ['injiceras', true],
  ['injicera', true],
  ['administreras', true],
  ['doseras', true],
  ['dosering', true],
  ['dosering :', true],
  ['läggs', true],
  ['lägg', true],
  ['smörjes', true],
  ['smörjs', true],
  ['droppas', true],
  ['sprayas', true],
  ['pat', true],
  ['patienten', true],
  ['st .', true],
];

/** Prefixes of an indication (indikation): `mot smärta`, `vid oro`. */
export const INDICATION_WORDS: ReadonlyArray<readonly [string, 'mot' | 'vid']> = [
  ['mot', 'mot'],
  ['vid', 'vid'],
  ['för', 'mot'],
];

/**
 * Words that open a minimum interval: `med minst 4 timmars mellanrum`, `tidigast efter 4 timmar`,
 * `högst var 4:e timme`. A `weak` opener (`med`) needs a closing word (`mellanrum`); an `ordinal`
 * one is followed by an ordinal.
 */
export const MIN_INTERVAL_OPENERS: ReadonlyArray<readonly [string, 'weak' | 'strong' | 'ordinal']> = [
  ['med minst', 'strong'],
  ['minst', 'strong'],
  ['med', 'weak'],
  ['med ett intervall på minst', 'strong'],
  ['med ett intervall på', 'strong'],
  ['tidigast efter', 'strong'],
  ['tidigast', 'strong'],
  ['kan upprepas efter', 'strong'],
  ['kan upprepas tidigast efter', 'strong'],
  ['upprepas tidigast efter', 'strong'],
  ['efter minst', 'strong'],
  ['högst var', 'ordinal'],
  ['högst en gång var', 'ordinal'],
  ['max var', 'ordinal'],
];

/** Words that may close a minimum interval: `mellanrum`, `mellan doserna`. */
export const MIN_INTERVAL_CLOSERS: ReadonlyArray<readonly [string, true]> = [
  ['mellanrum', true],
  ['intervall', true],
  ['emellan', true],
  ['mellan doserna', true],
  ['mellan dostillfällena', true],
  ['mellan varje dos', true],
  ['mellan doser', true],
];

/** Words that open a duration: `i 5 dagar`, `under 1 vecka`. */
export const DURATION_OPENERS: ReadonlyArray<readonly [string, true]> = [
  ['i', true],
  ['under', true],
  ['i ytterligare', true],
  ['under ytterligare', true],
  ['totalt i', true],
  ['i totalt', true],
  ['under totalt', true],
  ['i sammanlagt', true],
];
