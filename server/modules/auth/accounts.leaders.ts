import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';

/** The people with an active account holding the leader role: the top of an escalation. */
export async function activeLeaderIds(db: Db | Tx, agencyId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: users.personId })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.isActive, true), sql`'leader' = any(${users.roles})`));
  return rows.flatMap((row) => (row.personId ? [row.personId] : []));
}
