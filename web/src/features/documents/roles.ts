import type { Role } from '../../shared/contracts';

/** Who keeps the register (server: documents.policy.ts). Unit heads also write their own unit's plans. */
export const REGISTER_WRITER_ROLES = ['system_admin', 'agency_admin', 'leader', 'editor'] as const satisfies readonly Role[];
export const PLAN_WRITER_ROLES = [...REGISTER_WRITER_ROLES, 'unit_head'] as const satisfies readonly Role[];
