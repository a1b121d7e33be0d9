export { backupRoutes } from './backup.routes.js';
export { restoreBackupFile, verifyBackupFile, writeBackup, writeBackupFile } from './backup.service.js';
export { BackupRefused } from './backup.manifest.js';
export { BACKUP_JOB, lastScheduledBackup, lastSuccessfulBackupAt, runScheduledBackup } from './backup.schedule.js';
