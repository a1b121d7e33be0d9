import autocannon, { type AutocannonRequest } from 'autocannon';
import { databaseCpuSampler, serverUsage } from './child.js';

export interface Scenario {
  key: string;
  label: string;
  connections: number;
  /** Built fresh for the warm-up and for the measured run (rotating ids live in the closure). */
  requests: () => AutocannonRequest[];
  headers?: Record<string, string>;
  warmupSeconds?: number;
  /** Runs once before the warm-up (e.g. fetch the ids the scenario will use). */
  prepare?: () => Promise<void>;
}

export interface Measurement {
  key: string;
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** The server processes' CPU per completed request (includes the database when it is PGlite). */
  serverCpuMsPerRequest: number;
  /** CPU per request of the PostgreSQL backends serving the bench database (null on PGlite). */
  databaseCpuMsPerRequest: number | null;
  /** The load generator's own CPU per request: it shares the machine's cores with the server. */
  clientCpuMsPerRequest: number;
  rssBytes: number;
}

/** A warm-up, then the measured autocannon run, with the server's and database's CPU sampled around it. */
export async function measure(
  base: string,
  scenario: Scenario,
  options: { duration: number; isPostgres: boolean; serverPids: number[] },
): Promise<Measurement> {
  await scenario.prepare?.();
  const common = { url: base, connections: scenario.connections, headers: scenario.headers, timeout: 30 };
  await autocannon({ ...common, duration: scenario.warmupSeconds ?? 2, requests: scenario.requests() });
  // Requests cut off at the end of the warm-up are still being served: let them drain first.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const [before, databaseSample, clientBefore] = [
    serverUsage(options.serverPids),
    options.isPostgres ? await databaseCpuSampler(base) : null,
    process.cpuUsage(),
  ];
  const result = await autocannon({ ...common, duration: options.duration, requests: scenario.requests() });
  const client = process.cpuUsage(clientBefore);
  const [after, databaseMs] = [serverUsage(options.serverPids), databaseSample ? await databaseSample() : 0];
  const requests = result.requests.total;
  const perRequest = (ms: number) => (requests > 0 ? ms / requests : 0);
  return {
    key: scenario.key,
    label: scenario.label,
    connections: scenario.connections,
    seconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count])),
    serverCpuMsPerRequest: perRequest(after.cpuMs - before.cpuMs),
    databaseCpuMsPerRequest: options.isPostgres ? perRequest(databaseMs) : null,
    clientCpuMsPerRequest: perRequest((client.user + client.system) / 1000),
    rssBytes: after.rss,
  };
}
