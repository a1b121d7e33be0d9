import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { people, taskSubtasks, tasks } from '../../db/schema/index.js';
import { conflict } from '../../platform/errors.js';
import type { WorkCommandName } from './work.state.js';
import { closesWithOpenSubtasks, isOpenStatus } from './work.subtasks.rules.js';

/** A task's subtasks, in due order, with their owners. */
export async function subtasksOf(db: Db, agencyId: string, parentId: string) {
  return db
    .select({
      id: tasks.id,
      title: tasks.title,
      ownerId: tasks.ownerId,
      ownerName: people.fullName,
      status: tasks.status,
      dueDate: tasks.dueDate,
      progressPercent: tasks.progressPercent,
    })
    .from(taskSubtasks)
    .innerJoin(tasks, eq(tasks.id, taskSubtasks.taskId))
    .innerJoin(people, eq(people.id, tasks.ownerId))
    .where(and(eq(taskSubtasks.agencyId, agencyId), eq(taskSubtasks.parentTaskId, parentId)))
    .orderBy(asc(tasks.dueDate), asc(tasks.id));
}

/**
 * Refuses a command that would close a task while one of its subtasks is open, with the list
 * (409). Runs in each attempt of a command, after its rules allowed it: a subtask added meanwhile
 * moved the task's version, so the attempt's write fails and the next attempt sees it here.
 */
export async function refuseWhileSubtasksOpen(db: Db, agencyId: string, taskId: string, command: WorkCommandName) {
  if (command !== 'submit' && command !== 'acceptResult' && command !== 'cancel') return;
  const rows = await subtasksOf(db, agencyId, taskId);
  if (!closesWithOpenSubtasks(command, rows)) return;
  const open = rows.filter((row) => isOpenStatus(row.status));
  const dueText = (day: string) => day.split('-').reverse().join('/');
  throw conflict(
    'open_subtasks',
    {
      vi: `Còn ${open.length} nhiệm vụ con chưa hoàn thành: ${open.map((s) => s.title).join('; ')}`,
      en: `${open.length} subtask(s) still open: ${open.map((s) => s.title).join('; ')}`,
    },
    open.map((s) => ({
      field: `subtasks.${s.id}`,
      message: { vi: `${s.title} — ${s.ownerName}, hạn ${dueText(s.dueDate)}`, en: `${s.title} — ${s.ownerName}, due ${dueText(s.dueDate)}` },
    })),
  );
}
