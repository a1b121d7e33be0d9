export { backupRoutes } from './backup.routes.js';
export { restoreBackupFile, verifyBackupFile, writeBackup, writeBackupFile } from './backup.service.js';
export { BackupRefused } from './backup.manifest.js';
export { runScheduledBackup } from './backup.schedule.js';
export { systemStatusRoutes } from './backup.status.js';
