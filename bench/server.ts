import cluster from 'node:cluster';
import { serveBenchApp } from './server-app.js';

/**
 * The bench's server process. With BENCH_WORKERS > 1 (PostgreSQL) it runs the way production does
 * (server/cluster.ts): a primary forks that many workers sharing one port, and tells the runner the
 * port and every process id, so the runner can read their CPU and memory from /proc.
 */
const workers = Number(process.env.BENCH_WORKERS ?? 1);
const tellRunner = (port: number, pids: number[]) => {
  if (process.send) process.send({ type: 'ready', port, pids });
  else console.log(`bench server on http://127.0.0.1:${port} (processes ${pids.join(', ')})`);
};

if (workers > 1 && cluster.isPrimary) {
  const ready = new Map<number, number>();
  cluster.on('message', (worker, message: { type?: string; port?: number }) => {
    if (message.type !== 'ready') return;
    ready.set(worker.process.pid!, message.port!);
    if (ready.size === workers) tellRunner(message.port!, [process.pid, ...ready.keys()]);
  });
  cluster.on('exit', (worker, code) => {
    if (!isClosing) console.error(`bench worker ${worker.process.pid} exited with ${code}`);
  });
  let isClosing = false;
  const close = () => {
    isClosing = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    const timer = setInterval(() => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0), 100);
    timer.unref();
    setTimeout(() => process.exit(0), 15_000);
  };
  process.on('message', (message) => message === 'close' && close());
  process.on('SIGTERM', close);
  process.on('disconnect', close);
  for (let index = 0; index < workers; index++) cluster.fork();
} else {
  const port = await serveBenchApp();
  if (cluster.isWorker) process.send!({ type: 'ready', port });
  else tellRunner(port, [process.pid]);
}
