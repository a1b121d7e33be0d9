import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { people, units } from '../../db/schema/index.js';

/** For imports of other modules: active units by code (case-insensitive), keyed by the lower-cased code. */
export async function activeUnitsByCode(db: Db | Tx, agencyId: string, codes: string[]) {
  if (codes.length === 0) return new Map<string, { id: string; path: string; name: string }>();
  const rows = await db
    .select({ id: units.id, path: units.path, name: units.name, code: units.code })
    .from(units)
    .where(
      and(
        eq(units.agencyId, agencyId),
        eq(units.isActive, true),
        inArray(
          sql`lower(${units.code})`,
          codes.map((code) => code.toLowerCase()),
        ),
      ),
    );
  return new Map(rows.map((row) => [row.code.toLowerCase(), row]));
}

/** For imports of other modules: active people by e-mail (case-insensitive), keyed by the lower-cased address. */
export async function activePeopleByEmail(db: Db | Tx, agencyId: string, emails: string[]) {
  if (emails.length === 0) return new Map<string, { id: string; fullName: string }>();
  const rows = await db
    .select({ id: people.id, fullName: people.fullName, email: people.email })
    .from(people)
    .where(
      and(
        eq(people.agencyId, agencyId),
        eq(people.status, 'active'),
        inArray(
          sql`lower(${people.email})`,
          emails.map((email) => email.toLowerCase()),
        ),
      ),
    );
  return new Map(rows.map((row) => [(row.email ?? '').toLowerCase(), { id: row.id, fullName: row.fullName }]));
}
