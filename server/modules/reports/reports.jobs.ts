/**
 * Report generation runs in this process after the request that asked for it has been answered; the
 * web polls the run's row for its percent. Runs still queued or running when a process stops stay so:
 * the person asks again (the row says when it was asked).
 */
export function createReportJobs() {
  const running = new Set<Promise<void>>();
  return {
    start(work: () => Promise<void>) {
      const job = new Promise<void>((resolve) => setImmediate(resolve)).then(work).catch(() => undefined);
      running.add(job);
      void job.finally(() => running.delete(job));
    },
    /** Resolves when every started run has finished (tests, a clean shutdown). */
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
export type ReportJobs = ReturnType<typeof createReportJobs>;
