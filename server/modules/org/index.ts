export { orgRoutes } from './org.routes.js';
export type { OrgDeps } from './org.deps.js';
export { createAgencyWithRoot } from './agency.bootstrap.js';
export { insertChildUnit, replaceManagers } from './units.repository.js';
export { insertPeople } from './people.repository.js';
export { personValues } from './people.service.js';
export { findUnit, findUnits, listManagers } from './units.repository.js';
export { findPeople } from './people.repository.js';
export { depthOfPath, subtreeRollup, type SubtreeRollupRow } from './subtree-rollup.js';
