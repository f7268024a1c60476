import type { DecisionsDocument } from '../decisions';
import type { PendingDecision } from './apply';

/**
 * The decisions the register applies, by patient id, from decoded decisions documents: every entry
 * with a choice from a document that names who decided and when (a template, with no one deciding,
 * decides nothing). A later document for the same deviation (by its decision time) replaces an
 * earlier one. A pharmacist's or nurse's choice is kept with its role: it is a proposal, and the
 * register shows it as one.
 *
 * @example
 * pendingDecisions([doc]).get('19121212-1212') // [{ runId: 'dose:C-2:P-2', fingerprint: 'v1:3f9a0c2b7d41e865', facts: { choice: 'cosmic', … } }]
 */
export const pendingDecisions = (documents: ReadonlyArray<DecisionsDocument>): ReadonlyMap<string, ReadonlyArray<PendingDecision>> => {
  const byPatient = new Map<string, Map<string, PendingDecision>>();
  const ordered = [...documents].sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? ''));
  for (const doc of ordered) {
    if (doc.decidedBy === null || doc.decidedAt === null) continue;
    let mine = byPatient.get(doc.patient.id);
    if (mine === undefined) byPatient.set(doc.patient.id, (mine = new Map()));
    for (const entry of doc.decisions) {
      if (entry.choice === null) continue;
      mine.set(`${entry.deviation}\u0000${entry.fingerprint}`, {
        runId: entry.deviation,
        fingerprint: entry.fingerprint,
        facts: { choice: entry.choice, decidedBy: doc.decidedBy.name, role: doc.decidedBy.role, decidedAt: doc.decidedAt, comment: entry.comment },
      });
    }
  }
  return new Map([...byPatient].map(([id, m]) => [id, [...m.values()]]));
};
