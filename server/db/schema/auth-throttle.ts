import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed logins counted per key — a name, an address, or the pair — not per user row, so an
 * unknown name is counted and answered like a known one, and the count grows atomically.
 */
export const loginThrottles = pgTable('login_throttles', {
  /** `name:<lower-case username>`, `address:<ip>` or `pair:<username>|<ip>`. */
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  blockedUntil: timestamp({ withTimezone: true }),
  lastFailureAt: timestamp({ withTimezone: true }).notNull(),
});
