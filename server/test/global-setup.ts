import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase, pgliteOf } from '../db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseSnapshotPath: string | null;
  }
}

/**
 * Migrates once per run. On PostgreSQL the tests share the migrated database (each test makes
 * its own agency); on PGlite every test file starts from a migrated snapshot instead of initdb.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  await database.migrate();
  let snapshotPath: string | null = null;
  const pglite = pgliteOf(database);
  if (pglite) {
    const snapshot = await pglite.dumpDataDir('none');
    snapshotPath = resolve('.tmp', `test-db-${process.pid}.tar`);
    mkdirSync(resolve('.tmp'), { recursive: true });
    writeFileSync(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  }
  await database.close();
  project.provide('databaseSnapshotPath', snapshotPath);
}
