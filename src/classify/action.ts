import type { DiscrepancyKind } from '../diff';
import { otherSource, type Source } from '../model';
import type { Action, ActionStep } from './deviation';
import { DOSE_BAG_STEP, KIND_RULES, SYSTEM_NAME, UPDATE_STEP, type StepTemplate } from './rules';

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);

const step = (t: StepTemplate, sv: Readonly<Record<string, string>>, en: Readonly<Record<string, string>>): ActionStep => ({
  actor: t.actor,
  sv: fill(t.sv, sv),
  en: fill(t.en, en),
});

/**
 * What must happen for a deviation and who does it, from the kind's rule in KIND_RULES: the decision,
 * then (for `by-direction` rules) updating the list that did not change, then (for a dose-dispensed
 * item whose bags may be wrong) the nurse's check of the dose bags.
 *
 * @example
 * actionFor('dose', 'furosemid', 'cosmic', true).sv
 * // 'förskrivare bekräftar dos för furosemid; ansvarig läkare uppdaterar Pascal om ändringen i journalen står fast; sjuksköterska kontrollerar dospåsar innan nästa dos av furosemid ges'
 */
export const actionFor = (kind: DiscrepancyKind, drug: string, changedMostRecently: Source | null, doseDispensed: boolean): Action => {
  const rule = KIND_RULES[kind];
  const steps: ActionStep[] = [step(rule.decide, { drug }, { drug })];
  if (rule.update === 'by-direction') {
    if (changedMostRecently === null) steps.push(step(UPDATE_STEP.unknown, {}, {}));
    else {
      const changed = SYSTEM_NAME[changedMostRecently];
      const target = SYSTEM_NAME[otherSource(changedMostRecently)];
      steps.push(step(UPDATE_STEP.known, { changed: changed.sv, target: target.sv }, { changed: changed.en, target: target.en }));
    }
  }
  if (rule.checkDoseBags && doseDispensed) steps.push(step(DOSE_BAG_STEP, { drug }, { drug }));
  return { sv: steps.map((s) => s.sv).join('; '), en: steps.map((s) => s.en).join('; '), steps };
};
