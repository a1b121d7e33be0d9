import type { Role } from '../contracts';

/** Administrators manage the organisation and read the audit log. */
export const ADMIN_ROLES = ['system_admin', 'agency_admin'] as const satisfies readonly Role[];

/** Roles that see the organisation structure and its people. */
export const ORG_VIEWER_ROLES = [...ADMIN_ROLES, 'leader', 'unit_head'] as const satisfies readonly Role[];
