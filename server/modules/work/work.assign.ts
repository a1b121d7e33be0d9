import type { CreateTaskBody } from '../../../contracts/work.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { notifyPeople } from '../notifications/index.js';
import { findNamed } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { assertWorkingDueDate } from './work.due-date.js';
import { noticeOf } from './work.notices.js';
import { canAssignIn } from './work.policy.js';
import { isCollaboratorIn, presentTaskDetail } from './work.presenter.js';
import * as repository from './work.repository.js';
import type { CollaboratorRow, TaskRow } from './work.repository.js';
import { auditEntry, derivedColumns, eventRow, requireActive } from './work.service.js';
import { resolveTaskSource } from './work.sources.js';
import { newTaskState, outcomeDelta, resolveDueDate } from './work.state.js';

export interface CreateTaskOptions {
  /** Set by the module that owns a non-ad-hoc source after it checked the record exists. */
  isSourceVerified?: boolean;
  /** Runs inside the task's transaction, e.g. to link the source record to the new task. */
  inTransaction?: (tx: Tx, taskId: string) => Promise<void>;
  /** A person typed the due date (POST /tasks): one on a non-working day needs confirmNonWorkingDay (work.due-date.ts). */
  warnsOnNonWorkingDay?: boolean;
  /** Where the caller's body holds the due date, so a refusal names the field the person typed (default body.due.dueDate). */
  dueDateField?: string;
}

/** Assigns a task to exactly one accountable owner; the assigner is the acting person. */
export async function createTask(deps: WorkDeps, actor: Actor, input: CreateTaskBody, options: CreateTaskOptions = {}): Promise<string> {
  return (await assignTask(deps, actor, input, options)).id;
}

/** createTask, answering with the new task as GET /tasks/:id shows it (from what it wrote, without reading it back). */
export async function assignTask(deps: WorkDeps, actor: Actor, input: CreateTaskBody, options: CreateTaskOptions = {}) {
  const assignerId = actor.personId;
  if (!assignerId) throw forbidden({ vi: 'Tài khoản chưa gắn với cán bộ nào', en: 'This account is not linked to a person' });
  const { units: namedUnits, people: named } = await findNamed(
    deps.db,
    actor.agencyId,
    [input.unitId, ...input.collaboratorUnitIds],
    [input.ownerId, assignerId, ...input.collaboratorIds],
  );
  const unitsById = new Map(namedUnits.map((unit) => [unit.id, unit]));
  const unit = unitsById.get(input.unitId);
  if (!unit || !unit.isActive)
    throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  const [owner] = requireActive(named, [input.ownerId], 'body.ownerId');
  const collaboratorPeople = requireActive(named, input.collaboratorIds, 'body.collaboratorIds');
  if (input.collaboratorUnitIds.some((unitId) => !unitsById.has(unitId))) {
    throw validationError([{ field: 'body.collaboratorUnitIds', message: { vi: 'Đơn vị không tồn tại', en: 'Unit unknown' } }]);
  }
  if (!canAssignIn(actor, unit.path, owner.id)) {
    throw forbidden({ vi: 'Chỉ giao việc trong phạm vi đơn vị mình phụ trách, hoặc tự nhận việc', en: 'Assign within the units you manage, or to yourself' });
  }
  const { sourceId, linkTask } = await resolveTaskSource(deps, actor, input.source, options.isSourceVerified ?? false);
  const calendar = await deps.calendars.get(actor.agencyId);
  const dueDate = resolveDueDate(
    input.due.kind === 'date' ? { dueDate: input.due.dueDate } : { workingDays: input.due.workingDays },
    input.startDate,
    calendar,
  );
  const now = deps.clock.now();
  const dueDateField = options.dueDateField ?? 'body.due.dueDate';
  if (dueDate < localDateOf(now)) throw validationError([{ field: dueDateField, message: { vi: 'Hạn hoàn thành đã qua', en: 'The due date is in the past' } }]);
  if (options.warnsOnNonWorkingDay && input.due.kind === 'date') assertWorkingDueDate(calendar, dueDate, dueDateField, input.confirmNonWorkingDay);
  const state = newTaskState({ ownerId: owner.id, assignerId, unitId: unit.id, startDate: input.startDate, dueDate, assignedAt: now });
  const task: TaskRow = {
    id: crypto.randomUUID(),
    agencyId: actor.agencyId,
    unitId: unit.id,
    unitPath: unit.path,
    title: input.title,
    searchText: foldForSearch(input.title),
    description: input.description,
    expectedOutput: input.expectedOutput,
    priority: input.priority,
    sourceKind: input.source.kind,
    sourceId,
    assignerId,
    assignedAt: now,
    startDate: input.startDate,
    ...derivedColumns(deps, calendar, state, now),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const collaborators: CollaboratorRow[] = [
    ...collaboratorPeople.map((person) => ({ personId: person.id, personName: person.fullName, unitId: null, unitName: null })),
    ...input.collaboratorUnitIds.map((unitId) => ({ personId: null, personName: null, unitId, unitName: unitsById.get(unitId)!.name })),
  ];
  const notice = noticeOf('task.assigned', actor.displayName, input.title, state, state, assignerId);
  const history = { kind: 'task.assigned' as const, reason: null, before: {}, after: { status: state.status, ownerId: owner.id, dueDate, title: input.title } };
  await deps.db.transaction(async (tx) => {
    await repository.insertTask(tx, task);
    await repository.insertCollaborators(
      tx,
      collaborators.map((c) => ({ agencyId: actor.agencyId, taskId: task.id, personId: c.personId, unitId: c.unitId })),
    );
    await repository.insertEvent(tx, eventRow(actor, now, task.id, history));
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: notice.recipients,
      kind: notice.kind,
      title: notice.title,
      subject: { type: 'task', id: task.id },
      now,
    });
    await repository.addUnitCounters(tx, actor.agencyId, unit.id, { ...outcomeDelta(null, task.countedOutcome), transfers: 0, extensions: 0 }, task.id);
    await linkTask?.(tx, task.id, now);
    await options.inTransaction?.(tx, task.id);
    // Last: the audit lane stays locked until the commit.
    await recordAudit(tx, auditEntry(actor, now, task.id, history));
  });
  const names = new Map(named.map((person) => [person.id, person.fullName]));
  const row = { task, ownerName: owner.fullName, assignerName: names.get(assignerId) ?? '', unitName: unit.name };
  const context = { actor, now, calendar, settings: deps.signalSettings };
  return presentTaskDetail(row, collaborators, context, isCollaboratorIn(collaborators, actor));
}
