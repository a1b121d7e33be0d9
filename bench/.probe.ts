import { startServer, loginAs, getJson } from './run/child.js';
const server = await startServer({ BENCH_DATA_DIR: process.argv[2] }, {});
const staff = await loginAs(server.base, 'bench-staff', 'Bench@congvu-2026');
const { ids } = await getJson<{ ids: string[] }>(server.base, '/bench/tasks?status=assigned&limit=5');
const accept = async (id: string) => {
  const t = performance.now();
  const response = await fetch(`${server.base}/api/v1/tasks/${id}/accept`, { method: 'POST', headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken, 'content-type': 'application/json' }, body: '{}', signal: AbortSignal.timeout(20_000) }).catch((e) => e);
  console.log(new Date().toISOString(), 'accept', response.status ?? String(response), (performance.now() - t).toFixed(0), 'ms');
};
await accept(ids[0]);
await new Promise((r) => setTimeout(r, 62_000));
await accept(ids[1]);
await getJson(server.base, '/bench/baseline').then(() => console.log('baseline ok'), (e) => console.log('baseline', String(e)));
server.process.kill('SIGKILL');
