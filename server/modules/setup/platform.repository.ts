import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { agencies, users } from '../../db/schema/index.js';

/** Every agency with its size: counts only, never a record of it. */
export function listAgenciesWithSize(db: Db | Tx) {
  return db
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      createdAt: agencies.createdAt,
      // Table names written out: inside a subquery an unqualified "id" would name the subquery's own row.
      people: sql<number>`(select count(*)::int from people p where p.agency_id = agencies.id and p.status = 'active')`,
      units: sql<number>`(select count(*)::int from units u where u.agency_id = agencies.id and u.is_active)`,
      openTasks: sql<number>`(select count(*)::int from tasks t where t.agency_id = agencies.id and t.status in ('assigned', 'in_progress', 'submitted'))`,
      accounts: sql<number>`(select count(*)::int from users a where a.agency_id = agencies.id and a.is_active)`,
    })
    .from(agencies)
    .orderBy(asc(agencies.name), asc(agencies.id));
}

export async function agencyCodeTaken(tx: Tx, code: string) {
  const [row] = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(sql`lower(${agencies.code}) = lower(${code})`);
  return row !== undefined;
}

/** Whether the deployment has an active platform administrator: then setup may add agencies. */
export async function hasPlatformAdministrator(db: Db | Tx) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`'platform_admin' = any(${users.roles})`, eq(users.isActive, true), isNull(users.agencyId)))
    .limit(1);
  return row !== undefined;
}
