import { and, eq, lt, sql } from 'drizzle-orm';
import { preparedPerDatabase, queryRows, type Db, type Tx } from '../../db/client.js';
import { agencies, people, sessions, users } from '../../db/schema/index.js';

export interface SessionRow {
  csrfToken: string;
  mustChangePassword: boolean;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  username: string;
  /** Null for a platform administrator. */
  agencyId: string | null;
  agencyName: string;
  personId: string | null;
  displayName: string;
  roles: string[];
  isActive: boolean;
  unitId: string | null;
  unitPath: string | null;
  managedUnitPaths: string[];
}

/** The columns that make an actor: the user, their person and unit, and the units they manage. */
const actorColumns = sql`u.id as user_id, u.username, u.agency_id, a.name as agency_name,
  u.person_id, u.display_name, u.roles, u.is_active, p.unit_id, p.unit_path,
  coalesce((select array_agg(mu.path) from unit_managers m join units mu on mu.id = m.unit_id
            where m.person_id = u.person_id and mu.is_active), '{}') as managed_unit_paths`;

function toActorRow(row: Record<string, unknown>) {
  return {
    userId: row.user_id as string,
    username: row.username as string,
    agencyId: (row.agency_id as string) ?? null,
    agencyName: (row.agency_name as string) ?? '',
    personId: (row.person_id as string) ?? null,
    displayName: row.display_name as string,
    roles: row.roles as string[],
    isActive: row.is_active as boolean,
    unitId: (row.unit_id as string) ?? null,
    unitPath: (row.unit_path as string) ?? null,
    managedUnitPaths: row.managed_unit_paths as string[],
  };
}

/** Every request with a cookie runs it. */
const findSessionQuery = preparedPerDatabase((db) =>
  db
    .select({
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      mustChangePassword: users.mustChangePassword,
      userId: users.id,
      username: users.username,
      agencyId: users.agencyId,
      agencyName: sql<string>`coalesce(${agencies.name}, '')`,
      personId: users.personId,
      displayName: users.displayName,
      roles: users.roles,
      isActive: users.isActive,
      unitId: people.unitId,
      unitPath: people.unitPath,
      managedUnitPaths: sql<string[]>`coalesce((select array_agg(mu.path) from unit_managers m join units mu on mu.id = m.unit_id
            where m.person_id = ${users.personId} and mu.is_active), '{}')`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('find_session'),
);

/** One query resolves a session into everything the actor needs. */
export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await findSessionQuery(db).execute({ tokenHash });
  return row;
}

/** The same actor facts without a session: for seeding and jobs acting on someone's behalf. */
export async function findActorRowByUsername(db: Db | Tx, username: string) {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`
    select ${actorColumns}
    from users u
    join agencies a on a.id = u.agency_id
    left join people p on p.id = u.person_id
    where lower(u.username) = lower(${username})`,
  );
  return row ? toActorRow(row) : undefined;
}

export async function findUserByUsername(db: Db | Tx, username: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

export async function findUserById(db: Db | Tx, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function agencyName(db: Db | Tx, agencyId: string) {
  const [row] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return row?.name ?? '';
}

export async function insertSession(tx: Tx, values: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(values);
}

/** Moves the idle clock; the condition keeps concurrent requests of one session from writing twice. */
export async function touchSession(db: Db | Tx, tokenHash: string, now: Date, staleBefore: Date) {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, staleBefore)));
}

export async function deleteSession(tx: Tx, tokenHash: string) {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(tx: Tx, userId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export async function updateUser(tx: Tx, id: string, values: Partial<typeof users.$inferInsert>) {
  await tx.update(users).set(values).where(eq(users.id, id));
}

/** When a person leaves: their account is disabled and every session ends. */
export async function disableAccountOfPerson(tx: Tx, personId: string) {
  const [account] = await tx.update(users).set({ isActive: false }).where(eq(users.personId, personId)).returning({ id: users.id });
  if (account) await deleteSessionsOfUser(tx, account.id);
}
