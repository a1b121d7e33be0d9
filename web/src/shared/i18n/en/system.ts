import type { Messages } from '../messages';

/** The administrators' health screen, English. */
export const systemMessages: Pick<Messages, 'system'> = {
  system: {
    nav: { title: 'System status', description: 'Version, database, scheduled backups and the daily jobs' },
    refresh: 'Check again',
    state: { ok: 'Succeeded', failed: 'Failed', running: 'Running' },
    server: {
      title: 'Server and database',
      version: 'Version',
      checkedAt: 'Checked at',
      database: 'Database',
      kind: { pglite: 'PGlite (embedded)', postgres: 'PostgreSQL' },
      migration: 'Schema (migration)',
      current: 'Up to date',
      behind: 'Not yet at {{expected}}',
    },
    backup: {
      title: 'Scheduled backup',
      notScheduled: 'Scheduled backups are off: set BACKUP_DIR (and BACKUP_KEEP) in the server configuration, see docs/operations.md.',
      overdue: 'No successful backup for more than 26 hours: check the server and the backup folder now.',
      failed: 'The last backup failed',
      lastRun: 'Last run',
      lastSuccess: 'Last success',
      never: 'Never',
      file: 'File',
      size: 'Size',
      contents: 'Contents',
      rowsAndFiles: '{{rows}} rows, {{files}} attached files',
      keep: 'Kept',
      keepCount: 'the {{count}} newest',
    },
    jobs: {
      title: 'Periodic jobs (latest run)',
      empty: 'No job has run yet',
      job: 'Job',
      runKey: 'Run',
      startedAt: 'Started',
      finishedAt: 'Finished',
      state: 'Result',
      error: 'Error',
    },
    job: {
      'work.signal_sweep': 'Work warning sweep',
      'dissemination.sweep': 'Dissemination reminders',
      'conduct.daily': 'Conduct suggestions',
      'evaluation.daily': 'Evaluation period reminders',
      'notifications.digest': 'Daily e-mail digest',
    },
  },
};
