import pg from 'pg';
import { openDatabase, type Database } from '../db/client.js';
import { openTestDatabase } from './test-app.js';
import { uniqueSuffix } from './factories.js';

/**
 * A migrated database that holds no agency, for setup tests. PGlite files start from the empty
 * snapshot; on PostgreSQL (where tests share one database full of agencies) a new database is
 * created beside DATABASE_URL's and dropped on close.
 */
export async function openEmptyTestDatabase(): Promise<Database> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return openTestDatabase();
  const name = `congvu_empty_${uniqueSuffix().replace(/[^a-z0-9]/g, '_')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: databaseUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name}`);
      await dropper.end();
    },
  };
}
