import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { people, tasks } from '../../db/schema/index.js';

/** What a source record (a procedure step, …) needs to know of the tasks it opened. */
export interface SourceTask {
  id: string;
  sourceId: string;
  status: 'assigned' | 'in_progress' | 'submitted' | 'completed' | 'cancelled';
  ownerId: string;
  ownerName: string;
  assignerId: string;
  dueDate: string;
  acceptedAt: Date | null;
  submittedAt: Date | null;
  completedAt: Date | null;
}

/** The tasks of the given source records of one kind, read through the source index. */
export async function findSourceTasks(
  db: Db | Tx,
  agencyId: string,
  kind: 'plan_target' | 'procedure_step' | 'meeting_conclusion' | 'conduct_case',
  sourceIds: string[],
): Promise<SourceTask[]> {
  if (sourceIds.length === 0) return [];
  const rows = await db
    .select({
      id: tasks.id,
      sourceId: tasks.sourceId,
      status: tasks.status,
      ownerId: tasks.ownerId,
      ownerName: people.fullName,
      assignerId: tasks.assignerId,
      dueDate: tasks.dueDate,
      acceptedAt: tasks.acceptedAt,
      submittedAt: tasks.submittedAt,
      completedAt: tasks.completedAt,
    })
    .from(tasks)
    .innerJoin(people, eq(people.id, tasks.ownerId))
    .where(and(eq(tasks.agencyId, agencyId), eq(tasks.sourceKind, kind), inArray(tasks.sourceId, sourceIds)));
  return rows.map((row) => ({ ...row, sourceId: row.sourceId! }));
}
