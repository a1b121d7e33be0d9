import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../paths.js';

const waitFor = async (check: () => Promise<boolean>, limitMs: number) => {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('timed out');
};

it('on SIGTERM the server answers not ready while it drains, then closes the listener and the database and exits 0', { timeout: 180_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'congvu-shutdown-'));
  const port = 41_000 + (process.pid % 2000);
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn', SHUTDOWN_DRAIN_MS: '2000', NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
  try {
    const ready = () => fetch(`http://127.0.0.1:${port}/api/v1/health/ready`);
    await waitFor(async () => (await ready()).status === 200, 150_000);
    server.kill('SIGTERM');
    await waitFor(async () => (await ready()).status === 503, 1500);
    // Still answering while it drains: requests in flight and the proxy's last ones are served.
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health/live`)).status).toBe(200);
    expect(await exited).toBe(0);
    await expect(ready()).rejects.toThrow();
    if (!process.env.DATABASE_URL) expect(existsSync(join(dataDir, '.congvu.lock'))).toBe(false);
  } finally {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
