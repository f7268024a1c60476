import type { IsoDate, Source } from '../model';
import { sameCell, sideValues, type Cell } from './cell';
import type { Columns, DoseColumn, SubstanceStrength } from './columns';

/** The values of the columns a change is reported for: dose, form and strength. */
export interface ChangedFields {
  readonly dose: DoseColumn;
  readonly form: string;
  readonly strength: SubstanceStrength;
}

/** A line as a list, earlier or now, holds it: enough to tell what changed. */
export interface ComparableLine {
  readonly key: string;
  readonly drug: string;
  readonly columns: Pick<Columns, 'state' | 'dose' | 'form' | 'strength' | 'purpose'>;
}

/**
 * One entry of the läkemedelsberättelse, the changes since the previous handover:
 * - `started` (insatt): in force now on `sources`, not in force there before; `purpose` as the
 *   sources give it;
 * - `stopped` (utsatt): in force before on `sources`, not now; the date and reason of the
 *   discontinuation where a source gives one; `absent` when the drug is on neither list any more;
 * - `changed` (ändrat): dose, form or strength differs from before on `sources` (sides in force both
 *   times); both cells are kept. The formats record no reason for a change, so none is given.
 */
export type Change =
  | { readonly kind: 'started'; readonly key: string; readonly drug: string; readonly sources: ReadonlyArray<Source>; readonly purpose: ReadonlyArray<string> }
  | {
      readonly kind: 'stopped';
      readonly key: string;
      readonly drug: string;
      readonly sources: ReadonlyArray<Source>;
      readonly absent: boolean;
      readonly date: IsoDate | null;
      readonly reason: string | null;
    }
  | {
      readonly [F in keyof ChangedFields]: {
        readonly kind: 'changed';
        readonly key: string;
        readonly drug: string;
        readonly field: F;
        readonly sources: ReadonlyArray<Source>;
        readonly before: Cell<ChangedFields[F]>;
        readonly after: Cell<ChangedFields[F]>;
      };
    }[keyof ChangedFields];

/** The changes since the previous handover: the list compared against (null when none was given) and the entries. */
export interface Changes {
  readonly previous: { readonly asOf: IsoDate } | null;
  readonly entries: ReadonlyArray<Change>;
}

const SOURCES: ReadonlyArray<Source> = ['cosmic', 'pascal'];
const FIELDS: ReadonlyArray<keyof ChangedFields> = ['dose', 'form', 'strength'];
const KIND_ORDER: ReadonlyArray<Change['kind']> = ['started', 'stopped', 'changed'];

const inForce = (line: ComparableLine | undefined): ReadonlyArray<Source> =>
  line === undefined ? [] : SOURCES.filter((s) => sideValues(line.columns.state, s).some((v) => v.kind === 'active'));

/**
 * What was started, stopped and changed (dose, form, strength) between the previous handover's lines
 * and the current ones, matched by drug (the key of their substances), side by side.
 *
 * @example
 * changesSince({ asOf: '2026-11-01', lines: before }, now)
 * // { previous: { asOf: '2026-11-01' }, entries: [started oxikodon (cosmic), stopped zopiklon (cosmic, 2026-11-15, 'fallrisk, dagtrötthet'), changed furosemid dose (cosmic)] }
 */
export const changesSince = (
  previous: { readonly asOf: IsoDate; readonly lines: ReadonlyArray<ComparableLine> },
  current: ReadonlyArray<ComparableLine>,
): Changes => {
  const before = new Map(previous.lines.map((l) => [l.key, l]));
  const now = new Map(current.map((l) => [l.key, l]));
  const keys = [...new Set([...before.keys(), ...now.keys()])];
  const entries: Change[] = [];
  for (const key of keys) {
    const was = before.get(key);
    const is = now.get(key);
    const drug = (is ?? was)!.drug;
    const wasInForce = inForce(was);
    const isInForce = inForce(is);
    const started = isInForce.filter((s) => !wasInForce.includes(s));
    const stopped = wasInForce.filter((s) => !isInForce.includes(s));
    if (started.length > 0) entries.push({ kind: 'started', key, drug, sources: started, purpose: is === undefined ? [] : [...new Set(started.flatMap((s) => sideValues(is.columns.purpose, s).flatMap((p) => (typeof p === 'string' ? [p] : []))))] });
    if (stopped.length > 0) {
      const states = is === undefined ? [] : stopped.flatMap((s) => sideValues(is.columns.state, s));
      const stop = states.find((v) => v.kind === 'discontinued') ?? states.find((v) => v.kind !== 'active');
      entries.push({ kind: 'stopped', key, drug, sources: stopped, absent: is === undefined, date: stop?.date ?? null, reason: stop?.reason ?? null });
    }
    if (was === undefined || is === undefined) continue;
    const both = isInForce.filter((s) => wasInForce.includes(s));
    for (const field of FIELDS) {
      const beforeCell = was.columns[field] as Cell<unknown>;
      const afterCell = is.columns[field] as Cell<unknown>;
      const sources = both.filter((s) => !sameCell({ kind: 'same', value: sideValues(beforeCell, s) }, { kind: 'same', value: sideValues(afterCell, s) }));
      if (sources.length > 0) entries.push({ kind: 'changed', key, drug, field, sources, before: beforeCell, after: afterCell } as Change);
    }
  }
  entries.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.drug < b.drug ? -1 : a.drug > b.drug ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { previous: { asOf: previous.asOf }, entries };
};

/** No previous list was given: nothing to compare. */
export const NO_CHANGES: Changes = { previous: null, entries: [] };
