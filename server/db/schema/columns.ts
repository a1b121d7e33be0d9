import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './org.js';

/** What the file store (platform/files.ts) knows of a content-addressed file; every attachment table keeps it. */
export const storedFileColumns = () => ({
  sha256: text().notNull(),
  fileName: text().notNull(),
  contentType: text().notNull(),
  size: integer().notNull(),
});

/** Who did what, when and why: the columns every history table of a record starts with. */
export const historyColumns = () => ({
  occurredAt: timestamp({ withTimezone: true }).notNull(),
  actorPersonId: uuid().references(() => people.id),
  actorName: text().notNull(),
  kind: text().notNull(),
  reason: text(),
});
