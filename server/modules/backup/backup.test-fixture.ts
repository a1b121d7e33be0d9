import { join } from 'node:path';
import pg from 'pg';
import { feedbackIdentityKeyOf, loadConfig } from '../../config.js';
import { openDatabase, type Database } from '../../db/client.js';
import { seedDemoAgency, type SeededAgency } from '../../db/seed/demo-agency.js';
import { seedDemoConduct } from '../../db/seed/demo-conduct.js';
import { seedDemoDissemination } from '../../db/seed/demo-dissemination.js';
import { seedDemoDocuments } from '../../db/seed/demo-documents.js';
import { seedDemoFeedback } from '../../db/seed/demo-feedback.js';
import { seedDemoHistory } from '../../db/seed/demo-history.js';
import { seedDemoWork } from '../../db/seed/demo-work.js';
import { createFileStore } from '../../platform/files.js';
import { openTestDatabase, type TestApp } from '../../test/test-app.js';

/** The demo agency (with history, work, documents, campaigns, cases and public reports) under a unique prefix. */
export async function seedDemoData(t: TestApp, prefix: string): Promise<SeededAgency> {
  const { db } = t.database;
  const now = t.clock.now();
  const seeded = await seedDemoAgency(db, t.clock, { agencyCode: `DEMO-${prefix}`, usernamePrefix: prefix });
  await seedDemoHistory(db, now, seeded, 30);
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: `.tmp/test-data-${process.pid}` });
  const files = createFileStore(join(config.DATA_DIR, 'files'));
  await seedDemoWork(db, now, seeded, prefix);
  const { directiveId } = await seedDemoDocuments(db, now, seeded, files, prefix);
  await seedDemoDissemination(db, now, seeded, directiveId, files, prefix);
  await seedDemoConduct(db, now, seeded, prefix);
  await seedDemoFeedback(db, now, seeded, {
    files,
    identityKey: feedbackIdentityKeyOf(config),
    usernamePrefix: prefix,
  });
  return seeded;
}

/**
 * An empty database to restore into: on PostgreSQL a new database beside the test one (dropped
 * first), on PGlite the migrated in-memory snapshot, which holds no row.
 */
export async function openEmptyTarget(name: string): Promise<{ open: () => Promise<Database>; url?: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { open: openTestDatabase };
  const target = new URL(url);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const database = `${target.pathname.slice(1)}_${name}_${process.pid}`;
  await admin.query(`drop database if exists "${database}"`);
  await admin.query(`create database "${database}"`);
  await admin.end();
  target.pathname = `/${database}`;
  return { open: () => openDatabase({ databaseUrl: target.toString(), poolSize: 4 }), url: target.toString() };
}

export async function dropTarget(url: string | undefined) {
  if (!url || !process.env.DATABASE_URL) return;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  await admin.end();
}
