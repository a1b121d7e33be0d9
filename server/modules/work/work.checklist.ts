import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { taskChecklistItems } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { conflict, forbidden, invalidState, notFound } from '../../platform/errors.js';
import { auditContext, type WorkDeps } from './work.deps.js';
import { visibleTask } from './work.subtasks.js';

/** A checklist holds small steps; more than this is work for subtasks with owners of their own. */
export const MAX_CHECKLIST_ITEMS = 50;

type ItemRow = typeof taskChecklistItems.$inferSelect;
const present = (row: ItemRow) => ({
  id: row.id,
  text: row.text,
  done: row.doneAt !== null,
  doneAt: row.doneAt?.toISOString() ?? null,
  doneByName: row.doneByName,
});

async function itemsOf(db: Db, agencyId: string, taskId: string) {
  const rows = await db
    .select()
    .from(taskChecklistItems)
    .where(and(eq(taskChecklistItems.agencyId, agencyId), eq(taskChecklistItems.taskId, taskId)))
    .orderBy(asc(taskChecklistItems.position));
  return { items: rows.map(present) };
}

export async function listChecklist(deps: WorkDeps, actor: Actor, taskId: string) {
  await visibleTask(deps, actor, taskId);
  return itemsOf(deps.db, actor.agencyId, taskId);
}

/** Only the task's owner keeps its checklist, and only while the task is open. */
async function ownerOfOpenTask(deps: WorkDeps, actor: Actor, taskId: string) {
  const { task, relations } = await visibleTask(deps, actor, taskId);
  if (!relations.includes('owner'))
    throw forbidden({ vi: 'Chỉ người chủ trì cập nhật danh sách việc cần làm', en: "Only the task's owner keeps its checklist" });
  if (task.status !== 'assigned' && task.status !== 'in_progress')
    throw invalidState('task_closed', { vi: 'Nhiệm vụ đã trình, hoàn thành hoặc hủy', en: 'The task was handed in, completed or cancelled' });
  return task;
}

export async function addChecklistItem(deps: WorkDeps, actor: Actor, taskId: string, input: { text: string }) {
  await ownerOfOpenTask(deps, actor, taskId);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    const [{ items }] = await tx
      .select({ items: count() })
      .from(taskChecklistItems)
      .where(and(eq(taskChecklistItems.agencyId, actor.agencyId), eq(taskChecklistItems.taskId, taskId)));
    if (items >= MAX_CHECKLIST_ITEMS)
      throw conflict('checklist_full', {
        vi: `Danh sách tối đa ${MAX_CHECKLIST_ITEMS} bước; hãy chia thành nhiệm vụ con`,
        en: `A checklist holds at most ${MAX_CHECKLIST_ITEMS} steps; split the task into subtasks`,
      });
    await tx.insert(taskChecklistItems).values({ id, agencyId: actor.agencyId, taskId, position: items + 1, text: input.text, createdAt: now });
    await recordAction(tx, auditContext(deps, actor, now), 'task.checklist_item_added', { type: 'task', id: taskId }, { itemId: id, text: input.text });
  });
  return itemsOf(deps.db, actor.agencyId, taskId);
}

/** Ticks or unticks an item; ticking it again as it already is changes nothing. */
export async function tickChecklistItem(deps: WorkDeps, actor: Actor, taskId: string, itemId: string, input: { done: boolean }) {
  await ownerOfOpenTask(deps, actor, taskId);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const where = and(eq(taskChecklistItems.agencyId, actor.agencyId), eq(taskChecklistItems.taskId, taskId), eq(taskChecklistItems.id, itemId));
    const [item] = await tx.select().from(taskChecklistItems).where(where).for('update');
    if (!item) throw notFound({ vi: 'Không tìm thấy bước việc', en: 'Checklist item not found' });
    if ((item.doneAt !== null) === input.done) return;
    await tx
      .update(taskChecklistItems)
      .set(input.done ? { doneAt: now, doneByName: actor.displayName } : { doneAt: null, doneByName: null })
      .where(where);
    const action = input.done ? 'task.checklist_item_ticked' : 'task.checklist_item_unticked';
    await recordAction(tx, auditContext(deps, actor, now), action, { type: 'task', id: taskId }, { itemId, text: item.text });
  });
  return itemsOf(deps.db, actor.agencyId, taskId);
}
