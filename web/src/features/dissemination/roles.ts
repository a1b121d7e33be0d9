import type { Role } from '../../shared/contracts';

/** Who organises campaigns and meetings (the server checks the unit scope of heads). */
export const ORGANISER_ROLES = ['unit_head', 'leader', 'agency_admin', 'system_admin', 'editor'] as const satisfies readonly Role[];

/** Who follows coverage: organisers, and inspectors who see the whole agency. */
export const COVERAGE_ROLES = [...ORGANISER_ROLES, 'inspector'] as const satisfies readonly Role[];

/** Who may target Party members only (membership is sensitive; the server checks the same). */
export const PARTY_MEMBERSHIP_ROLES = ['unit_head', 'leader', 'agency_admin', 'system_admin'] as const satisfies readonly Role[];
