import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { people, users } from '../../db/schema/index.js';
import type { OidcCandidate } from './oidc.rules.js';

const candidateColumns = { id: users.id, agencyId: users.agencyId, displayName: users.displayName, oidcSubject: users.oidcSubject };

/** Active accounts the provider's subject, verified e-mail or username claim could name (see chooseAccount). */
export async function findOidcCandidates(db: Db, subject: string, verifiedEmail: string | undefined, username: string | undefined) {
  const bySubject: OidcCandidate[] = await db
    .select(candidateColumns)
    .from(users)
    .where(and(eq(users.oidcSubject, subject), eq(users.isActive, true)));
  const byEmail: OidcCandidate[] = verifiedEmail
    ? await db
        .select(candidateColumns)
        .from(users)
        .innerJoin(people, eq(people.id, users.personId))
        .where(and(sql`lower(${people.email}) = lower(${verifiedEmail})`, eq(users.isActive, true), isNull(users.oidcSubject)))
    : [];
  const byUsername: OidcCandidate[] = username
    ? await db
        .select(candidateColumns)
        .from(users)
        .where(and(sql`lower(${users.username}) = lower(${username})`, eq(users.isActive, true), isNull(users.oidcSubject)))
    : [];
  return { bySubject, byEmail, byUsername };
}
