import type { CreateTaskBody } from '../../../contracts/work.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf, mondayOf } from '../../platform/calendar/dates.js';
import { DomainError, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { foldForSearch } from '../../platform/search-text.js';
import { notifyPeople } from '../notifications/index.js';
import { findPeople, findUnit } from '../org/index.js';
import { auditContext, type WorkDeps } from './work.deps.js';
import { outcomeDelta, stateColumns, toTaskState } from './work.mapping.js';
import { noticeOf } from './work.notices.js';
import { outcomeOf, resolveDueDate } from './work.outcome.js';
import { canAssignIn, canSeeTask, collaborationOf, relationsOfActor } from './work.policy.js';
import * as repository from './work.repository.js';
import { decide, type Refusal } from './work.rules.js';
import { computeSignals, withEscalation } from './work.signals.js';
import { resolveTaskSource } from './work.sources.js';
import { contextAt, newTaskState, type TaskState, type WorkCommand } from './work.state.js';

export const taskNotFound = () => notFound({ vi: 'Không tìm thấy nhiệm vụ', en: 'Task not found' });

function refusalError(refusal: Refusal): DomainError {
  if (refusal.reason === 'not_allowed' || refusal.reason === 'own_decision') return forbidden(refusal.message);
  if (refusal.reason === 'invalid_command') return validationError([{ field: 'body', message: refusal.message }], refusal.message);
  return invalidState(refusal.reason, refusal.message);
}

/** People named in a command must be active members of the agency. */
async function requireActivePeople(deps: WorkDeps, agencyId: string, ids: string[], field: string) {
  const unique = [...new Set(ids)];
  const found = await findPeople(deps.db, agencyId, unique);
  const active = new Set(found.filter((person) => person.status === 'active').map((person) => person.id));
  const missing = unique.filter((id) => !active.has(id));
  if (missing.length > 0) throw validationError([{ field, message: { vi: 'Người không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' } }]);
  return found;
}

/** Signals, escalation levels and the counted outcome of a state, as stored on the task row. */
function derivedColumns(deps: WorkDeps, calendar: WorkingCalendar, state: TaskState, now: Date) {
  const today = localDateOf(now);
  const signals = withEscalation(computeSignals(state, calendar, contextAt(now), deps.signalSettings), today, calendar, deps.signalSettings);
  return stateColumns(state, signals, outcomeOf(state, now));
}

export interface CreateTaskOptions {
  /** Set by a module that owns a source work cannot check itself (a meeting conclusion) after checking it. */
  isSourceVerified?: boolean;
  /** Runs inside the task's transaction, e.g. to link the source record to the new task. */
  inTransaction?: (tx: Tx, taskId: string) => Promise<void>;
}

/** Assigns a task to exactly one accountable owner; the assigner is the acting person. */
export async function createTask(deps: WorkDeps, actor: Actor, input: CreateTaskBody, options: CreateTaskOptions = {}): Promise<string> {
  if (!actor.personId) throw forbidden({ vi: 'Tài khoản chưa gắn với cán bộ nào', en: 'This account is not linked to a person' });
  const unit = await findUnit(deps.db, actor.agencyId, input.unitId);
  if (!unit || !unit.isActive) throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  const [owner] = await requireActivePeople(deps, actor.agencyId, [input.ownerId], 'body.ownerId');
  await requireActivePeople(deps, actor.agencyId, input.collaboratorIds, 'body.collaboratorIds');
  for (const unitId of input.collaboratorUnitIds) {
    if (!(await findUnit(deps.db, actor.agencyId, unitId))) throw validationError([{ field: 'body.collaboratorUnitIds', message: { vi: 'Đơn vị không tồn tại', en: 'Unit unknown' } }]);
  }
  if (!canAssignIn(actor, unit.path, owner.id)) {
    throw forbidden({ vi: 'Chỉ giao việc trong phạm vi đơn vị mình phụ trách, hoặc tự nhận việc', en: 'Assign within the units you manage, or to yourself' });
  }
  const sourceId = await resolveTaskSource(deps, actor, input.source, options.isSourceVerified ?? false);
  const calendar = await deps.calendars.get(actor.agencyId);
  const dueDate = resolveDueDate(input.due.kind === 'date' ? { dueDate: input.due.dueDate } : { workingDays: input.due.workingDays }, input.startDate, calendar);
  const now = deps.clock.now();
  if (dueDate < localDateOf(now)) throw validationError([{ field: 'body.due.dueDate', message: { vi: 'Hạn hoàn thành đã qua', en: 'The due date is in the past' } }]);
  const state = newTaskState({ ownerId: owner.id, assignerId: actor.personId, unitId: unit.id, startDate: input.startDate, dueDate, assignedAt: now });
  const columns = derivedColumns(deps, calendar, state, now);
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await repository.insertTask(tx, {
      id, agencyId: actor.agencyId, unitId: unit.id, unitPath: unit.path, title: input.title, searchText: foldForSearch(input.title),
      description: input.description, expectedOutput: input.expectedOutput, priority: input.priority, sourceKind: input.source.kind, sourceId,
      assignerId: actor.personId!, assignedAt: now, startDate: input.startDate, ...columns,
    });
    await repository.insertCollaborators(tx, [
      ...input.collaboratorIds.map((personId) => ({ agencyId: actor.agencyId, taskId: id, personId })),
      ...input.collaboratorUnitIds.map((unitId) => ({ agencyId: actor.agencyId, taskId: id, unitId })),
    ]);
    await repository.addUnitCounters(tx, actor.agencyId, unit.id, { ...outcomeDelta(null, columns.countedOutcome), transfers: 0, extensions: 0 });
    const after = { status: state.status, ownerId: owner.id, dueDate, title: input.title };
    await writeHistory(tx, deps, actor, now, id, { kind: 'task.assigned', reason: null, before: {}, after });
    const notice = noticeOf('task.assigned', actor.displayName, input.title, state, state, actor.personId);
    await notifyPeople(tx, { agencyId: actor.agencyId, personIds: notice.recipients, kind: notice.kind, title: notice.title, taskId: id, now });
    await options.inTransaction?.(tx, id);
  });
  return id;
}

async function writeHistory(tx: Tx, deps: WorkDeps, actor: Actor, now: Date, taskId: string, event: { kind: `task.${string}`; reason: string | null; before: object; after: object }) {
  await repository.insertEvent(tx, {
    agencyId: actor.agencyId, taskId, occurredAt: now, actorPersonId: actor.personId, actorName: actor.displayName,
    kind: event.kind, reason: event.reason, before: event.before, after: event.after,
  });
  await recordAction(tx, auditContext(deps, actor, now), event.kind, { type: 'task', id: taskId }, { reason: event.reason, before: event.before, after: event.after });
}

/** Runs one lifecycle command in one transaction: rules, task row, event, audit, counters, notifications. */
export async function runCommand(deps: WorkDeps, actor: Actor, taskId: string, command: WorkCommand): Promise<void> {
  const newOwnerId = 'newOwnerId' in command ? command.newOwnerId : undefined;
  if (newOwnerId) await requireActivePeople(deps, actor.agencyId, [newOwnerId], 'body.newOwnerId');
  const now = deps.clock.now();
  // Loaded before the transaction: on PGlite a second query outside it would wait for it forever.
  const calendar = await deps.calendars.get(actor.agencyId);
  await deps.db.transaction(async (tx) => {
    const row = await repository.lockTask(tx, actor.agencyId, taskId);
    const isCollaborator = row ? await collaborationOf(actor, row, () => repository.isCollaborator(tx, row.id, actor)) : false;
    if (!row || !canSeeTask(actor, row, isCollaborator)) throw taskNotFound();
    const before = toTaskState(row);
    const decision = decide(before, relationsOfActor(actor, before, row.unitPath, isCollaborator), command, contextAt(now));
    if (!decision.ok) throw refusalError(decision);
    const next = decision.next;
    const columns = derivedColumns(deps, calendar, next, now);
    await repository.updateTask(tx, row.id, { ...columns, version: row.version + 1, updatedAt: now, ...contentChange(command) });
    const outcome = outcomeDelta(row.countedOutcome, columns.countedOutcome);
    const moves = { transfers: next.transferCount - before.transferCount, extensions: next.extensionCount - before.extensionCount };
    await repository.addUnitCounters(tx, actor.agencyId, row.unitId, { ...outcome, ...moves });
    await repository.addWeekCounters(tx, actor.agencyId, row.unitId, mondayOf(localDateOf(now)), {
      completedOnTime: outcome.completedOnTime,
      completedLate: outcome.completedLate,
      ...moves,
    });
    await countPersonalResponsibility(tx, actor.agencyId, before, next);
    await writeHistory(tx, deps, actor, now, row.id, decision.event);
    const notice = noticeOf(decision.event.kind, actor.displayName, row.title, before, next, actor.personId);
    await notifyPeople(tx, { agencyId: actor.agencyId, personIds: notice.recipients, kind: notice.kind, title: notice.title, taskId: row.id, now });
  });
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
async function countPersonalResponsibility(tx: Tx, agencyId: string, before: TaskState, next: TaskState) {
  if (next.ownerId !== before.ownerId) {
    await repository.addPersonCounters(tx, agencyId, before.ownerId, { transfersAway: 1 });
    await repository.addPersonCounters(tx, agencyId, next.ownerId, { transfersReceived: 1 });
  }
  await repository.addPersonCounters(tx, agencyId, before.ownerId, {
    extensions: next.extensionCount - before.extensionCount,
    returns: next.returnCount - before.returnCount,
  });
}
