import type { SubjectCategory } from '../../../contracts/conduct-vocabulary.js';
import { statuteOf } from './conduct.deadlines.js';
import { DISCIPLINE_RULES, type DisciplineForm } from './conduct.reference.js';

/** The disciplinary forms in force on `on` for a subject category (dated reference data). */
export function formsValidOn(category: SubjectCategory, on: string, forms: DisciplineForm[] = DISCIPLINE_RULES.forms): DisciplineForm[] {
  return forms.filter((form) => form.category === category && form.effectiveFrom <= on && (form.effectiveTo === null || on <= form.effectiveTo));
}

export function findForm(category: SubjectCategory, code: string, forms: DisciplineForm[] = DISCIPLINE_RULES.forms): DisciplineForm | undefined {
  return forms.find((form) => form.category === category && form.code === code);
}

export type MeasureRefusal = 'form_not_in_force' | 'form_unknown' | 'statute_expired' | 'reprimand_statute_expired';

/**
 * Whether a disciplinary form may be decided on `decisionOn` for the subject: it must exist for the
 * category and be in force that day, and the act must be within the statute of limitations for
 * the form's level (5 years reprimand, 10 years heavier).
 */
export function checkDisciplineForm(input: {
  category: SubjectCategory;
  formCode: string;
  decisionOn: string;
  violationOn: string | null;
}): MeasureRefusal | null {
  const form = findForm(input.category, input.formCode);
  if (!form) return 'form_unknown';
  if (!formsValidOn(input.category, input.decisionOn).some((valid) => valid.code === form.code)) return 'form_not_in_force';
  const statute = statuteOf(input.violationOn, input.decisionOn);
  if (statute.status === 'expired') return 'statute_expired';
  if (statute.status === 'reprimand_level_expired' && form.level === 'reprimand') return 'reprimand_statute_expired';
  return null;
}
