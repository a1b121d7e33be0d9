import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface BenchServer {
  base: string;
  pid: number;
  /** Every server process: the one started, and its workers when it runs several. */
  pids: number[];
  process: ChildProcess;
  close(): Promise<void>;
}

/**
 * bench/server.ts compiled the way `npm run build` compiles server/main.ts (one ESM bundle, packages
 * left to node_modules), so the bench measures the production artefact rather than tsx's loader.
 */
async function compileServer(): Promise<string> {
  const outfile = fileURLToPath(new URL(`../results/bench-server-${process.pid}.mjs`, import.meta.url));
  const entry = fileURLToPath(new URL('../server.ts', import.meta.url));
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning' });
  return outfile;
}

/** Starts bench/server.ts in its own process (it owns the database) and waits until it listens. */
export async function startServer(env: Record<string, string>, options: { profileDir?: string }): Promise<BenchServer> {
  const execArgv = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const bundle = await compileServer();
  const child = fork(bundle, [], { execArgv, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port, pids } = await new Promise<{ port: number; pids: number[] }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.on(
      'message',
      (message: { type?: string; port?: number; pids?: number[] }) => message.type === 'ready' && resolve({ port: message.port!, pids: message.pids! }),
    );
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => rmSync(bundle, { force: true }));
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    pids,
    process: child,
    async close() {
      if (child.exitCode !== null) return;
      child.send('close');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  user: { personId: string; unitId: string; username: string };
}

export async function loginAs(base: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('congvu_session='))!
    .split(';')[0];
  const body = (await response.json()) as { csrfToken: string; user: Session['user'] };
  return { cookie, csrfToken: body.csrfToken, user: body.user };
}

export async function getJson<T>(base: string, path: string, session?: Session, method = 'GET'): Promise<T> {
  const headers: Record<string, string> = session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};
  const response = await fetch(`${base}${path}`, { method, headers });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface ServerUsage {
  cpuMs: number;
  /** The largest resident set of the server's processes. */
  rss: number;
}

/** The server processes' CPU time and largest memory, from /proc. */
export function serverUsage(pids: number[]): ServerUsage {
  let cpuMs = 0;
  for (const ms of processCpuMs(pids).values()) cpuMs += ms;
  const rss = Math.max(
    0,
    ...pids.map((pid) => {
      try {
        return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        return 0;
      }
    }),
  );
  return { cpuMs, rss };
}

/** CPU time (ms) per process id, from /proc (utime + stime; 100 clock ticks per second on Linux). */
export function processCpuMs(pids: number[]): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the backend ended
    }
  }
  return cpu;
}

/**
 * CPU the PostgreSQL backends of the bench database used between two samples: backends that
 * appeared count from zero; one that ended in between is lost (the pool keeps them open).
 */
export async function databaseCpuSampler(base: string) {
  const pids = async () => (await getJson<{ pids: number[] }>(base, '/bench/db-pids')).pids;
  const before = processCpuMs(await pids());
  return async () => {
    const after = processCpuMs(await pids());
    let total = 0;
    for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
    return total;
  };
}
