import type { Step } from '../../shared/contracts/procedures';

export type DiffKind = 'same' | 'changed' | 'added' | 'removed';
export interface DiffRow {
  key: string;
  kind: DiffKind;
  left: Step | null;
  right: Step | null;
  changedFields: string[];
}

const compared = ['position', 'unit', 'responsiblePosition', 'defaultPerson', 'limit', 'inputs', 'outputs', 'isParallel', 'needsAcceptance'] as const;
const valueOf = (step: Step, field: (typeof compared)[number]) =>
  field === 'unit'
    ? step.unit.id
    : field === 'defaultPerson'
      ? (step.defaultPerson?.id ?? '')
      : field === 'limit'
        ? `${step.limitValue} ${step.limitUnit}`
        : String(step[field]);

/** Pairs the steps of two editions by name (steps keep their name across editions, their ids do not) and says what changed. */
export function diffSteps(left: Step[], right: Step[]): DiffRow[] {
  const rows: DiffRow[] = [];
  const unmatched = [...left];
  for (const step of right) {
    const index = unmatched.findIndex((candidate) => candidate.name.trim().toLowerCase() === step.name.trim().toLowerCase());
    if (index < 0) {
      rows.push({ key: `r-${step.id}`, kind: 'added', left: null, right: step, changedFields: [] });
      continue;
    }
    const [match] = unmatched.splice(index, 1);
    const changedFields = compared.filter((field) => valueOf(match, field) !== valueOf(step, field));
    rows.push({ key: `p-${step.id}`, kind: changedFields.length ? 'changed' : 'same', left: match, right: step, changedFields });
  }
  for (const step of unmatched) rows.push({ key: `l-${step.id}`, kind: 'removed', left: step, right: null, changedFields: [] });
  return rows;
}
