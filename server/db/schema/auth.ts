import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, people } from './org.js';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null only for a platform administrator: an account of the deployment, in no agency. */
    agencyId: uuid().references(() => agencies.id),
    personId: uuid().references(() => people.id),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    roles: text().array().notNull(),
    isActive: boolean().notNull().default(true),
    failedLoginCount: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Seam for single sign-on: the OpenID Connect subject, when linked. */
    oidcSubject: text(),
    /** Set for an initial or reset password: every route but changing it answers 403 until then. */
    mustChangePassword: boolean().notNull().default(false),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    uniqueIndex('users_person_key').on(t.personId),
    // One account per single sign-on subject in an agency; a city's agencies may share a provider.
    uniqueIndex('users_agency_oidc_subject_key').on(t.agencyId, t.oidcSubject),
    // The accounts screen pages an agency's accounts by username.
    index('users_agency_username_idx').on(t.agencyId, t.username, t.id),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not give live sessions. */
    tokenHash: text().primaryKey(),
    /** Null for a platform administrator's session. */
    agencyId: uuid().references(() => agencies.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    csrfToken: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** What the owner's session list names and ends (the token hash never leaves the server). */
    id: uuid().notNull().defaultRandom(),
    /** The idle clock: written at most once a minute per session (auth.rules.ts). */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userAgent: text(),
    address: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), uniqueIndex('sessions_id_key').on(t.id)],
);

/** One-time tokens that open the setup page on an empty database; only their SHA-256 is kept. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text().primaryKey(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});

/** One-time links that let a person set their own first password; only their SHA-256 is kept. */
export const accountInvitations = pgTable(
  'account_invitations',
  {
    tokenHash: text().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('account_invitations_user_idx').on(t.userId)],
);

/** What platform administrators do (in no agency's chain): logins, agencies created. Append-only. */
export const platformAuditEvents = pgTable(
  'platform_audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    actorUserId: uuid(),
    actorName: text().notNull(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    change: jsonb().notNull(),
  },
  (t) => [index('platform_audit_events_occurred_idx').on(t.occurredAt)],
);
