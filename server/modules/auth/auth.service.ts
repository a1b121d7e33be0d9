import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../db/client.js';
import type { users } from '../../db/schema/index.js';
import { type Actor, auditActorOf, NO_AGENCY, type ResolvedSession, type Role } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { unauthenticated, validationError } from '../../platform/errors.js';
import { recordAccountAudit } from './auth.audit.js';
import * as repository from './auth.repository.js';
import { passwordProblems } from './auth.password-policy.js';
import { isLastSeenStale, isSessionAlive, LAST_SEEN_WRITE_MS, SESSION_HOURS, SESSION_IDLE_MINUTES } from './auth.rules.js';
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from './auth.throttle.js';

export interface AuthDeps {
  db: Db;
  clock: Clock;
  /** SESSION_IDLE_MINUTES; 30 when absent. */
  sessionIdleMinutes?: number;
}

/** Where a session was opened from, for its owner's list of sessions. */
export interface SessionClient {
  address: string | null;
  userAgent: string | null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id is the library's default
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Verified against when the user does not exist, so timing does not reveal valid usernames.
const dummyHash = hashPassword('congvu-timing-equaliser');

const badCredentials = () => unauthenticated('invalid_credentials', { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' });

/**
 * Checks the password under the login throttle (auth.throttle.ts) and opens a session. An unknown
 * name is throttled, verified against a dummy hash and answered exactly like a wrong password.
 */
export async function login(deps: AuthDeps, username: string, password: string, address = 'local', userAgent: string | null = null) {
  const now = deps.clock.now();
  await assertLoginAllowed(deps.db, username, address, now);
  const user = await repository.findUserByUsername(deps.db, username);
  const isValid =
    user && user.isActive
      ? await verify(user.passwordHash, password).catch(() => false)
      : await verify(await dummyHash, password).then(
          () => false,
          () => false,
        );
  if (!user || !user.isActive || !isValid) {
    await deps.db.transaction(async (tx) => {
      await recordLoginFailure(tx, username, address, now);
      if (!user) return;
      await recordAccountAudit(tx, user.agencyId, {
        actor: { userId: user.id, name: user.displayName },
        action: 'user.login_failed',
        subjectType: 'user',
        subjectId: user.id,
        change: {},
        occurredAt: now,
      });
    });
    throw badCredentials();
  }
  await clearLoginFailures(deps.db, username, address);
  return openSession(deps, user, now, {}, {}, { address, userAgent });
}

/**
 * Opens a session for a user already proven (password or single sign-on) and records the login;
 * `userChanges` (a single sign-on's subject) are written in the same transaction. Returns the cookie token.
 */
export async function openSession(
  deps: AuthDeps,
  user: { id: string; agencyId: string | null; displayName: string },
  now: Date,
  change: Record<string, unknown>,
  userChanges: Pick<Partial<typeof users.$inferInsert>, 'oidcSubject' | 'mustChangePassword'> = {},
  client: SessionClient = { address: null, userAgent: null },
) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await deps.db.transaction(async (tx) => {
    await repository.updateUser(tx, user.id, { lastLoginAt: now, ...userChanges });
    await repository.insertSession(tx, {
      tokenHash: hashToken(token),
      agencyId: user.agencyId,
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      address: client.address,
      // Shown to its owner only; bounded so a forged header cannot bloat the row.
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await recordAccountAudit(tx, user.agencyId, {
      actor: { userId: user.id, name: user.displayName },
      action: 'user.logged_in',
      subjectType: 'user',
      subjectId: user.id,
      change,
      occurredAt: now,
    });
  });
  return { token };
}

/**
 * Resolves a cookie token into the actor, or undefined when the session is unknown, expired, idle too
 * long or disabled. Read from the database on every request, so a role change or deactivation made on
 * any instance applies at that user's next request. "Last seen" is written at most once a minute.
 */
export async function resolveSession(deps: AuthDeps, token: string): Promise<ResolvedSession | undefined> {
  const tokenHash = hashToken(token);
  const row = await repository.findSession(deps.db, tokenHash);
  const now = deps.clock.now();
  if (!row || !row.isActive || !isSessionAlive(row, now, deps.sessionIdleMinutes ?? SESSION_IDLE_MINUTES)) return undefined;
  if (isLastSeenStale(row.lastSeenAt, now)) await repository.touchSession(deps.db, tokenHash, now, new Date(now.getTime() - LAST_SEEN_WRITE_MS));
  return sessionOfRow(row);
}

function sessionOfRow(row: repository.SessionRow): ResolvedSession {
  return {
    csrfToken: row.csrfToken,
    username: row.username,
    agencyName: row.agencyName,
    mustChangePassword: row.mustChangePassword,
    actor: actorOfRow(row),
  };
}

function actorOfRow(row: Omit<repository.SessionRow, 'csrfToken' | 'expiresAt' | 'lastSeenAt' | 'mustChangePassword'>): Actor {
  return {
    userId: row.userId,
    agencyId: row.agencyId ?? NO_AGENCY,
    personId: row.personId,
    displayName: row.displayName,
    roles: row.roles as Role[],
    unitId: row.unitId,
    unitPath: row.unitPath,
    managedUnitPaths: row.managedUnitPaths,
  };
}

/** Acts on behalf of an active user without a session (demo data, scheduled jobs). */
export async function actorOfUsername(deps: Pick<AuthDeps, 'db'>, username: string): Promise<Actor> {
  const row = await repository.findActorRowByUsername(deps.db, username);
  if (!row || !row.isActive) throw new Error(`no active user ${username}`);
  return actorOfRow(row);
}

export async function logout(deps: AuthDeps, actor: Actor, token: string) {
  await deps.db.transaction(async (tx) => {
    await repository.deleteSession(tx, hashToken(token));
    await recordAccountAudit(tx, actor.agencyId, {
      actor: auditActorOf(actor),
      action: 'user.logged_out',
      subjectType: 'user',
      subjectId: actor.userId,
      change: {},
      occurredAt: deps.clock.now(),
    });
  });
}

/** Changes the password and ends every other session of the user. */
export async function changePassword(
  deps: AuthDeps,
  actor: Actor,
  token: string,
  currentPassword: string,
  newPassword: string,
  client: SessionClient = { address: null, userAgent: null },
) {
  const user = await repository.findUserById(deps.db, actor.userId);
  if (!user || !(await verify(user.passwordHash, currentPassword).catch(() => false))) {
    throw validationError([{ field: 'body.currentPassword', message: { vi: 'Mật khẩu hiện tại không đúng', en: 'Current password is wrong' } }]);
  }
  const problems = passwordProblems(newPassword, user);
  if (problems.length > 0) throw validationError(problems.map((message) => ({ field: 'body.newPassword', message })));
  const passwordHash = await hashPassword(newPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repository.updateUser(tx, user.id, { passwordHash, passwordChangedAt: now, mustChangePassword: false });
    await repository.deleteSessionsOfUser(tx, user.id);
    await recordAccountAudit(tx, actor.agencyId, {
      actor: auditActorOf(actor),
      action: 'user.password_changed',
      subjectType: 'user',
      subjectId: user.id,
      change: {},
      occurredAt: now,
    });
  });
  return login(deps, user.username, newPassword, client.address ?? 'local', client.userAgent);
}
