import type { ImportReport } from '../../../contracts/org.js';
import type { Actor } from '../../platform/actor.js';
import { auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { activePeopleByEmail, activeUnitsByCode } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { importDate, importGrade, readTaskImportFile, type TaskImportColumn, type TaskImportRow } from './work.import-parse.js';
import { outcomeDelta, stateColumns } from './work.state.js';
import { outcomeOf } from './work.state.js';
import { canAssignIn } from './work.policy.js';
import { addMonthCounters, addWeekCounters, type MonthDelta, monthDeltasOf, type WeekDelta, weekDeltasOf } from './work.period-counters.js';
import * as repository from './work.repository.js';
import { computeSignals, withEscalation } from './work.signals.js';
import { contextAt, newTaskState, type TaskState } from './work.state.js';

export const MAX_TASK_IMPORT_ROWS = 2_000;
type RowError = ImportReport['errors'][number];
const rowError = (row: number, field: TaskImportColumn | 'file', vi: string, en: string): RowError => ({ row, field, message: { vi, en } });
/** A day's end of work in Hà Nội (17:00), the moment a recorded completion date stands for. */
const endOfWorkDay = (day: string) => new Date(startOfLocalDay(day).getTime() + 17 * 3_600_000);

/**
 * Brings existing work in: every row is checked, then all are written in one transaction or none,
 * with a report naming each bad row. Past due and completion dates are taken as history (normal
 * creation still refuses a past due date); each task's first event is `task.imported`, so its
 * timeline says where it came from. The importer is the assigner and must be allowed to assign in
 * each row's unit.
 */
export async function importTasks(deps: WorkDeps, actor: Actor, file: { buffer: Buffer; fileName: string }, dryRun: boolean): Promise<ImportReport> {
  if (!actor.personId) throw forbidden({ vi: 'Tài khoản chưa gắn với cán bộ nào', en: 'This account is not linked to a person' });
  if (!/\.(xlsx|csv)$/i.test(file.fileName))
    throw validationError([{ field: 'file', message: { vi: 'Chỉ nhận tệp .xlsx hoặc .csv', en: 'Only .xlsx or .csv files are accepted' } }]);
  const parsed = await readTaskImportFile(file.buffer, file.fileName).catch(() => {
    throw validationError([{ field: 'file', message: { vi: 'Không đọc được tệp', en: 'The file could not be read' } }]);
  });
  if (parsed.rows.length > MAX_TASK_IMPORT_ROWS)
    throw validationError([
      { field: 'file', message: { vi: `Tối đa ${MAX_TASK_IMPORT_ROWS} dòng mỗi lần`, en: `At most ${MAX_TASK_IMPORT_ROWS} rows per file` } },
    ]);
  const now = deps.clock.now();
  const today = localDateOf(now);
  const unitsByCode = await activeUnitsByCode(
    deps.db,
    actor.agencyId,
    parsed.rows.flatMap((raw) => raw.values.unitCode ?? []),
  );
  const peopleByEmail = await activePeopleByEmail(
    deps.db,
    actor.agencyId,
    parsed.rows.flatMap((raw) => raw.values.ownerEmail ?? []),
  );
  const errors: RowError[] = [];
  if (parsed.rows.length === 0) errors.push(rowError(1, 'file', 'Tệp không có dòng dữ liệu nào', 'The file has no data rows'));
  const valid = parsed.rows.flatMap((raw) => {
    const checked = checkRow(raw, actor, today, unitsByCode, peopleByEmail);
    if (!checked.isValid) errors.push(...checked.errors);
    return checked.isValid ? [checked.task] : [];
  });
  const report = { totalRows: parsed.rows.length, validRows: valid.length, errors };
  if (errors.length > 0 || dryRun) return { ...report, created: 0, isCommitted: false };

  const calendar = await deps.calendars.get(actor.agencyId);
  await deps.db.transaction(async (tx) => {
    const deltas = new Map<string, repository.CounterDelta>();
    const ids: string[] = [];
    const months: MonthDelta[] = [];
    const weeks: WeekDelta[] = [];
    for (const row of valid) {
      const id = crypto.randomUUID();
      ids.push(id);
      const signals = withEscalation(computeSignals(row.state, calendar, contextAt(now), deps.signalSettings), today, calendar, deps.signalSettings);
      const columns = stateColumns(row.state, signals, outcomeOf(row.state, now));
      await repository.insertTask(tx, {
        id,
        agencyId: actor.agencyId,
        unitId: row.unit.id,
        unitPath: row.unit.path,
        title: row.title,
        searchText: foldForSearch(row.title),
        expectedOutput: row.expectedOutput,
        assignerId: actor.personId!,
        assignedAt: row.state.assignedAt,
        startDate: row.state.startDate,
        ...columns,
        createdAt: now,
        updatedAt: now,
      });
      const after = { status: row.state.status, ownerId: row.state.ownerId, dueDate: row.state.dueDate, completedOn: row.completedOn, grade: row.state.grade };
      const reason = `Nhập từ tệp ${file.fileName}, dòng ${row.row}`;
      await repository.insertEvent(tx, {
        agencyId: actor.agencyId,
        taskId: id,
        occurredAt: now,
        actorPersonId: actor.personId,
        actorName: actor.displayName,
        kind: 'task.imported',
        reason,
        before: {},
        after,
      });
      const sum = deltas.get(row.unit.id) ?? { open: 0, overdue: 0, completedOnTime: 0, completedLate: 0, transfers: 0, extensions: 0 };
      const delta = outcomeDelta(null, columns.countedOutcome);
      months.push(...monthDeltasOf(row.unit.id, null, columns));
      weeks.push(...weekDeltasOf(row.unit.id, null, columns, { transfers: 0, extensions: 0, now }));
      for (const key of Object.keys(delta) as (keyof typeof delta)[]) sum[key] += delta[key];
      deltas.set(row.unit.id, sum);
    }
    await repository.addUnitsCounters(tx, actor.agencyId, deltas, ids[0]);
    await addMonthCounters(tx, actor.agencyId, months);
    await addWeekCounters(tx, actor.agencyId, weeks);
    const context = { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
    await recordAction(tx, context, 'task.imported', { type: 'import', id: crypto.randomUUID() }, { fileName: file.fileName, taskIds: ids });
  });
  return { ...report, created: valid.length, isCommitted: true };
}

type Unit = { id: string; path: string; name: string };

function checkRow(raw: TaskImportRow, actor: Actor, today: string, units: Map<string, Unit>, people: Map<string, { id: string }>) {
  const v = raw.values;
  const errors: RowError[] = [];
  const fail = (field: TaskImportColumn, vi: string, en: string) => errors.push(rowError(raw.row, field, vi, en));
  const title = (v.title ?? '').trim();
  if (!title || title.length > 500) fail('title', 'Thiếu tên nhiệm vụ (tối đa 500 ký tự)', 'Title missing (500 characters at most)');
  const unit = v.unitCode ? units.get(v.unitCode.toLowerCase()) : undefined;
  if (!unit) fail('unitCode', `Mã đơn vị "${v.unitCode ?? ''}" không tồn tại`, `Unknown unit code "${v.unitCode ?? ''}"`);
  const owner = v.ownerEmail ? people.get(v.ownerEmail.toLowerCase()) : undefined;
  if (!owner) fail('ownerEmail', `Không có cán bộ với email "${v.ownerEmail ?? ''}"`, `No person with e-mail "${v.ownerEmail ?? ''}"`);
  if (unit && owner && !canAssignIn(actor, unit.path, owner.id))
    fail('unitCode', 'Chỉ nhập nhiệm vụ của đơn vị mình phụ trách', 'Import tasks of the units you manage only');
  const [startDate, dueDate, completedOn, grade] = [importDate(v.startDate), importDate(v.dueDate), importDate(v.completedOn), importGrade(v.grade)];
  if (!startDate) fail('startDate', 'Ngày giao phải có dạng dd/mm/yyyy', 'Start date must be dd/mm/yyyy');
  if (!dueDate) fail('dueDate', 'Hạn hoàn thành phải có dạng dd/mm/yyyy', 'Due date must be dd/mm/yyyy');
  if (startDate && startDate > today) fail('startDate', 'Ngày giao không được ở tương lai', 'The start date cannot be in the future');
  if (startDate && dueDate && dueDate < startDate) fail('dueDate', 'Hạn hoàn thành trước ngày giao', 'The due date is before the start date');
  if (completedOn === null) fail('completedOn', 'Ngày hoàn thành phải có dạng dd/mm/yyyy', 'Completion date must be dd/mm/yyyy');
  if (completedOn && ((startDate && completedOn < startDate) || completedOn > today))
    fail('completedOn', 'Ngày hoàn thành phải từ ngày giao đến hôm nay', 'The completion date must fall between the start date and today');
  if (grade === null || (grade !== undefined && !completedOn))
    fail('grade', 'Chất lượng là số 1–5, chỉ ghi cho nhiệm vụ đã hoàn thành', 'Grade is 1–5, for completed tasks only');
  if (errors.length > 0 || !unit || !owner || !startDate || !dueDate) return { isValid: false as const, errors };
  const assignedAt = startOfLocalDay(startDate);
  const base = newTaskState({ ownerId: owner.id, assignerId: actor.personId!, unitId: unit.id, startDate, dueDate, assignedAt });
  const finished = completedOn ? endOfWorkDay(completedOn) : null;
  const state: TaskState = {
    ...base,
    status: finished ? 'completed' : 'in_progress',
    acceptedAt: assignedAt,
    inProgressSince: assignedAt,
    submittedAt: finished,
    completedAt: finished,
    progressPercent: finished ? 100 : 0,
    grade: grade ?? null,
  };
  const task = { row: raw.row, title, expectedOutput: (v.expectedOutput ?? '').trim() || title, unit, state, completedOn: completedOn ?? null };
  return { isValid: true as const, task };
}
