import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A pool's connections as node-postgres counts them; PGlite has none. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  requestSeconds: Histogram<'method' | 'route'>;
  errors: Counter<'method' | 'route' | 'status'>;
}

/** Job runs are counted process-wide: the sweeps run outside any one app instance's hooks. */
const jobRuns = {
  runs: new Map<string, number>(),
  skipped: new Map<string, number>(),
  seconds: new Map<string, number>(),
  lastSeconds: new Map<string, number>(),
};

export function recordJobRun(job: string, seconds: number) {
  jobRuns.runs.set(job, (jobRuns.runs.get(job) ?? 0) + 1);
  jobRuns.seconds.set(job, (jobRuns.seconds.get(job) ?? 0) + seconds);
  jobRuns.lastSeconds.set(job, seconds);
}

export function recordJobSkipped(job: string) {
  jobRuns.skipped.set(job, (jobRuns.skipped.get(job) ?? 0) + 1);
}

export interface MetricsSources {
  poolStats?: () => PoolStats | undefined;
  /** Open tasks per signal kind, read when scraped (cached by the caller). */
  signalCounts?: () => Promise<Record<string, number>>;
}

/** One registry per app, so tests that build several apps do not share counters. */
export function createMetrics(sources: MetricsSources = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'congvu_process_' });
  const requests = new Counter({
    name: 'congvu_http_requests_total',
    help: 'HTTP requests by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'congvu_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'congvu_http_errors_total',
    help: 'HTTP answers with a 5xx status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'congvu_db_pool_connections',
    help: 'Database pool connections by state (PostgreSQL only)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = sources.poolStats?.();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  new Counter({
    name: 'congvu_job_runs_total',
    help: 'Scheduled job runs done by this process',
    labelNames: ['job'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [job, value] of jobRuns.runs) this.inc({ job }, value);
    },
  });
  new Counter({
    name: 'congvu_job_runs_skipped_total',
    help: 'Scheduled job runs skipped because another instance had claimed them',
    labelNames: ['job'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [job, value] of jobRuns.skipped) this.inc({ job }, value);
    },
  });
  new Counter({
    name: 'congvu_job_run_seconds_total',
    help: 'Time spent in scheduled job runs by this process (divide by runs for the mean)',
    labelNames: ['job'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [job, value] of jobRuns.seconds) this.inc({ job }, value);
    },
  });
  new Gauge({
    name: 'congvu_job_run_last_duration_seconds',
    help: 'Duration of the last run of each job in this process',
    labelNames: ['job'] as const,
    registers: [registry],
    collect() {
      for (const [job, value] of jobRuns.lastSeconds) this.set({ job }, value);
    },
  });
  new Gauge({
    name: 'congvu_open_task_signals',
    help: 'Open tasks carrying each early-warning signal',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      if (!sources.signalCounts) return;
      this.reset();
      for (const [kind, value] of Object.entries(await sources.signalCounts())) this.set({ kind }, value);
    },
  });
  return { registry, requests, requestSeconds, errors };
}

/** Keeps a scrape-time reading for `ms`, so frequent scrapes cost one query a period. */
export function cachedFor<T>(ms: number, read: () => Promise<T>): () => Promise<T> {
  let kept: { at: number; value: Promise<T> } | undefined;
  return () => {
    const now = Date.now();
    if (!kept || now - kept.at >= ms) {
      const value = read();
      kept = { at: now, value };
      value.catch(() => (kept = undefined));
    }
    return kept.value;
  };
}
