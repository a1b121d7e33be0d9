import type { Role } from '../../shared/contracts';

/** Who follows the work of units: the unit board and the dashboard. */
export const WORK_OVERSIGHT_ROLES = ['unit_head', 'leader', 'agency_admin', 'system_admin', 'inspector'] as const satisfies readonly Role[];

/** Who may assign a task to someone else (the server checks the unit scope); everyone may assign to themselves. */
export const ASSIGNER_ROLES = ['unit_head', 'leader', 'agency_admin', 'system_admin'] as const satisfies readonly Role[];
