import type { Role } from '../../shared/contracts';

/** Who sees the case lists (the server filters each list to the viewer's scope). */
export const CASE_LIST_ROLES = ['inspector', 'leader', 'unit_head'] as const satisfies readonly Role[];
/** Who opens cases and weighs suggestions. */
export const CASE_WORKER_ROLES = ['inspector', 'leader'] as const satisfies readonly Role[];
/** Who reads the catalog; administrators also import it and edit the signal mapping. */
export const CATALOG_ROLES = ['inspector', 'leader', 'agency_admin', 'system_admin'] as const satisfies readonly Role[];
export const CATALOG_ADMIN_ROLES = ['agency_admin', 'system_admin'] as const satisfies readonly Role[];
