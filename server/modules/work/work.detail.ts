import type { Actor } from '../../platform/actor.js';
import { type PresentContext, presentTaskSummary } from './work.presenter.js';
import type { CollaboratorRow, TaskDetailRow } from './work.repository.js';

/** Whether the actor, or the actor's unit, is among a task's collaborators. */
export const isCollaboratorIn = (collaborators: CollaboratorRow[], actor: Pick<Actor, 'personId' | 'unitId'>) =>
  collaborators.some((c) => (c.personId !== null && c.personId === actor.personId) || (c.unitId !== null && c.unitId === actor.unitId));

/** One task as GET /tasks/:id shows it, and as a command on it answers: the summary, what it asks for, who works on it. */
export function presentTaskDetail(row: TaskDetailRow, collaborators: CollaboratorRow[], context: PresentContext, isCollaborator: boolean) {
  return {
    ...presentTaskSummary(row, context, isCollaborator),
    description: row.task.description,
    expectedOutput: row.task.expectedOutput,
    collaborators: collaborators.filter((c) => c.personId).map((c) => ({ id: c.personId!, fullName: c.personName ?? '' })),
    collaboratorUnits: collaborators.filter((c) => c.unitId).map((c) => ({ id: c.unitId!, name: c.unitName ?? '' })),
  };
}
