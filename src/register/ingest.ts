import * as E from 'fp-ts/lib/Either.js';
import type { RawLine } from '../batch';
import { parseJson } from '../decode';
import { redactPersonnummer } from '../model';
import { applyObservation, type PendingDecision } from './apply';
import { observationOf, type PatientObservation } from './observation';
import type { DeviationRow, PatientRow, PatientState } from './row';
import type { RegisterStore, RegisterTransaction } from './store';

/** One batch result file to ingest: its name (for messages) and its lines. */
export interface IngestSource {
  readonly file: string;
  readonly lines: AsyncIterable<RawLine>;
}

/** A result line that could not be read: file, line number, JSON path and what was expected. */
export interface IngestProblem {
  readonly file: string;
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

/**
 * What an ingest did: lines read, patients applied, patients skipped because the register already
 * holds a later run of them (`stale`), deviations opened, resolved and reopened, decisions applied,
 * and the lines that could not be read (counted; the first 20 kept).
 */
export interface IngestReport {
  readonly files: ReadonlyArray<string>;
  readonly lines: number;
  readonly patients: number;
  readonly stale: number;
  readonly opened: number;
  readonly resolved: number;
  readonly reopened: number;
  readonly decided: number;
  readonly unreadable: { readonly lines: number; readonly first: ReadonlyArray<IngestProblem> };
}

/** Why an ingest failed as a whole: the store failed (the register is as it was before). */
export interface IngestFailure {
  readonly message: string;
}

/** Options of `ingest`: patients per chunk (read, applied and written together) and a progress callback. */
export interface IngestOptions {
  readonly chunkSize?: number;
  readonly decisions?: ReadonlyMap<string, ReadonlyArray<PendingDecision>>;
  readonly onProgress?: (linesRead: number) => void;
}

const KEPT_PROBLEMS = 20;

interface Tally {
  lines: number;
  patients: number;
  stale: number;
  opened: number;
  resolved: number;
  reopened: number;
  decided: number;
  unreadable: number;
  first: IngestProblem[];
}

const applyChunk = async (tx: RegisterTransaction, chunk: ReadonlyArray<PatientObservation>, t: Tally, decisions: ReadonlyMap<string, ReadonlyArray<PendingDecision>>): Promise<void> => {
  const loaded = await tx.load(chunk.map((o) => o.patientId));
  const states = new Map<string, PatientState>(loaded);
  const patients = new Map<string, PatientRow>();
  const deviations = new Map<string, DeviationRow>();
  for (const obs of chunk) {
    const applied = applyObservation(states.get(obs.patientId), obs, decisions.get(obs.patientId) ?? []);
    if (applied.kind === 'stale') {
      t.stale++;
      continue;
    }
    t.patients++;
    states.set(obs.patientId, applied.state);
    if (applied.patientChanged) patients.set(obs.patientId, applied.state.patient);
    for (const row of applied.changed) deviations.set(`${row.patientId}\u0000${row.key}`, row);
    t.opened += applied.counts.opened;
    t.resolved += applied.counts.resolved;
    t.reopened += applied.counts.reopened;
    t.decided += applied.counts.decided;
  }
  await tx.save([...patients.values()], [...deviations.values()]);
};

/**
 * Ingests batch result files into the register (registrera), in one transaction serialised against
 * every other ingest: the files in the order given, each line an observation of its patient on its
 * run's date (`applyObservation`), read and written a chunk of patients at a time so that memory stays
 * flat. A line that cannot be read is counted and reported, never sinks the ingest; a failure of the
 * store (or a killed process) leaves the register exactly as it was (left with the reason).
 *
 * @example
 * await ingest(store, [{ file: 'natt-3.ndjson', lines: readLines(fs.createReadStream('natt-3.ndjson')) }])
 * // right({ lines: 2000, patients: 2000, opened: 31, resolved: 412, reopened: 9, … })
 */
export const ingest = async (store: RegisterStore, sources: ReadonlyArray<IngestSource>, options: IngestOptions = {}): Promise<E.Either<IngestFailure, IngestReport>> => {
  const chunkSize = options.chunkSize ?? 1000;
  const decisions = options.decisions ?? new Map();
  const t: Tally = { lines: 0, patients: 0, stale: 0, opened: 0, resolved: 0, reopened: 0, decided: 0, unreadable: 0, first: [] };
  const problem = (p: IngestProblem) => {
    t.unreadable++;
    if (t.first.length < KEPT_PROBLEMS) t.first.push(p);
  };
  try {
    await store.transaction(async (tx) => {
      let chunk: PatientObservation[] = [];
      for (const source of sources) {
        for await (const line of source.lines) {
          if (line.kind === 'blank') continue;
          t.lines++;
          if (line.kind === 'too-long') {
            problem({ file: source.file, line: line.number, path: '(line)', message: `expected a result line of at most ${line.limit} bytes, got ${line.bytes}` });
            continue;
          }
          const parsed = parseJson(line.text, null);
          if (E.isLeft(parsed)) {
            problem({ file: source.file, line: line.number, path: '(line)', message: parsed.left.message });
            continue;
          }
          const obs = observationOf(parsed.right);
          if (E.isLeft(obs)) {
            problem({ file: source.file, line: line.number, ...obs.left });
            continue;
          }
          chunk.push(obs.right);
          if (chunk.length >= chunkSize) {
            await applyChunk(tx, chunk, t, decisions);
            chunk = [];
            options.onProgress?.(t.lines);
          }
        }
      }
      if (chunk.length > 0) await applyChunk(tx, chunk, t, decisions);
      options.onProgress?.(t.lines);
    });
  } catch (e) {
    return E.left({ message: `registret ${store.where} är oförändrat: ${redactPersonnummer(e instanceof Error ? e.message : String(e))}` });
  }
  return E.right({
    files: sources.map((s) => s.file),
    lines: t.lines,
    patients: t.patients,
    stale: t.stale,
    opened: t.opened,
    resolved: t.resolved,
    reopened: t.reopened,
    decided: t.decided,
    unreadable: { lines: t.unreadable, first: t.first },
  });
};
