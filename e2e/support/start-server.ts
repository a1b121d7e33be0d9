import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

export interface StartedServer {
  baseUrl: string;
  /** Everything the server printed, e.g. the setup page's link on an empty database. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the compiled server of `npm run build` (as `npm start` runs it) on a database of its own:
 * with the demo agency, or empty (`seedDemo: false`) for journeys that begin with setup.
 */
export async function startServer(options: { name: string; port: number; seedDemo: boolean; env?: Record<string, string> }): Promise<StartedServer> {
  const dataDir = resolve('.tmp', `e2e-${options.name}-${process.pid}`);
  const database = await freshDatabase(`congvu_e2e_${options.name}_${process.pid}`);
  // Production refuses to start without a real identity key: the journeys make a fresh one per run.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SEED_DEMO: String(options.seedDemo),
    // One process: a journey reads back a name or holiday it just changed, which other processes see within the cache bound (platform/cache.ts).
    WEB_CONCURRENCY: '1',
    FEEDBACK_IDENTITY_KEY: randomBytes(32).toString('base64'),
    ...options.env,
  };
  if (database.url) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;
  // One process (no npm wrapper), so stopping it really stops the server.
  const server = spawn(process.execPath, ['dist/server/main.mjs'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let printed = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
    process.stdout.write(chunk);
  });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    server.kill('SIGTERM');
    await database.drop();
    throw error;
  }
  return {
    baseUrl,
    output: () => printed,
    async stop() {
      server.kill('SIGTERM');
      if (server.exitCode === null) await new Promise((done) => server.once('exit', done));
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** With DATABASE_URL, each server gets its own database so it starts from an empty one. */
async function freshDatabase(name: string): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => {} };
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
  // Generous: loading the demo agency on a loaded two-core machine can take minutes.
  const deadline = Date.now() + 240_000;
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
  throw new Error('server did not become healthy in 240 s');
}
