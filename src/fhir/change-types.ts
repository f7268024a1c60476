import type { HandoverList } from '../handover';
import type { ChangeType } from './systems';

/**
 * Patient Medicine Change Types decided from a handover's changes since the previous list
 * (läkemedelsberättelse), for `toFhir`: one per drug of the list, by the drug's name on the line, and
 * the drugs of the previous list that are gone from both systems.
 */
export interface ChangeTypes {
  readonly byDrug: ReadonlyMap<string, ChangeType>;
  readonly gone: ReadonlyArray<string>;
}

/**
 * The change type of every line of a handover list: `prescribed` when started since the previous list,
 * `ceased` when stopped, `changed` when its dose, form or strength changed, else `unchanged`.
 * Undefined when the handover was made without a previous list: then nothing can be flagged.
 *
 * @example
 * changeTypesOfHandover(list)?.byDrug.get('oxikodon') // 'prescribed'
 */
export const changeTypesOfHandover = (list: HandoverList): ChangeTypes | undefined => {
  if (list.changes.previous === null) return undefined;
  const kindsByKey = new Map<string, Set<string>>();
  for (const change of list.changes.entries) kindsByKey.set(change.key, (kindsByKey.get(change.key) ?? new Set()).add(change.kind));
  const typeOf = (key: string): ChangeType => {
    const kinds = kindsByKey.get(key);
    if (kinds === undefined) return 'unchanged';
    return kinds.has('started') ? 'prescribed' : kinds.has('stopped') ? 'ceased' : 'changed';
  };
  const lines = [...list.lines, ...list.inactive];
  return {
    byDrug: new Map(lines.map((line) => [line.drug, typeOf(line.key)])),
    gone: list.changes.entries.flatMap((c) => (c.kind === 'stopped' && c.absent ? [c.drug] : [])),
  };
};
