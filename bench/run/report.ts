import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Measurement } from './measure.js';

export interface SweepResult {
  ran: boolean;
  checked: number;
  changed: number;
  ms: number;
  cpuMs: number;
}

export interface BenchReport {
  startedAt: string;
  machine: { loadAverage1m: number; cores: number; cpu: string; memoryGb: number; node: string };
  database: { kind: string; where: string; reused: boolean; sizeBytes: number; folderBytes?: number };
  dataset: unknown;
  options: { scale: string; tasks?: number; connections: number; duration: number; poolSize: number; workers: number; fastCalendar: boolean };
  scenarios: Measurement[];
  sweep: SweepResult | null;
  maxRssBytes: number;
}

export const machine = () => ({
  loadAverage1m: Number(loadavg()[0].toFixed(2)),
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
});

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const mb = (bytes: number) => `${fixed(bytes / 2 ** 20, 0)} MB`;

/** How many of the machine's cores the server, the database and the load generator kept busy together. */
const coresBusy = (s: Measurement) => ((s.serverCpuMsPerRequest + (s.databaseCpuMsPerRequest ?? 0) + s.clientCpuMsPerRequest) * s.requestsPerSecond) / 1000;

/** The Markdown table printed at the end of a run (and pasted into docs/performance.md). */
export function toMarkdown(report: BenchReport): string {
  const baseline = report.scenarios.find((s) => s.key === 'baseline')?.requestsPerSecond ?? 0;
  const lines = [
    `Scale **${report.options.scale}**${report.options.tasks ? ` (${report.options.tasks.toLocaleString('en')} tasks)` : ''} on **${report.database.kind}**, ${report.options.connections} connections, ${report.options.duration} s per scenario, ${report.options.workers} server process(es), pool ${report.options.poolSize} each${report.options.fastCalendar ? ', **experiment: O(1) working-day calendar**' : ''}; ${report.machine.cores} cores (${report.machine.cpu}), Node ${report.machine.node}, load average ${report.machine.loadAverage1m} at start.`,
    '',
    '| scenario | conn | req/s | p50 ms | p99 ms | errors / non-2xx | × baseline | server CPU ms/req | DB CPU ms/req | load generator CPU ms/req | cores busy |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.scenarios.map((s) =>
      [
        s.label,
        s.connections,
        fixed(s.requestsPerSecond, 0),
        s.p50,
        s.p99,
        `${s.errors} / ${s.non2xx}`,
        baseline ? fixed(s.requestsPerSecond / baseline, 2) : '–',
        fixed(s.serverCpuMsPerRequest, 2),
        s.databaseCpuMsPerRequest === null ? '(in server)' : fixed(s.databaseCpuMsPerRequest, 2),
        fixed(s.clientCpuMsPerRequest, 2),
        fixed(coresBusy(s), 2),
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
    '',
    `Server RSS (max after a scenario): ${mb(report.maxRssBytes)}. Database size: ${mb(report.database.sizeBytes)}${report.database.folderBytes ? ` (PGlite folder ${mb(report.database.folderBytes)})` : ''}.`,
  ];
  if (report.sweep) {
    const s = report.sweep;
    lines.push(
      `Warning sweep: ${s.checked.toLocaleString('en')} open tasks checked, ${s.changed} changed, in ${fixed(s.ms / 1000, 2)} s (${fixed(s.cpuMs / Math.max(1, s.checked), 3)} ms server CPU per task).`,
    );
  }
  return lines.join('\n');
}

export function writeReport(report: BenchReport): string {
  const folder = resolve('bench', 'results');
  mkdirSync(folder, { recursive: true });
  const file = resolve(folder, `${report.startedAt.replace(/[:.]/g, '-')}-${report.options.scale}-${report.database.kind}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}
