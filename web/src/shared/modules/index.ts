export { ADMIN_ROLES, ORG_VIEWER_ROLES } from './role-groups';
export { homeWidgetsFor, isAllowed, navItemsFor } from './access';
export { ModuleRegistryProvider, useModules } from './registry-context';
export type { AppModule, HomeWidget, ModuleNavItem, ModuleRoute, TranslationKey } from './types';
