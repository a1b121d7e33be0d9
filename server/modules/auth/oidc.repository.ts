import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { people, users } from '../../db/schema/index.js';
import type { OidcCandidate } from './oidc.rules.js';

// Only agencies' accounts: a platform administrator (no agency) never signs in by single sign-on.
const candidateColumns = { id: users.id, agencyId: sql<string>`${users.agencyId}`, displayName: users.displayName, oidcSubject: users.oidcSubject };
const inAgency = isNotNull(users.agencyId);

/** Active accounts the provider's subject, verified e-mail or username claim could name (see chooseAccount). */
export async function findOidcCandidates(db: Db, subject: string, verifiedEmail: string | undefined, username: string | undefined) {
  const bySubject: OidcCandidate[] = await db
    .select(candidateColumns)
    .from(users)
    .where(and(eq(users.oidcSubject, subject), eq(users.isActive, true), inAgency));
  const byEmail: OidcCandidate[] = verifiedEmail
    ? await db
        .select(candidateColumns)
        .from(users)
        .innerJoin(people, eq(people.id, users.personId))
        .where(and(sql`lower(${people.email}) = lower(${verifiedEmail})`, eq(users.isActive, true), inAgency, isNull(users.oidcSubject)))
    : [];
  const byUsername: OidcCandidate[] = username
    ? await db
        .select(candidateColumns)
        .from(users)
        .where(and(sql`lower(${users.username}) = lower(${username})`, eq(users.isActive, true), inAgency, isNull(users.oidcSubject)))
    : [];
  return { bySubject, byEmail, byUsername };
}
