import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { type AuditEntry, recordAudit } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { conflict, DomainError, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { foldForSearch } from '../../platform/search-text.js';
import { notifyPeople } from '../notifications/index.js';
import { findNamed, findPeople, type NamedPerson } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { isCollaboratorIn, presentTaskDetail } from './work.presenter.js';
import { outcomeDelta, stateColumns, toTaskState } from './work.state.js';
import { checkMentions, notifyWatchers } from './work.followers.js';
import { noticeOf } from './work.notices.js';
import { outcomeOf } from './work.state.js';
import { canSeeTask, relationsOfActor } from './work.policy.js';
import { addMonthCounters, addWeekCounters, monthDeltasOf, weekDeltasOf } from './work.period-counters.js';
import * as repository from './work.repository.js';
import { assertWorkingDueDate } from './work.due-date.js';
import type { PersonCounterDelta, TaskRow } from './work.repository.js';
import { decide, type Refusal } from './work.rules.js';
import { computeSignals, withEscalation } from './work.signals.js';
import { refuseWhileSubtasksOpen } from './work.subtasks.repository.js';
import { transferNotYetApproved } from './work.transfer-pending.js';
import { contextAt, type TaskState, type WorkCommand } from './work.state.js';

export const taskNotFound = () => notFound({ vi: 'Không tìm thấy nhiệm vụ', en: 'Task not found' });

function refusalError(refusal: Refusal): DomainError {
  if (refusal.reason === 'not_allowed' || refusal.reason === 'own_decision') return forbidden(refusal.message);
  if (refusal.reason === 'invalid_command') return validationError([{ field: 'body', message: refusal.message }], refusal.message);
  return invalidState(refusal.reason, refusal.message);
}

/** People named in a command must be active members of the agency. */
async function requireActivePeople(deps: WorkDeps, agencyId: string, ids: string[], field: string) {
  return requireActive((await findNamed(deps.db, agencyId, [], ids)).people, ids, field);
}

export function requireActive(found: NamedPerson[], ids: string[], field: string) {
  const active = new Map(found.filter((person) => person.status === 'active').map((person) => [person.id, person]));
  if (ids.some((id) => !active.has(id)))
    throw validationError([{ field, message: { vi: 'Người không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' } }]);
  return ids.map((id) => active.get(id)!);
}

/** Signals, escalation levels and the counted outcome of a state, as stored on the task row. */
export function derivedColumns(deps: WorkDeps, calendar: WorkingCalendar, state: TaskState, now: Date) {
  const today = localDateOf(now);
  const signals = withEscalation(computeSignals(state, calendar, contextAt(now), deps.signalSettings), today, calendar, deps.signalSettings);
  return stateColumns(state, signals, outcomeOf(state, now));
}

/** For commands: a person typed the new due date, so one on a non-working day needs confirming. */
export interface CommandOptions {
  warnsOnNonWorkingDay?: boolean;
}

type History = { kind: `task.${string}`; reason: string | null; before: object; after: object };

export function eventRow(actor: Actor, now: Date, taskId: string, event: History) {
  return {
    agencyId: actor.agencyId,
    taskId,
    occurredAt: now,
    actorPersonId: actor.personId,
    actorName: actor.displayName,
    kind: event.kind,
    reason: event.reason,
    before: event.before,
    after: event.after,
  };
}

export function auditEntry(actor: Actor, now: Date, taskId: string, event: History): AuditEntry {
  return {
    agencyId: actor.agencyId,
    actor: auditActorOf(actor),
    action: event.kind,
    subjectType: 'task',
    subjectId: taskId,
    occurredAt: now,
    change: { reason: event.reason, before: event.before, after: event.after },
  };
}

/** What a command's answer shows of an open request: the stored JSON, as reading the row back would give it. */
const asStored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** How often a command reads again when its task changed between its read and its write. */
const COMMAND_ATTEMPTS = 10;

/** The task changed between a command's read and its write: nothing was written, the command reads again. */
class WriteConflict extends Error {}

/**
 * Runs one lifecycle command (rules, task row, event, audit, counters, notifications) and answers
 * with the task after it, as GET /tasks/:id would show it. The actor sees the result even when the
 * command took the task out of their hands (a refused transfer). The task is read without a lock;
 * the writes run in one transaction that writes only if the task is still as read, otherwise the
 * command reads again and decides again.
 */
export async function runCommand(deps: WorkDeps, actor: Actor, taskId: string, command: WorkCommand, options: CommandOptions = {}) {
  const newOwnerId = 'newOwnerId' in command ? command.newOwnerId : undefined;
  const named = newOwnerId ? await requireActivePeople(deps, actor.agencyId, [newOwnerId], 'body.newOwnerId') : [];
  const calendar = await deps.calendars.get(actor.agencyId);
  if (command.name === 'comment') await checkMentions(deps, actor, taskId, command.mentionIds ?? []);
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptCommand(deps, actor, taskId, command, named, calendar, options);
    } catch (error) {
      if (!(error instanceof WriteConflict)) throw error;
      if (attempt === COMMAND_ATTEMPTS)
        throw conflict('task_busy', { vi: 'Nhiệm vụ đang được cập nhật, vui lòng thử lại', en: 'The task is being changed, please try again' });
    }
  }
}

async function attemptCommand(
  deps: WorkDeps,
  actor: Actor,
  taskId: string,
  command: WorkCommand,
  named: NamedPerson[],
  calendar: WorkingCalendar,
  options: CommandOptions,
) {
  const now = deps.clock.now();
  const found = await repository.findTaskForCommand(deps.db, actor.agencyId, taskId);
  const isCollaborator = found ? isCollaboratorIn(found.collaborators, actor) : false;
  if (!found || !canSeeTask(actor, found.task, isCollaborator))
    throw (found && transferNotYetApproved(actor, toTaskState(found.task), command)) || taskNotFound();
  const row = found.task;
  const before = toTaskState(row);
  // Whoever sees the task through another relation acts in that role, not as a collaborator.
  const actsAsCollaborator = isCollaborator && !canSeeTask(actor, row, false);
  const decision = decide(before, relationsOfActor(actor, before, row.unitPath, actsAsCollaborator), command, contextAt(now));
  if (!decision.ok) throw refusalError(decision);
  await refuseWhileSubtasksOpen(deps.db, actor.agencyId, row.id, command.name);
  // Checked once the rules accept the command, so a date refused for another reason says that reason.
  const { newDueDate, confirmNonWorkingDay } = command as { newDueDate?: string; confirmNonWorkingDay?: boolean };
  if (newDueDate && options.warnsOnNonWorkingDay) assertWorkingDueDate(calendar, newDueDate, 'body.newDueDate', confirmNonWorkingDay);
  const next = decision.next;
  const columns = derivedColumns(deps, calendar, next, now);
  const changes = { ...columns, version: row.version + 1, updatedAt: now, ...contentChange(command) };
  const notice = noticeOf(decision.event.kind, actor.displayName, row.title, before, next, actor.personId);
  const outcome = outcomeDelta(row.countedOutcome, columns.countedOutcome);
  const moves = { transfers: next.transferCount - before.transferCount, extensions: next.extensionCount - before.extensionCount };
  await deps.db.transaction(async (tx) => {
    if (!(await repository.updateTaskAsRead(tx, row, changes))) throw new WriteConflict();
    await repository.insertEvent(tx, eventRow(actor, now, row.id, decision.event));
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: notice.recipients,
      kind: notice.kind,
      title: notice.title,
      subject: { type: 'task', id: row.id },
      now,
    });
    const mentionIds = command.name === 'comment' ? (command.mentionIds ?? []) : [];
    const watchers = {
      agencyId: actor.agencyId,
      task: row,
      hasFollowers: found.hasFollowers,
      actorPersonId: actor.personId,
      alreadyTold: notice.recipients,
      mentionIds,
    };
    await notifyWatchers(tx, { ...watchers, title: notice.title, now });
    await repository.addUnitCounters(tx, actor.agencyId, row.unitId, { ...outcome, ...moves }, row.id);
    await addWeekCounters(tx, actor.agencyId, weekDeltasOf(row.unitId, row, columns, { ...moves, now }));
    await addMonthCounters(tx, actor.agencyId, monthDeltasOf(row.unitId, row, columns));
    await repository.addPersonCounters(tx, actor.agencyId, personalResponsibility(before, next));
    await recordAudit(tx, auditEntry(actor, now, row.id, decision.event));
  });

  const names = await namesAfter(deps.db, actor.agencyId, found, named, before, next);
  const task: TaskRow = { ...row, ...changes, openRequest: asStored(changes.openRequest) };
  const answer = { task, ownerName: names.get(next.ownerId) ?? '', assignerName: found.assignerName, unitName: found.unitName };
  return presentTaskDetail(answer, found.collaborators, { actor, now, calendar, settings: deps.signalSettings, names }, isCollaborator);
}

type FoundTask = NonNullable<Awaited<ReturnType<typeof repository.findTaskForCommand>>>;

/**
 * The names the answer shows after a command: those the read found and the command named, and,
 * read after the write, a new owner or proposed owner neither of them knew.
 */
async function namesAfter(db: Db, agencyId: string, found: FoundTask, named: NamedPerson[], before: TaskState, next: TaskState) {
  const { task: row } = found;
  const names = new Map<string, string>([
    [row.ownerId, found.ownerName],
    [row.assignerId, found.assignerName],
    ...named.map((p) => [p.id, p.fullName] as [string, string]),
  ]);
  const proposedBefore = before.openRequest?.kind === 'transfer' ? before.openRequest.proposedOwnerId : null;
  if (proposedBefore && found.proposedOwnerName !== null) names.set(proposedBefore, found.proposedOwnerName);
  const proposedAfter = next.openRequest?.kind === 'transfer' ? next.openRequest.proposedOwnerId : null;
  const unnamed = [next.ownerId, proposedAfter].filter((id): id is string => !!id && !names.has(id));
  if (unnamed.length > 0) for (const person of await findPeople(db, agencyId, unnamed)) names.set(person.id, person.fullName);
  return names;
}

/** A difficulty decided by changing the task may rewrite what it asks for. */
function contentChange(command: WorkCommand) {
  if (command.name !== 'decideDifficulty' || command.decision !== 'change_task') return {};
  const change = command as { title?: string; description?: string; expectedOutput?: string };
  return {
    ...(change.title ? { title: change.title, searchText: foldForSearch(change.title) } : {}),
    ...(change.description !== undefined ? { description: change.description } : {}),
    ...(change.expectedOutput ? { expectedOutput: change.expectedOutput } : {}),
  };
}

/** Transfers are counted against the person who handed the task away; extensions and returns against the owner. */
function personalResponsibility(before: TaskState, next: TaskState) {
  const deltas = new Map<string, PersonCounterDelta>();
  const add = (personId: string, delta: Partial<PersonCounterDelta>) => {
    const sum = deltas.get(personId) ?? { transfersAway: 0, transfersReceived: 0, extensions: 0, returns: 0 };
    for (const [key, value] of Object.entries(delta) as [keyof PersonCounterDelta, number][]) sum[key] += value;
    deltas.set(personId, sum);
  };
  if (next.ownerId !== before.ownerId) {
    add(before.ownerId, { transfersAway: 1 });
    add(next.ownerId, { transfersReceived: 1 });
  }
  add(before.ownerId, { extensions: next.extensionCount - before.extensionCount, returns: next.returnCount - before.returnCount });
  return deltas;
}
