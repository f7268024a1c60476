import { CATALOGUE, type CatalogueDrug } from './catalogue';
import { shiftDate } from './dates';
import { dosageJson, swedish, type Writing } from './dosing';
import type { OrdinationJson, PrescriptionJson, ProductJson } from './export-json';
import type { PlannedDrug } from './plan';
import type { Random } from './random';

/** How one system writes a patient's items: its clock times and text style, and its item-id prefix. */
export interface SideWriting {
  readonly writing: Writing;
  readonly nextId: () => string;
}

/** The items one planned drug became on each side (a combination written as parts has several). */
export interface RenderedDrug {
  readonly planned: PlannedDrug;
  readonly cosmic: ReadonlyArray<OrdinationJson>;
  readonly pascal: ReadonlyArray<PrescriptionJson>;
}

/**
 * A synthetic NPL-id (14 digits) for a drug, brand and strength of the catalogue: stable, and
 * different for every product.
 *
 * @example
 * syntheticNplId(3, 1, 2) // '21000301020001'
 */
export const syntheticNplId = (catalogueIndex: number, brandIndex: number, strengthIndex: number): string =>
  `21${String(catalogueIndex).padStart(4, '0')}${String(brandIndex).padStart(2, '0')}${String(strengthIndex).padStart(2, '0')}0001`;

const strengthText = (drug: CatalogueDrug, strengthIndex: number): string =>
  (drug.strengths[strengthIndex] ?? []).map((s) => swedish(s.value)).join('/') + ` ${drug.strengths[strengthIndex]?.[0]?.unit ?? ''}`;

/**
 * A product of the catalogue as one system names it: brand, strength and form, with its NPL-id and
 * ATC code most of the time, and the substance under its salt name now and then.
 *
 * @example
 * productJson(random, furosemid, 6, 1, 0) // { name: 'Furix 40 mg tablett', nplId: '21000600010001', atc: 'C03CA01', substances: [...], form: 'tablett' }
 */
export const productJson = (random: Random, drug: CatalogueDrug, catalogueIndex: number, strengthIndex: number, brandIndex: number): ProductJson => {
  const brand = drug.brands[brandIndex] ?? drug.brands[0]!;
  const salt = random.chance(0.3);
  return {
    name: `${brand.name} ${strengthText(drug, strengthIndex)} ${brand.form}`,
    ...(random.chance(0.85) ? { nplId: syntheticNplId(catalogueIndex, brandIndex, strengthIndex) } : {}),
    ...(random.chance(0.95) ? { atc: drug.atc } : {}),
    substances: drug.substances.map((name, i) => ({
      name: salt ? (drug.saltNames?.[i] ?? name) : name,
      strength: drug.strengths[strengthIndex]![i]!,
    })),
    form: brand.form,
  };
};

const ROUTES_ORAL = ['oral', 'oral', 'oral', 'po', 'peroral'];

const itemType = (p: PlannedDrug): OrdinationJson['type'] =>
  p.dosing.kind === 'as-needed' ? 'as-needed' : p.dosing.kind === 'taper' ? 'course' : 'continuous';

interface ItemPart {
  readonly drug: CatalogueDrug;
  readonly catalogueIndex: number;
  readonly strengthIndex: number;
}

/** The products a side writes for a planned drug: the combination itself, or its separate parts. */
const partsOf = (p: PlannedDrug, separate: boolean): ReadonlyArray<ItemPart> => {
  if (!separate || p.drug.split === undefined) return [{ drug: p.drug, catalogueIndex: p.catalogueIndex, strengthIndex: p.strengthIndex }];
  return p.drug.split.map((part) => {
    const catalogueIndex = CATALOGUE.findIndex((d) => d.key === part.key);
    const drug = CATALOGUE[catalogueIndex]!;
    return { drug, catalogueIndex, strengthIndex: Math.max(0, drug.strengths.findIndex((s) => s[0]?.value === part.strength)) };
  });
};

/**
 * Writes a planned drug as journal ordinations: on prescription, self-care or ward stock, with its
 * dispensing most of the time, and a discontinuation or planned end where it is history.
 */
const ordinations = (random: Random, p: PlannedDrug, side: SideWriting): ReadonlyArray<OrdinationJson> =>
  partsOf(p, p.split === 'cosmic').map((part) => {
    const end = p.history?.kind === 'ended' ? p.history.end : p.end;
    return {
      ordinationId: side.nextId(),
      product: productJson(random, part.drug, part.catalogueIndex, part.strengthIndex, random.int(0, part.drug.brands.length - 1)),
      route: part.drug.route === 'oral' ? random.pick(ROUTES_ORAL) : part.drug.route,
      type: itemType(p),
      supply: p.supply,
      ...(p.supply === 'prescription' && random.chance(0.8) ? { dispensing: p.dispensing } : {}),
      dosage: dosageJson(p.dosing, part.drug.unit, side.writing),
      period: { start: p.start, ...(end === undefined ? {} : { end }) },
      ...(p.history?.kind === 'discontinued' ? { discontinued: { date: p.history.date, reason: p.history.reason } } : {}),
      purpose: part.drug.purpose,
    };
  });

/** Writes a planned drug on prescription as e-prescriptions, valid well past the reconciliation date. */
const prescriptions = (random: Random, p: PlannedDrug, side: SideWriting, asOf: string): ReadonlyArray<PrescriptionJson> =>
  p.supply !== 'prescription'
    ? []
    : partsOf(p, p.split === 'pascal').map((part) => {
        const end = p.history?.kind === 'ended' ? p.history.end : p.end;
        return {
          prescriptionId: side.nextId(),
          product: productJson(random, part.drug, part.catalogueIndex, part.strengthIndex, random.int(0, part.drug.brands.length - 1)),
          route: part.drug.route === 'oral' ? random.pick(ROUTES_ORAL) : part.drug.route,
          dispensing: p.dispensing,
          status: p.history?.kind === 'discontinued' ? 'discontinued' : 'active',
          dosage: dosageJson(p.dosing, part.drug.unit, side.writing),
          period: { start: p.start, ...(end === undefined ? {} : { end }) },
          ...(p.history?.kind === 'discontinued' ? { discontinued: { date: p.history.date, reason: p.history.reason } } : {}),
          validUntil: shiftDate(asOf, random.int(30, 400)),
          purpose: part.drug.purpose,
        };
      });

/**
 * Writes a planned drug on both sides, each in its own way (product, clock times, text, route
 * spelling), so that the two agree clinically but not letter for letter.
 *
 * @example
 * renderDrug(random, planned, cosmicSide, pascalSide, '2026-11-20') // { planned, cosmic: [ordination], pascal: [prescription] }
 */
export const renderDrug = (random: Random, planned: PlannedDrug, cosmic: SideWriting, pascal: SideWriting, asOf: string): RenderedDrug => ({
  planned,
  cosmic: ordinations(random, planned, cosmic),
  pascal: prescriptions(random, planned, pascal, asOf),
});
