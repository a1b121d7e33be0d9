import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { personWorkCounters, tasks } from '../../db/schema/index.js';

export interface PersonOpenTask {
  id: string;
  title: string;
  status: 'assigned' | 'in_progress' | 'submitted';
  dueDate: string;
  sourceKind: string;
}

/** A person's open tasks (through the owner's open-task index) and their counted transfers away and extensions. */
export async function personResponsibility(db: Db | Tx, agencyId: string, personId: string, limit = 200) {
  const [open, counters] = await Promise.all([
    db
      .select({ id: tasks.id, title: tasks.title, status: tasks.status, dueDate: tasks.dueDate, sourceKind: tasks.sourceKind })
      .from(tasks)
      .where(and(eq(tasks.agencyId, agencyId), eq(tasks.ownerId, personId), inArray(tasks.status, ['assigned', 'in_progress', 'submitted'])))
      .orderBy(asc(tasks.dueDate), asc(tasks.id))
      .limit(limit),
    db
      .select()
      .from(personWorkCounters)
      .where(and(eq(personWorkCounters.agencyId, agencyId), eq(personWorkCounters.personId, personId))),
  ]);
  return {
    openTasks: open as PersonOpenTask[],
    transfersAway: counters[0]?.transfersAway ?? 0,
    extensions: counters[0]?.extensions ?? 0,
    returns: counters[0]?.returns ?? 0,
  };
}
