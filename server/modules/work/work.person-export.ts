import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { savedTaskViews, taskCollaborators, taskEvents, taskFollowers, taskSeries, tasks, units } from '../../db/schema/index.js';

/** At most this many tasks (and events per export) go into one personal-data export. */
export const PERSON_EXPORT_TASK_LIMIT = 5000;

/** The tasks a person owns, assigned or collaborates on, with the events of those tasks, in two bounded statements. */
export async function personTasksExport(db: Db, agencyId: string, personId: string) {
  const collaborating = db
    .select({ taskId: taskCollaborators.taskId })
    .from(taskCollaborators)
    .where(and(eq(taskCollaborators.agencyId, agencyId), eq(taskCollaborators.personId, personId)));
  const rows = await db
    .select({
      id: tasks.id,
      title: tasks.title,
      status: tasks.status,
      priority: tasks.priority,
      startDate: tasks.startDate,
      dueDate: tasks.dueDate,
      progressPercent: tasks.progressPercent,
      grade: tasks.grade,
      completedAt: tasks.completedAt,
      role: sql<string>`case when ${tasks.ownerId} = ${personId} then 'owner' when ${tasks.assignerId} = ${personId} then 'assigner' else 'collaborator' end`,
    })
    .from(tasks)
    .where(and(eq(tasks.agencyId, agencyId), or(eq(tasks.ownerId, personId), eq(tasks.assignerId, personId), inArray(tasks.id, collaborating))))
    .orderBy(asc(tasks.assignedAt), asc(tasks.id))
    .limit(PERSON_EXPORT_TASK_LIMIT);
  const taskIds = rows.map((row) => row.id);
  const events =
    taskIds.length === 0
      ? []
      : await db
          .select({
            taskId: taskEvents.taskId,
            occurredAt: taskEvents.occurredAt,
            kind: taskEvents.kind,
            actorName: taskEvents.actorName,
            reason: taskEvents.reason,
          })
          .from(taskEvents)
          .where(and(eq(taskEvents.agencyId, agencyId), inArray(taskEvents.taskId, taskIds)))
          .orderBy(asc(taskEvents.taskId), asc(taskEvents.id))
          .limit(PERSON_EXPORT_TASK_LIMIT * 4);
  return { tasks: rows, events };
}

/** What a person set up in the work module: tasks they follow, their saved board views, recurring tasks they own or assign. */
export async function personWorkSettingsExport(db: Db, agencyId: string, personId: string) {
  const [followed, views, series] = await Promise.all([
    db
      .select({ taskId: taskFollowers.taskId, title: tasks.title, createdAt: taskFollowers.createdAt })
      .from(taskFollowers)
      .innerJoin(tasks, eq(tasks.id, taskFollowers.taskId))
      .where(and(eq(taskFollowers.agencyId, agencyId), eq(taskFollowers.personId, personId)))
      .orderBy(asc(taskFollowers.createdAt), asc(taskFollowers.taskId))
      .limit(PERSON_EXPORT_TASK_LIMIT),
    db
      .select({ name: savedTaskViews.name, filters: savedTaskViews.filters, sharedUnitName: units.name, createdAt: savedTaskViews.createdAt })
      .from(savedTaskViews)
      .leftJoin(units, eq(units.id, savedTaskViews.sharedUnitId))
      .where(and(eq(savedTaskViews.agencyId, agencyId), eq(savedTaskViews.ownerPersonId, personId)))
      .orderBy(asc(savedTaskViews.createdAt), asc(savedTaskViews.id))
      .limit(PERSON_EXPORT_TASK_LIMIT),
    db
      .select({
        title: taskSeries.title,
        role: sql<string>`case when ${taskSeries.ownerId} = ${personId} then 'owner' else 'assigner' end`,
        schedule: taskSeries.schedule,
        startsOn: taskSeries.startsOn,
        status: taskSeries.status,
        endedAt: taskSeries.endedAt,
        endReason: taskSeries.endReason,
        createdAt: taskSeries.createdAt,
      })
      .from(taskSeries)
      .where(and(eq(taskSeries.agencyId, agencyId), or(eq(taskSeries.ownerId, personId), eq(taskSeries.assignerId, personId))))
      .orderBy(asc(taskSeries.createdAt), asc(taskSeries.id))
      .limit(PERSON_EXPORT_TASK_LIMIT),
  ]);
  return { followed, views, series };
}
