import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;

/** An account of this agency, or undefined: another agency's ids look like unknown ones. */
export async function findAccount(db: Db | Tx, agencyId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.id, id)));
  return row;
}

/** The same, locked for the rest of the transaction, so two changes to one account do not interleave. */
export async function lockAccount(tx: Tx, agencyId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.id, id)))
    .for('update');
  return row;
}

/**
 * Locks and counts the agency's active administrators: two administrators removing each other at
 * once wait for one another, so the agency always keeps one.
 */
export async function lockActiveAdministrators(tx: Tx, agencyId: string): Promise<number> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.isActive, true), sql`'agency_admin' = any(${users.roles})`))
    .for('update');
  return rows.length;
}

export async function findAccountOfPerson(db: Db | Tx, personId: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.personId, personId));
  return row;
}

/** Usernames (lower-cased) already taken among `candidates`, across every agency: a login names one account. */
export async function takenUsernames(db: Db | Tx, candidates: string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const lowered = candidates.map((name) => name.toLowerCase());
  const rows = await db
    .select({ username: sql<string>`lower(${users.username})` })
    .from(users)
    .where(inArray(sql`lower(${users.username})`, lowered));
  return new Set(rows.map((row) => row.username));
}

/** Usernames starting with `base`, for numbering a suggestion. */
export async function usernamesLike(db: Db | Tx, base: string): Promise<Set<string>> {
  const pattern = `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ username: sql<string>`lower(${users.username})` })
    .from(users)
    .where(sql`lower(${users.username}) like ${pattern}`);
  return new Set(rows.map((row) => row.username));
}

export async function updateAccount(tx: Tx, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await tx.update(users).set(values).where(eq(users.id, id)).returning();
  return row;
}
