export { orgRoutes } from './org.routes.js';
export type { OrgDeps } from './org.deps.js';
export { createAgencyWithRoot, hasAnyAgency } from './org.agency.bootstrap.js';
export { insertChildUnit, replaceManagers } from './org.units.repository.js';
export { insertPeople } from './org.people.repository.js';
export { personValues } from './org.people.service.js';
export { findUnit, listManagers } from './org.units.repository.js';
export { findPeople } from './org.people.repository.js';
export { findNamed, type NamedPerson, type NamedUnit } from './org.named.repository.js';
export { createNameCache, type NameCache, type Names } from './org.names.cache.js';
export { depthOfPath, subtreeRollup, type SubtreeRollupRow } from './org.subtree-rollup.js';
export { ancestorShifts, ancestorShiftValues, repathStatement, type SubtreeMoved, type SubtreeMovedHook } from './org.subtree-moved.js';
export { agencyNameOf } from './org.agency-name.js';
export { peopleInSubtree } from './org.people-in-subtree.js';
export { findAgencyByCode, findAgencyById, listPublicAgencies, type PublicAgency } from './org.agencies.public.js';
export { childUnitsOf } from './org.units.children.js';
export { personProfileExport } from './org.person-export.js';
export { personUnitMovesExport } from './org.person-moves-export.js';
/** For the global search: the people list with its scope. */
export { listPeople } from './org.people.service.js';
/** For the task import (work): units by code and people by e-mail, active ones only. */
export { activePeopleByEmail, activeUnitsByCode } from './org.import-lookups.js';
