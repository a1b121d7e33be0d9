export { searchRoutes } from './search.routes.js';
export type { SearchDeps } from './search.deps.js';
