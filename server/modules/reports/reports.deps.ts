import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { FileStore } from '../../platform/files.js';
import type { ReportJobs } from './reports.jobs.js';

export interface ReportsDeps {
  db: Db;
  clock: Clock;
  files: FileStore;
  jobs: ReportJobs;
}
