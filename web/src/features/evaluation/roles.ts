import type { Role } from '../../shared/contracts';

/** Who opens, publishes and closes periods (the server checks the subtree). */
export const PERIOD_MANAGER_ROLES = ['unit_head', 'leader', 'agency_admin', 'system_admin'] as const satisfies readonly Role[];
/** Who has scorecards to review or decide. */
export const EVALUATOR_ROLES = ['unit_head', 'leader', 'staff'] as const satisfies readonly Role[];
