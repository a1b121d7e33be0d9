import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org.js';

/**
 * A daily, signed copy of every lane's head. Someone who deletes the newest audit rows and moves
 * the heads back cannot sign a matching checkpoint without the key, which is not in the database.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    /** The local day (Asia/Ho_Chi_Minh) of the checkpoint, yyyy-mm-dd. */
    day: text().notNull(),
    heads: jsonb().$type<{ lane: number; lastSequence: number; lastHash: string }[]>().notNull(),
    /** HMAC-SHA256 of the agency, the day and the heads, hex. */
    signature: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.day] })],
);
