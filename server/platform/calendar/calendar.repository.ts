import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { calendarDays } from '../../db/schema/index.js';
import { VIETNAM_CALENDAR_2023_2027 } from './holidays-vn.js';
import { WorkingCalendar } from './working-days.js';

/** Gives a new agency the official holidays and make-up days; administrators edit them later. */
export async function insertDefaultCalendar(tx: Tx, agencyId: string) {
  await tx.insert(calendarDays).values(VIETNAM_CALENDAR_2023_2027.map((entry) => ({ agencyId, ...entry })));
}

/** The agency's working calendar, read from its dated exceptions. */
export async function loadWorkingCalendar(db: Db | Tx, agencyId: string): Promise<WorkingCalendar> {
  const rows = await db.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays).where(eq(calendarDays.agencyId, agencyId));
  return new WorkingCalendar(rows);
}
