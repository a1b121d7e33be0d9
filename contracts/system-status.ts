import { z } from 'zod';

/** A periodic job's latest run: running until it finishes, failed when its result says so. */
export const jobRunStatusSchema = z.object({
  job: z.string(),
  runKey: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  state: z.enum(['running', 'ok', 'failed']),
  error: z.string().nullable(),
});

export const systemStatusSchema = z.object({
  version: z.string(),
  checkedAt: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), serverVersion: z.string() }),
  migration: z.object({ expected: z.string(), applied: z.string().nullable(), isCurrent: z.boolean() }),
  backup: z.object({
    isScheduled: z.boolean(),
    keep: z.number().int(),
    lastSuccessAt: z.string().nullable(),
    /** No successful scheduled backup in the last 26 hours although backups are scheduled. */
    isOverdue: z.boolean(),
    lastRun: jobRunStatusSchema
      .extend({ file: z.string().nullable(), bytes: z.number().nullable(), rows: z.number().nullable(), files: z.number().nullable() })
      .nullable(),
  }),
  jobs: z.array(jobRunStatusSchema),
});

export type JobRunStatus = z.infer<typeof jobRunStatusSchema>;
export type SystemStatus = z.infer<typeof systemStatusSchema>;
