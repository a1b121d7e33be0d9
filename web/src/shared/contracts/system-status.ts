export type { JobRunStatus, SystemStatus } from '../../../../contracts/system-status';
