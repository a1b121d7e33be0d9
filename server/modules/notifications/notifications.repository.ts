import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { notifications } from '../../db/schema/index.js';

/** Stores these notifications; a repeated dedupe key is skipped. */
export async function insertNotifications(tx: Tx, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(notifications).values(rows).onConflictDoNothing();
}

export async function listNotifications(db: Db, personId: string, options: { unreadOnly: boolean; after?: [string, string]; limit: number }) {
  const conditions = [eq(notifications.personId, personId)];
  if (options.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (options.after) {
    const [createdAt, id] = options.after;
    conditions.push(or(lt(notifications.createdAt, new Date(createdAt)), and(eq(notifications.createdAt, new Date(createdAt)), lt(notifications.id, id)))!);
  }
  return db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit + 1);
}

/** Counts at most `cap` unread rows: the badge shows "99+" rather than paying for an unbounded COUNT. */
export async function countUnread(db: Db, personId: string, cap: number): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as n from (select 1 from notifications where person_id = ${personId} and read_at is null limit ${cap}) capped`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0].n);
}

export async function markRead(tx: Tx, personId: string, ids: string[] | undefined, now: Date) {
  const conditions = [eq(notifications.personId, personId), isNull(notifications.readAt)];
  if (ids) conditions.push(inArray(notifications.id, ids));
  const rows = await tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return rows.length;
}
