export { ADMIN_ROLES, ORG_VIEWER_ROLES } from './role-groups';
export { headerItemsFor, homeWidgetsFor, isAllowed, myWorkSectionsFor, navItemsFor, notificationPathFor } from './access';
export { ModuleRegistryProvider, useModules } from './registry-context';
export type { AppModule, HeaderItem, HomeWidget, ModuleNavItem, ModuleRoute, NotificationLink, TranslationKey } from './types';
