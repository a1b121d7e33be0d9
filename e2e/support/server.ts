import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const port = 3900 + (process.pid % 90);
const dataDir = resolve('.tmp', `e2e-data-${process.pid}`);

/** Starts the real server on a fresh database with the demo agency, as `npm start` would. */
export default async function setup(project: TestProject) {
  const database = await freshDatabase();
  // Production refuses to start without a real identity key: the journeys make a fresh one per run.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production', FEEDBACK_IDENTITY_KEY: randomBytes(32).toString('base64') };
  if (database.url) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;
  // The compiled server of `npm run build`, as `npm start` runs it; one process (no npm wrapper), so stopping it really stops the server.
  const server = spawn(process.execPath, ['dist/server/main.mjs'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** With DATABASE_URL, the journeys get their own database so the demo agency loads into an empty one. */
async function freshDatabase(): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => {} };
  const name = `congvu_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error('server did not become healthy in 90 s');
}
