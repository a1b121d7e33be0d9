import type { Task } from '../../../contracts/work.js';
import type { Actor } from '../../platform/actor.js';
import { isoInstant, localDateOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { relationsOfActor } from './work.policy.js';
import type { TaskListRow } from './work.task-page.js';
import { availableCommands } from './work.rules.js';
import { computeSignals, type SignalSettings, withEscalation } from './work.signals.js';
import { contextAt, outcomeOf, toTaskState } from './work.state.js';
import type { CollaboratorRow, TaskDetailRow } from './work.repository.js';

export interface PresentContext {
  actor: Actor;
  now: Date;
  calendar: WorkingCalendar;
  settings?: SignalSettings;
  /** Names for people referenced by an open transfer, when known. */
  names?: Map<string, string>;
}

const iso = (date: Date | null) => (date ? isoInstant(date) : null);

/** A task as the API shows it: outcome and signals computed for now, and what this actor may do next. */
export function presentTaskSummary(row: TaskListRow, context: PresentContext, isCollaborator = false) {
  const { task } = row;
  const state = toTaskState(task);
  const { now, calendar, actor } = context;
  const signals = withEscalation(computeSignals(state, calendar, contextAt(now), context.settings), localDateOf(now), calendar, context.settings);
  const request = state.openRequest;
  const openRequest: Task['openRequest'] = !request
    ? null
    : request.kind === 'transfer'
      ? {
          kind: 'transfer',
          stage: request.stage,
          openedAt: request.openedAt.toISOString(),
          reasonCode: request.reasonCode,
          reason: request.reason,
          proposedOwner: request.proposedOwnerId ? { id: request.proposedOwnerId, fullName: context.names?.get(request.proposedOwnerId) ?? '' } : null,
        }
      : request.kind === 'difficulty'
        ? { ...request, openedAt: request.openedAt.toISOString() }
        : { ...request, openedAt: request.openedAt.toISOString() };
  return {
    id: task.id,
    title: task.title,
    priority: task.priority,
    source: { kind: task.sourceKind, id: task.sourceId },
    unit: { id: task.unitId, name: row.unitName },
    owner: { id: task.ownerId, fullName: row.ownerName },
    assigner: { id: task.assignerId, fullName: row.assignerName },
    status: task.status,
    outcome: outcomeOf(state, now),
    signals,
    startDate: task.startDate,
    dueDate: task.dueDate,
    assignedAt: isoInstant(task.assignedAt),
    acceptedAt: iso(task.acceptedAt),
    submittedAt: iso(task.submittedAt),
    completedAt: iso(task.completedAt),
    progressPercent: task.progressPercent,
    lastProgressAt: iso(task.lastProgressAt),
    grade: state.grade,
    counters: { transfers: task.transferCount, extensions: task.extensionCount, returns: task.returnCount },
    openRequest,
    abilities: availableCommands(state, relationsOfActor(actor, state, task.unitPath, isCollaborator)),
  };
}

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
