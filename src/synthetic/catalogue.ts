/** A strength (styrka) of one substance. */
export interface CatalogueStrength {
  readonly value: number;
  readonly unit: string;
}

/**
 * How a drug is usually taken: once in the morning, midday, evening or at night, twice, three or
 * four times a day, once a week, every third day, as needed (vid behov), or a taper (nedtrappning).
 */
export type DosePattern =
  | 'morning'
  | 'evening'
  | 'night'
  | 'twice'
  | 'morning-midday'
  | 'thrice'
  | 'four-times'
  | 'weekly'
  | 'every-third-day'
  | 'as-needed'
  | 'taper';

/** A brand (or generic) under which a drug is sold, with the dosage form it comes in. */
export interface CatalogueBrand {
  readonly name: string;
  readonly form: string;
}

/**
 * One drug of the synthetic catalogue (läkemedelskatalog): its substances (several for a combination
 * product), the strengths it comes in (one strength per substance each), the products it is sold
 * as, how it is dosed, and how older patients get it. `split` names, for a combination product, the
 * single-substance drugs (by key and strength) that together equal it.
 */
export interface CatalogueDrug {
  readonly key: string;
  readonly atc: string;
  readonly substances: ReadonlyArray<string>;
  /** A salt name that one system may write instead (levotyroxinnatrium for levotyroxin). */
  readonly saltNames?: ReadonlyArray<string>;
  readonly strengths: ReadonlyArray<ReadonlyArray<CatalogueStrength>>;
  readonly brands: ReadonlyArray<CatalogueBrand>;
  readonly unit: string;
  readonly route: string;
  readonly patterns: ReadonlyArray<DosePattern>;
  readonly quantities: ReadonlyArray<number>;
  readonly prn?: { readonly maxPerDay: number; readonly minIntervalHours: number; readonly indication: string };
  readonly purpose: string;
  /** Relative prevalence among older dose-dispensed patients. */
  readonly weight: number;
  /** Packed into dose bags when the patient has dose dispensing (tablets and capsules). */
  readonly dispensable: boolean;
  readonly supply: 'prescription' | 'self-care-or-prescription' | 'self-care' | 'ward-stock';
  readonly split?: ReadonlyArray<{ readonly key: string; readonly strength: number }>;
}

const mg = (...values: number[]): ReadonlyArray<ReadonlyArray<CatalogueStrength>> => values.map((value) => [{ value, unit: 'mg' }]);
const mikrog = (...values: number[]): ReadonlyArray<ReadonlyArray<CatalogueStrength>> => values.map((value) => [{ value, unit: 'mikrog' }]);
const tablets = (form: string, ...names: string[]): ReadonlyArray<CatalogueBrand> => names.map((name) => ({ name, form }));

/**
 * The drugs the generator draws from: common ATC groups among older patients in Swedish municipal
 * care (cardiovascular, antithrombotic, diabetes, acid and bowel, pain, sleep and mood, dementia,
 * thyroid, bone, urology, inhaled, eye), each with several products, some combination products, and
 * items that are self-care or ward stock.
 */
export const CATALOGUE: ReadonlyArray<CatalogueDrug> = [
  { key: 'metoprolol', atc: 'C07AB02', substances: ['metoprolol'], saltNames: ['metoprololsuccinat'], strengths: mg(25, 50, 100, 200), brands: tablets('depottablett', 'Seloken ZOC', 'Metoprolol Sandoz', 'Metoprolol Mylan'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1, 2], purpose: 'mot högt blodtryck', weight: 30, dispensable: true, supply: 'prescription' },
  { key: 'bisoprolol', atc: 'C07AB07', substances: ['bisoprolol'], saltNames: ['bisoprololfumarat'], strengths: mg(2.5, 5, 10), brands: tablets('filmdragerad tablett', 'Emconcor', 'Bisoprolol Sandoz'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot hjärtsvikt', weight: 8, dispensable: true, supply: 'prescription' },
  { key: 'amlodipin', atc: 'C08CA01', substances: ['amlodipin'], saltNames: ['amlodipinbesilat'], strengths: mg(5, 10), brands: tablets('tablett', 'Norvasc', 'Amlodipin Actavis', 'Amlodipin Teva'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot högt blodtryck', weight: 20, dispensable: true, supply: 'prescription' },
  { key: 'enalapril', atc: 'C09AA02', substances: ['enalapril'], saltNames: ['enalaprilmaleat'], strengths: mg(5, 10, 20), brands: tablets('tablett', 'Renitec', 'Enalapril Sandoz', 'Enalapril Actavis'), unit: 'tablett', route: 'oral', patterns: ['morning', 'twice'], quantities: [1], purpose: 'mot högt blodtryck', weight: 12, dispensable: true, supply: 'prescription' },
  { key: 'losartan', atc: 'C09CA01', substances: ['losartan'], saltNames: ['losartankalium'], strengths: mg(12.5, 50, 100), brands: tablets('filmdragerad tablett', 'Cozaar', 'Losartan Krka', 'Losartan Teva'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot högt blodtryck', weight: 12, dispensable: true, supply: 'prescription' },
  { key: 'hydroklortiazid', atc: 'C03AA03', substances: ['hydroklortiazid'], strengths: mg(12.5, 25), brands: tablets('tablett', 'Esidrex', 'Hydroklortiazid Teva'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot högt blodtryck', weight: 6, dispensable: true, supply: 'prescription' },
  { key: 'furosemid', atc: 'C03CA01', substances: ['furosemid'], strengths: mg(20, 40), brands: tablets('tablett', 'Furix', 'Furosemid Accord', 'Furosemid Teva'), unit: 'tablett', route: 'oral', patterns: ['morning', 'morning-midday'], quantities: [1, 2], purpose: 'mot hjärtsvikt', weight: 22, dispensable: true, supply: 'prescription' },
  { key: 'spironolakton', atc: 'C03DA01', substances: ['spironolakton'], strengths: mg(25, 50), brands: [{ name: 'Spironolakton Teva', form: 'tablett' }, { name: 'Aldactone', form: 'filmdragerad tablett' }], unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot hjärtsvikt', weight: 8, dispensable: true, supply: 'prescription' },
  { key: 'atorvastatin', atc: 'C10AA05', substances: ['atorvastatin'], saltNames: ['atorvastatinkalcium'], strengths: mg(10, 20, 40, 80), brands: tablets('filmdragerad tablett', 'Lipitor', 'Atorvastatin Krka', 'Atorvastatin Teva'), unit: 'tablett', route: 'oral', patterns: ['evening'], quantities: [1], purpose: 'mot höga blodfetter', weight: 25, dispensable: true, supply: 'prescription' },
  { key: 'simvastatin', atc: 'C10AA01', substances: ['simvastatin'], strengths: mg(10, 20, 40), brands: tablets('filmdragerad tablett', 'Zocord', 'Simvastatin Actavis'), unit: 'tablett', route: 'oral', patterns: ['evening'], quantities: [1], purpose: 'mot höga blodfetter', weight: 8, dispensable: true, supply: 'prescription' },
  { key: 'apixaban', atc: 'B01AF02', substances: ['apixaban'], strengths: mg(2.5, 5), brands: tablets('filmdragerad tablett', 'Eliquis', 'Apixaban Teva'), unit: 'tablett', route: 'oral', patterns: ['twice'], quantities: [1], purpose: 'blodförtunnande', weight: 15, dispensable: true, supply: 'prescription' },
  { key: 'rivaroxaban', atc: 'B01AF01', substances: ['rivaroxaban'], strengths: mg(15, 20), brands: tablets('filmdragerad tablett', 'Xarelto', 'Rivaroxaban Krka'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'blodförtunnande', weight: 6, dispensable: true, supply: 'prescription' },
  { key: 'acetylsalicylsyra', atc: 'B01AC06', substances: ['acetylsalicylsyra'], strengths: mg(75, 160), brands: tablets('tablett', 'Trombyl', 'Acetylsalicylsyra Teva'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'blodförtunnande', weight: 15, dispensable: true, supply: 'prescription' },
  { key: 'metformin', atc: 'A10BA02', substances: ['metformin'], saltNames: ['metforminhydroklorid'], strengths: mg(500, 850, 1000), brands: tablets('filmdragerad tablett', 'Metformin Teva', 'Glucophage', 'Metformin Sandoz'), unit: 'tablett', route: 'oral', patterns: ['twice'], quantities: [1, 2], purpose: 'mot diabetes', weight: 12, dispensable: true, supply: 'prescription' },
  { key: 'insulin glargin', atc: 'A10AE04', substances: ['insulin glargin'], strengths: [[{ value: 100, unit: 'E/ml' }]], brands: tablets('injektionsvätska, lösning', 'Lantus', 'Abasaglar'), unit: 'E', route: 'subkutan', patterns: ['evening'], quantities: [8, 10, 14, 20], purpose: 'mot diabetes', weight: 4, dispensable: false, supply: 'prescription' },
  { key: 'omeprazol', atc: 'A02BC01', substances: ['omeprazol'], strengths: mg(10, 20, 40), brands: [{ name: 'Omeprazol Actavis', form: 'enterokapsel, hård' }, { name: 'Losec', form: 'enterotablett' }, { name: 'Omeprazol Teva', form: 'enterokapsel, hård' }], unit: 'kapsel', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot magbesvär', weight: 18, dispensable: true, supply: 'prescription' },
  { key: 'pantoprazol', atc: 'A02BC02', substances: ['pantoprazol'], strengths: mg(20, 40), brands: tablets('enterotablett', 'Pantoloc', 'Pantoprazol Teva'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot magbesvär', weight: 8, dispensable: true, supply: 'prescription' },
  { key: 'laktulos', atc: 'A06AD11', substances: ['laktulos'], strengths: [[{ value: 670, unit: 'mg/ml' }]], brands: tablets('oral lösning', 'Laktulos Meda', 'Duphalac'), unit: 'ml', route: 'oral', patterns: ['morning', 'twice'], quantities: [15, 30], purpose: 'mot förstoppning', weight: 6, dispensable: false, supply: 'prescription' },
  { key: 'paracetamol', atc: 'N02BE01', substances: ['paracetamol'], strengths: mg(500, 1000), brands: [{ name: 'Alvedon', form: 'filmdragerad tablett' }, { name: 'Panodil', form: 'filmdragerad tablett' }, { name: 'Paracetamol Teva', form: 'tablett' }], unit: 'tablett', route: 'oral', patterns: ['thrice', 'four-times', 'as-needed'], quantities: [1, 2], prn: { maxPerDay: 4, minIntervalHours: 4, indication: 'smärta' }, purpose: 'mot smärta', weight: 30, dispensable: true, supply: 'self-care-or-prescription' },
  { key: 'oxikodon', atc: 'N02AA05', substances: ['oxikodon'], saltNames: ['oxikodonhydroklorid'], strengths: mg(5, 10), brands: tablets('hård kapsel', 'OxyNorm', 'Oxikodon Actavis'), unit: 'kapsel', route: 'oral', patterns: ['as-needed'], quantities: [1], prn: { maxPerDay: 4, minIntervalHours: 4, indication: 'smärta' }, purpose: 'mot smärta', weight: 8, dispensable: false, supply: 'prescription' },
  { key: 'morfin', atc: 'N02AA01', substances: ['morfin'], saltNames: ['morfinsulfat'], strengths: mg(5, 10, 30), brands: tablets('depottablett', 'Dolcontin', 'Morfin Depot Mylan'), unit: 'tablett', route: 'oral', patterns: ['twice'], quantities: [1], purpose: 'mot smärta', weight: 3, dispensable: true, supply: 'prescription' },
  { key: 'fentanyl', atc: 'N02AB03', substances: ['fentanyl'], strengths: [[{ value: 12, unit: 'mikrog/timme' }], [{ value: 25, unit: 'mikrog/timme' }]], brands: tablets('depotplåster', 'Fentanyl Sandoz', 'Durogesic'), unit: 'plåster', route: 'transdermal', patterns: ['every-third-day'], quantities: [1], purpose: 'mot smärta', weight: 3, dispensable: false, supply: 'prescription' },
  { key: 'buprenorfin', atc: 'N02AE01', substances: ['buprenorfin'], strengths: [[{ value: 5, unit: 'mikrog/timme' }], [{ value: 10, unit: 'mikrog/timme' }]], brands: tablets('depotplåster', 'Norspan', 'Buprenorphine Sandoz'), unit: 'plåster', route: 'transdermal', patterns: ['weekly'], quantities: [1], purpose: 'mot smärta', weight: 4, dispensable: false, supply: 'prescription' },
  // Now and then two tablets at night: 10 mg or 15 mg, above the 7,5 mg for older people (src/checks/rules.ts).
  { key: 'zopiklon', atc: 'N05CF01', substances: ['zopiklon'], strengths: mg(5, 7.5), brands: tablets('filmdragerad tablett', 'Imovane', 'Zopiklon Mylan'), unit: 'tablett', route: 'oral', patterns: ['night'], quantities: [1, 1, 1, 1, 1, 1, 2], purpose: 'mot sömnbesvär', weight: 12, dispensable: true, supply: 'prescription' },
  { key: 'oxazepam', atc: 'N05BA04', substances: ['oxazepam'], strengths: mg(5, 10, 15), brands: tablets('tablett', 'Sobril', 'Oxascand'), unit: 'tablett', route: 'oral', patterns: ['as-needed', 'night'], quantities: [1], prn: { maxPerDay: 3, minIntervalHours: 6, indication: 'oro' }, purpose: 'mot oro', weight: 6, dispensable: true, supply: 'prescription' },
  // Drugs to avoid in older people unless there are special reasons, at low prevalence (src/checks/rules.ts):
  // about one patient in six has one, as in a region above the national average.
  { key: 'tramadol', atc: 'N02AX02', substances: ['tramadol'], saltNames: ['tramadolhydroklorid'], strengths: mg(50), brands: tablets('kapsel, hård', 'Tradolan', 'Tramadol Actavis'), unit: 'kapsel', route: 'oral', patterns: ['twice', 'as-needed'], quantities: [1], prn: { maxPerDay: 4, minIntervalHours: 6, indication: 'smärta' }, purpose: 'mot smärta', weight: 1, dispensable: true, supply: 'prescription' },
  { key: 'kodein och paracetamol', atc: 'N02AJ06', substances: ['paracetamol', 'kodein'], saltNames: ['paracetamol', 'kodeinfosfat'], strengths: [[{ value: 500, unit: 'mg' }, { value: 30, unit: 'mg' }]], brands: tablets('tablett', 'Citodon', 'Panocod'), unit: 'tablett', route: 'oral', patterns: ['as-needed'], quantities: [1], prn: { maxPerDay: 4, minIntervalHours: 6, indication: 'smärta' }, purpose: 'mot smärta', weight: 1, dispensable: false, supply: 'prescription' },
  { key: 'diazepam', atc: 'N05BA01', substances: ['diazepam'], strengths: mg(2, 5), brands: tablets('tablett', 'Stesolid', 'Diazepam Teva'), unit: 'tablett', route: 'oral', patterns: ['evening', 'as-needed'], quantities: [1], prn: { maxPerDay: 2, minIntervalHours: 8, indication: 'oro' }, purpose: 'mot oro', weight: 1, dispensable: true, supply: 'prescription' },
  { key: 'amitriptylin', atc: 'N06AA09', substances: ['amitriptylin'], saltNames: ['amitriptylinhydroklorid'], strengths: mg(10, 25), brands: tablets('filmdragerad tablett', 'Saroten', 'Amitriptylin Abcur'), unit: 'tablett', route: 'oral', patterns: ['night'], quantities: [1], purpose: 'mot nervsmärta', weight: 1, dispensable: true, supply: 'prescription' },
  { key: 'tolterodin', atc: 'G04BD07', substances: ['tolterodin'], saltNames: ['tolterodintartrat'], strengths: mg(1, 2), brands: tablets('filmdragerad tablett', 'Detrusitol', 'Tolterodin Teva'), unit: 'tablett', route: 'oral', patterns: ['twice'], quantities: [1], purpose: 'mot trängningar', weight: 1, dispensable: true, supply: 'prescription' },
  { key: 'propiomazin', atc: 'N05CM06', substances: ['propiomazin'], saltNames: ['propiomazinmaleat'], strengths: mg(25), brands: tablets('tablett', 'Propavan'), unit: 'tablett', route: 'oral', patterns: ['night'], quantities: [1], purpose: 'mot sömnbesvär', weight: 1, dispensable: true, supply: 'prescription' },
  // Drugs whose daily dose or regimen the older-patient rules look at.
  { key: 'risperidon', atc: 'N05AX08', substances: ['risperidon'], strengths: mg(0.5, 1), brands: tablets('filmdragerad tablett', 'Risperdal', 'Risperidon Krka'), unit: 'tablett', route: 'oral', patterns: ['evening', 'twice'], quantities: [1], purpose: 'mot oro och förvirring', weight: 2, dispensable: true, supply: 'prescription' },
  { key: 'ibuprofen', atc: 'M01AE01', substances: ['ibuprofen'], strengths: mg(200, 400), brands: tablets('filmdragerad tablett', 'Ipren', 'Ibuprofen Orifarm'), unit: 'tablett', route: 'oral', patterns: ['thrice', 'as-needed'], quantities: [1], prn: { maxPerDay: 3, minIntervalHours: 6, indication: 'smärta' }, purpose: 'mot smärta', weight: 2, dispensable: true, supply: 'prescription' },
  { key: 'melatonin', atc: 'N05CH01', substances: ['melatonin'], strengths: mg(2), brands: tablets('depottablett', 'Circadin', 'Melatonin AGB'), unit: 'tablett', route: 'oral', patterns: ['night'], quantities: [1], purpose: 'mot sömnbesvär', weight: 4, dispensable: true, supply: 'prescription' },
  { key: 'sertralin', atc: 'N06AB06', substances: ['sertralin'], saltNames: ['sertralinhydroklorid'], strengths: mg(25, 50, 100), brands: tablets('filmdragerad tablett', 'Zoloft', 'Sertralin Teva', 'Sertralin Sandoz'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1, 2], purpose: 'mot nedstämdhet', weight: 10, dispensable: true, supply: 'prescription' },
  { key: 'citalopram', atc: 'N06AB04', substances: ['citalopram'], saltNames: ['citalopramhydrobromid'], strengths: mg(10, 20), brands: tablets('filmdragerad tablett', 'Cipramil', 'Citalopram Bluefish'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot nedstämdhet', weight: 6, dispensable: true, supply: 'prescription' },
  { key: 'mirtazapin', atc: 'N06AX11', substances: ['mirtazapin'], strengths: mg(15, 30), brands: tablets('filmdragerad tablett', 'Remeron', 'Mirtazapin Krka'), unit: 'tablett', route: 'oral', patterns: ['night'], quantities: [1], purpose: 'mot nedstämdhet', weight: 10, dispensable: true, supply: 'prescription' },
  { key: 'donepezil', atc: 'N06DA02', substances: ['donepezil'], saltNames: ['donepezilhydroklorid'], strengths: mg(5, 10), brands: tablets('filmdragerad tablett', 'Aricept', 'Donepezil Krka'), unit: 'tablett', route: 'oral', patterns: ['evening'], quantities: [1], purpose: 'mot minnessvikt', weight: 5, dispensable: true, supply: 'prescription' },
  { key: 'memantin', atc: 'N06DX01', substances: ['memantin'], strengths: mg(10, 20), brands: tablets('filmdragerad tablett', 'Ebixa', 'Memantin Teva'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot minnessvikt', weight: 3, dispensable: true, supply: 'prescription' },
  { key: 'levotyroxin', atc: 'H03AA01', substances: ['levotyroxin'], saltNames: ['levotyroxinnatrium'], strengths: mikrog(25, 50, 75, 100), brands: tablets('tablett', 'Levaxin', 'Euthyrox'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot låg ämnesomsättning', weight: 12, dispensable: true, supply: 'prescription' },
  { key: 'prednisolon', atc: 'H02AB06', substances: ['prednisolon'], strengths: mg(5, 10), brands: tablets('tablett', 'Prednisolon Pfizer', 'Prednisolon Alternova'), unit: 'tablett', route: 'oral', patterns: ['taper', 'morning'], quantities: [1], purpose: 'mot inflammation', weight: 5, dispensable: true, supply: 'prescription' },
  { key: 'alendronsyra', atc: 'M05BA04', substances: ['alendronsyra'], strengths: mg(70), brands: tablets('tablett', 'Fosamax', 'Alendronat Sandoz'), unit: 'tablett', route: 'oral', patterns: ['weekly'], quantities: [1], purpose: 'mot benskörhet', weight: 5, dispensable: true, supply: 'prescription' },
  { key: 'kalcium och d-vitamin', atc: 'A12AX', substances: ['kalciumkarbonat', 'kolekalciferol'], strengths: [[{ value: 500, unit: 'mg' }, { value: 10, unit: 'mikrog' }]], brands: tablets('tuggtablett', 'Calcichew-D3', 'Kalcipos-D'), unit: 'tablett', route: 'oral', patterns: ['twice', 'morning'], quantities: [1], purpose: 'mot benskörhet', weight: 12, dispensable: true, supply: 'prescription' },
  { key: 'cyanokobalamin', atc: 'B03BA01', substances: ['cyanokobalamin'], strengths: mg(1), brands: tablets('tablett', 'Behepan', 'Betolvex'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot B12-brist', weight: 10, dispensable: true, supply: 'prescription' },
  { key: 'folsyra', atc: 'B03BB01', substances: ['folsyra'], strengths: mg(1, 5), brands: tablets('tablett', 'Folacin', 'Folsyra Evolan'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot folsyrabrist', weight: 5, dispensable: true, supply: 'prescription' },
  { key: 'kaliumklorid', atc: 'A12BA01', substances: ['kaliumklorid'], strengths: mg(750), brands: tablets('depottablett', 'Kaleorid', 'Kaliumklorid Orifarm'), unit: 'tablett', route: 'oral', patterns: ['twice'], quantities: [1], purpose: 'mot kaliumbrist', weight: 4, dispensable: true, supply: 'prescription' },
  { key: 'tamsulosin', atc: 'G04CA02', substances: ['tamsulosin'], saltNames: ['tamsulosinhydroklorid'], strengths: mg(0.4), brands: tablets('depotkapsel, hård', 'Omnic', 'Tamsulosin Sandoz'), unit: 'kapsel', route: 'oral', patterns: ['evening'], quantities: [1], purpose: 'mot urineringsbesvär', weight: 6, dispensable: true, supply: 'prescription' },
  { key: 'finasterid', atc: 'G04CB01', substances: ['finasterid'], strengths: mg(5), brands: tablets('filmdragerad tablett', 'Proscar', 'Finasterid Teva'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot urineringsbesvär', weight: 3, dispensable: true, supply: 'prescription' },
  { key: 'salbutamol', atc: 'R03AC02', substances: ['salbutamol'], saltNames: ['salbutamolsulfat'], strengths: mikrog(100), brands: tablets('inhalationsspray, suspension', 'Ventoline Evohaler', 'Airomir'), unit: 'dos', route: 'inhalation', patterns: ['as-needed'], quantities: [1, 2], prn: { maxPerDay: 8, minIntervalHours: 4, indication: 'andnöd' }, purpose: 'mot andnöd', weight: 6, dispensable: false, supply: 'prescription' },
  { key: 'budesonid och formoterol', atc: 'R03AK07', substances: ['budesonid', 'formoterol'], strengths: [[{ value: 160, unit: 'mikrog' }, { value: 4.5, unit: 'mikrog' }]], brands: tablets('inhalationspulver', 'Symbicort Turbuhaler', 'Bufomix Easyhaler'), unit: 'dos', route: 'inhalation', patterns: ['twice'], quantities: [1, 2], purpose: 'mot KOL', weight: 5, dispensable: false, supply: 'prescription' },
  { key: 'latanoprost', atc: 'S01EE01', substances: ['latanoprost'], strengths: [[{ value: 50, unit: 'mikrog/ml' }]], brands: tablets('ögondroppar, lösning', 'Xalatan', 'Latanoprost Teva'), unit: 'droppe', route: 'okulär', patterns: ['evening'], quantities: [1], purpose: 'mot grön starr', weight: 4, dispensable: false, supply: 'prescription' },
  { key: 'enalapril comp', atc: 'C09BA02', substances: ['enalapril', 'hydroklortiazid'], strengths: [[{ value: 20, unit: 'mg' }, { value: 12.5, unit: 'mg' }]], brands: tablets('tablett', 'Enalapril comp Sandoz', 'Synerpril'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot högt blodtryck', weight: 4, dispensable: true, supply: 'prescription', split: [{ key: 'enalapril', strength: 20 }, { key: 'hydroklortiazid', strength: 12.5 }] },
  { key: 'losartan comp', atc: 'C09DA01', substances: ['losartan', 'hydroklortiazid'], strengths: [[{ value: 50, unit: 'mg' }, { value: 12.5, unit: 'mg' }]], brands: tablets('filmdragerad tablett', 'Cozaar Comp', 'Losartan/Hydroklortiazid Krka'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot högt blodtryck', weight: 4, dispensable: true, supply: 'prescription', split: [{ key: 'losartan', strength: 50 }, { key: 'hydroklortiazid', strength: 12.5 }] },
  { key: 'cetirizin', atc: 'R06AE07', substances: ['cetirizin'], strengths: mg(10), brands: tablets('filmdragerad tablett', 'Cetirizin Bluefish', 'Zyrlex'), unit: 'tablett', route: 'oral', patterns: ['morning'], quantities: [1], purpose: 'mot allergi', weight: 3, dispensable: false, supply: 'self-care' },
  { key: 'dalteparin', atc: 'B01AB04', substances: ['dalteparin'], saltNames: ['dalteparinnatrium'], strengths: [[{ value: 5000, unit: 'E' }]], brands: tablets('injektionsvätska, lösning, förfylld spruta', 'Fragmin'), unit: 'dos', route: 'subkutan', patterns: ['evening'], quantities: [1], purpose: 'mot blodpropp', weight: 2, dispensable: false, supply: 'ward-stock' },
  { key: 'natriumklorid', atc: 'B05XA03', substances: ['natriumklorid'], strengths: [[{ value: 9, unit: 'mg/ml' }]], brands: tablets('infusionsvätska, lösning', 'Natriumklorid Fresenius Kabi', 'Natriumklorid B. Braun'), unit: 'ml', route: 'intravenös', patterns: ['morning'], quantities: [500, 1000], purpose: 'vätskeersättning', weight: 2, dispensable: false, supply: 'ward-stock' },
];

/**
 * As-needed injections for expected symptoms at the end of life, drawn for palliative patients only,
 * each with the share of palliative patients who have it: below the national target of 98 % for
 * opioid and anxiolytic, so that follow-up has something to show. Given from the municipality's
 * stock (ward stock) or on prescription.
 */
export const PALLIATIVE_INJECTIONS: ReadonlyArray<{ readonly drugs: ReadonlyArray<CatalogueDrug>; readonly presence: number }> = [
  {
    presence: 0.95,
    // Oxycodone (or hydromorphone) for a patient who already takes morphine: one substance is never drawn twice.
    drugs: [
      { key: 'morfin injektion', atc: 'N02AA01', substances: ['morfin'], saltNames: ['morfinhydroklorid'], strengths: [[{ value: 10, unit: 'mg/ml' }]], brands: tablets('injektionsvätska, lösning', 'Morfin Meda', 'Morfin Abcur'), unit: 'mg', route: 'subkutan', patterns: ['as-needed'], quantities: [2.5, 5], prn: { maxPerDay: 6, minIntervalHours: 1, indication: 'smärta' }, purpose: 'mot smärta', weight: 0, dispensable: false, supply: 'ward-stock' },
      { key: 'oxikodon injektion', atc: 'N02AA05', substances: ['oxikodon'], saltNames: ['oxikodonhydroklorid'], strengths: [[{ value: 10, unit: 'mg/ml' }]], brands: tablets('injektionsvätska, lösning', 'OxyNorm', 'Oxikodon Sandoz'), unit: 'mg', route: 'subkutan', patterns: ['as-needed'], quantities: [2.5, 5], prn: { maxPerDay: 6, minIntervalHours: 1, indication: 'smärta' }, purpose: 'mot smärta', weight: 0, dispensable: false, supply: 'ward-stock' },
      { key: 'hydromorfon injektion', atc: 'N02AA03', substances: ['hydromorfon'], saltNames: ['hydromorfonhydroklorid'], strengths: [[{ value: 2, unit: 'mg/ml' }]], brands: tablets('injektionsvätska, lösning', 'Palladon', 'Hydromorphone Kalceks'), unit: 'mg', route: 'subkutan', patterns: ['as-needed'], quantities: [0.5, 1], prn: { maxPerDay: 6, minIntervalHours: 1, indication: 'smärta' }, purpose: 'mot smärta', weight: 0, dispensable: false, supply: 'ward-stock' },
    ],
  },
  {
    presence: 0.92,
    drugs: [{ key: 'midazolam injektion', atc: 'N05CD08', substances: ['midazolam'], strengths: [[{ value: 5, unit: 'mg/ml' }]], brands: tablets('injektionsvätska, lösning', 'Midazolam Accord', 'Midazolam Hameln'), unit: 'mg', route: 'subkutan', patterns: ['as-needed'], quantities: [2.5], prn: { maxPerDay: 6, minIntervalHours: 1, indication: 'ångest' }, purpose: 'mot ångest', weight: 0, dispensable: false, supply: 'ward-stock' }],
  },
  {
    presence: 0.85,
    drugs: [{ key: 'haloperidol injektion', atc: 'N05AD01', substances: ['haloperidol'], strengths: [[{ value: 5, unit: 'mg/ml' }]], brands: tablets('injektionsvätska, lösning', 'Haldol'), unit: 'mg', route: 'subkutan', patterns: ['as-needed'], quantities: [1], prn: { maxPerDay: 2, minIntervalHours: 4, indication: 'illamående' }, purpose: 'mot illamående', weight: 0, dispensable: false, supply: 'ward-stock' }],
  },
  {
    presence: 0.8,
    drugs: [{ key: 'glykopyrron injektion', atc: 'A03AB02', substances: ['glykopyrronium'], saltNames: ['glykopyrroniumbromid'], strengths: [[{ value: 0.2, unit: 'mg/ml' }]], brands: tablets('injektionsvätska, lösning', 'Robinul', 'Glycopyrronium Martindale'), unit: 'mg', route: 'subkutan', patterns: ['as-needed'], quantities: [0.2], prn: { maxPerDay: 4, minIntervalHours: 4, indication: 'rosslighet' }, purpose: 'mot rosslighet', weight: 0, dispensable: false, supply: 'ward-stock' }],
  },
];

/**
 * The substance keys a drug occupies on a patient's list (a combination product occupies its parts),
 * so that one patient never holds a substance twice except where a duplicate is injected.
 *
 * @example
 * occupiedSubstances(enalaprilComp) // ['enalapril', 'hydroklortiazid']
 */
export const occupiedSubstances = (drug: CatalogueDrug): ReadonlyArray<string> => drug.substances;

/**
 * A catalogue drug for list-length benchmarks beyond the real catalogue: a once-daily tablet of an
 * invented substance `syntetisk substans N`, so that lists of hundreds of items stay free of
 * accidental duplicates.
 *
 * @example
 * inventedDrug(417).substances // ['syntetisk substans 417']
 */
export const inventedDrug = (n: number): CatalogueDrug => ({
  key: `syntetisk substans ${n}`,
  atc: 'V03AX',
  substances: [`syntetisk substans ${n}`],
  strengths: mg(5, 10),
  brands: tablets('tablett', `Syntetica ${n}`, `Synteticum ${n} Teva`),
  unit: 'tablett',
  route: 'oral',
  patterns: ['morning', 'evening', 'twice'],
  quantities: [1],
  purpose: 'syntetisk',
  weight: 1,
  dispensable: true,
  supply: 'prescription',
});
