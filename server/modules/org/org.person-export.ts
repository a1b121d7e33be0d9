import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { people, units, users } from '../../db/schema/index.js';

/**
 * One person's profile and their account for a personal-data export, or null when the person is
 * not of the agency. The account is read column by column so the password hash never leaves.
 */
export async function personProfileExport(db: Db, agencyId: string, personId: string) {
  const [person] = await db
    .select({
      id: people.id,
      fullName: people.fullName,
      unitName: units.name,
      position: people.position,
      category: people.category,
      isPartyMember: people.isPartyMember,
      email: people.email,
      phone: people.phone,
      birthDate: people.birthDate,
      status: people.status,
      leftOn: people.leftOn,
      createdAt: people.createdAt,
      updatedAt: people.updatedAt,
    })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(eq(people.agencyId, agencyId), eq(people.id, personId)))
    .limit(1);
  if (!person) return null;
  const accounts = await db
    .select({
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      isActive: users.isActive,
      lockedUntil: users.lockedUntil,
      passwordChangedAt: users.passwordChangedAt,
      oidcSubject: users.oidcSubject,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.personId, personId)))
    .limit(10);
  return { person, accounts };
}
