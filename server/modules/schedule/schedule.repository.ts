import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { weeklyScheduleEntries, weeklySchedules } from '../../db/schema/index.js';

export type ScheduleRow = typeof weeklySchedules.$inferSelect;
export type EntryRow = typeof weeklyScheduleEntries.$inferSelect;
export type EntryInsert = typeof weeklyScheduleEntries.$inferInsert;

export async function findScheduleOfWeek(db: Db | Tx, agencyId: string, weekStart: string): Promise<ScheduleRow | undefined> {
  const [row] = await db
    .select()
    .from(weeklySchedules)
    .where(and(eq(weeklySchedules.agencyId, agencyId), eq(weeklySchedules.weekStart, weekStart)));
  return row;
}

export async function findSchedule(db: Db | Tx, agencyId: string, id: string): Promise<ScheduleRow | undefined> {
  const [row] = await db
    .select()
    .from(weeklySchedules)
    .where(and(eq(weeklySchedules.agencyId, agencyId), eq(weeklySchedules.id, id)));
  return row;
}

export async function lockSchedule(tx: Tx, agencyId: string, id: string): Promise<ScheduleRow | undefined> {
  const [row] = await tx
    .select()
    .from(weeklySchedules)
    .where(and(eq(weeklySchedules.agencyId, agencyId), eq(weeklySchedules.id, id)))
    .for('update');
  return row;
}

/** Inserts the week's schedule unless one exists (the unique week key decides between two drafters). */
export async function insertSchedule(tx: Tx, values: typeof weeklySchedules.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(weeklySchedules).values(values).onConflictDoNothing().returning({ id: weeklySchedules.id });
  return rows.length > 0;
}

export async function updateSchedule(tx: Tx, id: string, values: Partial<typeof weeklySchedules.$inferInsert>) {
  await tx.update(weeklySchedules).set(values).where(eq(weeklySchedules.id, id));
}

export async function entriesOf(db: Db | Tx, scheduleId: string): Promise<EntryRow[]> {
  return db
    .select()
    .from(weeklyScheduleEntries)
    .where(eq(weeklyScheduleEntries.scheduleId, scheduleId))
    .orderBy(
      asc(weeklyScheduleEntries.day),
      asc(weeklyScheduleEntries.session),
      sql`${weeklyScheduleEntries.startTime} nulls first`,
      asc(weeklyScheduleEntries.createdAt),
    );
}

export async function findEntry(tx: Tx, scheduleId: string, id: string): Promise<EntryRow | undefined> {
  const [row] = await tx
    .select()
    .from(weeklyScheduleEntries)
    .where(and(eq(weeklyScheduleEntries.scheduleId, scheduleId), eq(weeklyScheduleEntries.id, id)));
  return row;
}

export async function insertEntry(tx: Tx, values: EntryInsert) {
  await tx.insert(weeklyScheduleEntries).values(values);
}

export async function updateEntry(tx: Tx, id: string, values: Partial<EntryInsert>) {
  await tx.update(weeklyScheduleEntries).set(values).where(eq(weeklyScheduleEntries.id, id));
}

export async function deleteEntry(tx: Tx, id: string) {
  await tx.delete(weeklyScheduleEntries).where(eq(weeklyScheduleEntries.id, id));
}
