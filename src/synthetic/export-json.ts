/**
 * The two export documents as the generator writes them: plain JSON shapes of
 * ../shared/formats/README.md (the decoder, not these types, is the contract).
 */

/** A dose of one day, or of a dose step. */
export interface DoseJson {
  readonly time: string;
  readonly quantity: number;
  readonly unit: string;
}

/** A dose step (doseringssteg). */
export interface StepJson {
  readonly from: string;
  readonly to?: string;
  readonly doses: ReadonlyArray<DoseJson>;
}

/** As-needed dosing (vid behov). */
export interface AsNeededJson {
  readonly quantity: number;
  readonly unit?: string;
  readonly maxPerDay?: number;
  readonly minIntervalHours?: number;
  readonly indication?: string;
}

/** A dosage as written by either system. */
export interface DosageJson {
  readonly text: string;
  readonly doses?: ReadonlyArray<DoseJson>;
  readonly intervalDays?: number;
  readonly weekdays?: ReadonlyArray<string>;
  readonly asNeeded?: AsNeededJson;
  readonly steps?: ReadonlyArray<StepJson>;
}

/** A product. */
export interface ProductJson {
  readonly name: string;
  readonly nplId?: string;
  readonly atc?: string;
  readonly substances: ReadonlyArray<{ readonly name: string; readonly strength?: { readonly value: number; readonly unit: string } }>;
  readonly form?: string;
}

/** The parts both item kinds share. */
interface ItemJson {
  readonly product: ProductJson;
  readonly route?: string;
  readonly dosage: DosageJson;
  readonly period: { readonly start: string; readonly end?: string };
  readonly discontinued?: { readonly date: string; readonly reason?: string };
  readonly purpose?: string;
}

/** A journal ordination. */
export interface OrdinationJson extends ItemJson {
  readonly ordinationId: string;
  readonly type: 'continuous' | 'as-needed' | 'course' | 'single';
  readonly supply: 'prescription' | 'ward-stock' | 'self-care' | 'general-directive';
  readonly dispensing?: 'dose-dispensed' | 'whole-package';
}

/** An e-prescription. */
export interface PrescriptionJson extends ItemJson {
  readonly prescriptionId: string;
  readonly dispensing: 'dose-dispensed' | 'whole-package';
  readonly status: 'active' | 'discontinued' | 'cancelled';
  readonly validUntil?: string;
}

/** The patient part of both exports. */
export interface PatientJson {
  readonly id: string;
  readonly birthDate?: string;
  readonly municipality?: string;
  readonly palliative?: boolean;
}

/** One line of the batch input: a patient's journal export and e-prescription list export. */
export interface PatientLine {
  readonly cosmic: {
    readonly source: 'cosmic';
    readonly exportedAt: string;
    readonly unit?: string;
    readonly patient: PatientJson;
    readonly ordinations: ReadonlyArray<OrdinationJson>;
  };
  readonly pascal: {
    readonly source: 'pascal';
    readonly exportedAt: string;
    readonly doseDispensing: boolean;
    readonly patient: PatientJson;
    readonly prescriptions: ReadonlyArray<PrescriptionJson>;
  };
}
