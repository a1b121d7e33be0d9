export { orgRoutes } from './org.routes.js';
export type { OrgDeps } from './org.deps.js';
export { createAgencyWithRoot, hasAnyAgency } from './agency.bootstrap.js';
export { insertChildUnit, replaceManagers } from './units.repository.js';
export { insertPeople } from './people.repository.js';
export { personValues } from './people.service.js';
export { findUnit, listManagers } from './units.repository.js';
export { findPeople } from './people.repository.js';
export { findNamed, type NamedPerson, type NamedUnit } from './named.repository.js';
export { createNameCache, type NameCache, type Names } from './names.cache.js';
export { depthOfPath, subtreeRollup, type SubtreeRollupRow } from './subtree-rollup.js';
export { ancestorShifts, ancestorShiftValues, repathStatement, type SubtreeMoved, type SubtreeMovedHook } from './subtree-moved.js';
export { agencyNameOf } from './agency-name.js';
export { peopleInSubtree } from './people-in-subtree.js';
export { findAgencyByCode, findAgencyById, listPublicAgencies, type PublicAgency } from './agencies.public.js';
export { childUnitsOf } from './units.children.js';
export { personProfileExport } from './org.person-export.js';
/** For the global search: the people list with its scope. */
export { listPeople } from './people.service.js';
/** For the task import (work): units by code and people by e-mail, active ones only. */
export { activePeopleByEmail, activeUnitsByCode } from './import-lookups.js';
