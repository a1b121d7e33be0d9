import type { Role } from '../../shared/contracts';

/** Who writes procedures (the server checks the unit scope of heads). */
export const WRITER_ROLES = ['unit_head', 'leader', 'agency_admin', 'system_admin'] as const satisfies readonly Role[];

/** Who reads a unit's responsibility matrix. */
export const MATRIX_ROLES = ['unit_head', 'leader', 'agency_admin', 'system_admin', 'inspector'] as const satisfies readonly Role[];
