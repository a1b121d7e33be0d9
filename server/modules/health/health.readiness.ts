import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { migrationsFolder } from '../../paths.js';

export interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/** The migrations this build ships, from drizzle-kit's journal. */
export function readJournal(folder = migrationsFolder): Journal {
  return JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** The last migration this build ships (its tag), and the one the database has applied. */
export async function migrationState(db: Db, journal: Journal = readJournal()) {
  const expected = journal.entries[journal.entries.length - 1];
  // Drizzle's migrator records each applied migration with its journal time as created_at.
  const rows = await queryRows<{ last: string | null }>(db, sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`).catch(() => [
    { last: null },
  ]);
  const appliedWhen = rows[0].last === null ? null : Number(rows[0].last);
  const applied = appliedWhen === null ? null : ([...journal.entries].reverse().find((entry) => entry.when <= appliedWhen) ?? null);
  return { expected: expected.tag, applied: applied?.tag ?? null, isCurrent: appliedWhen !== null && appliedWhen >= expected.when };
}
