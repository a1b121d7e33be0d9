import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/index.js';

/**
 * The live sessions of a person's accounts (device and address they signed in from), for a
 * personal-data export. The token hash and CSRF token are secrets, not data about the person.
 */
export function personSessionsExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      username: users.username,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      address: sessions.address,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(users.agencyId, agencyId), eq(users.personId, personId)))
    .orderBy(asc(sessions.createdAt), asc(sessions.id))
    .limit(500);
}
