import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org.js';

/**
 * Append-only and hash-chained: each row stores the hash of the previous row of its chain.
 * An agency has a few chains ("lanes", chosen by subject) so that concurrent writers on
 * different subjects do not queue behind one row lock; each lane verifies on its own.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    lane: integer().notNull(),
    sequence: bigint({ mode: 'number' }).notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    actorUserId: uuid(),
    actorName: text().notNull(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    change: jsonb().notNull(),
    previousHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_chain_key').on(t.agencyId, t.lane, t.sequence),
    index('audit_events_agency_idx').on(t.agencyId, t.id),
    index('audit_events_action_idx').on(t.agencyId, t.action, t.id),
    index('audit_events_subject_idx').on(t.agencyId, t.subjectType, t.subjectId, t.id),
    index('audit_events_actor_idx').on(t.agencyId, t.actorUserId, t.id),
  ],
);

/** The head of each chain; the row lock serialises appends to one lane so it never forks. */
export const auditChainHeads = pgTable(
  'audit_chain_heads',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    lane: integer().notNull(),
    lastSequence: bigint({ mode: 'number' }).notNull(),
    lastHash: text().notNull(),
    /** The hash lastHash replaced: the statement that moves the head returns it to chain the new row to. */
    previousHash: text(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.lane] })],
);
