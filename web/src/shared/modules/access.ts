import type { NotificationSubject, Role } from '../contracts';
import type { AppModule, HeaderItem, HomeWidget, ModuleNavItem, RoleRestricted } from './types';

export function isAllowed(userRoles: readonly Role[], item: RoleRestricted): boolean {
  // A platform administrator reads no agency's pages: only what names the role is theirs.
  if (userRoles.includes('platform_admin')) return item.roles?.includes('platform_admin') ?? false;
  return !item.roles || item.roles.some((role) => userRoles.includes(role));
}

/** The page a notification opens, from the module that owns its subject; undefined when none does. */
export function notificationPathFor(modules: readonly AppModule[], subject: NotificationSubject): string | undefined {
  const link = modules.flatMap((module) => module.notificationLinks ?? []).find((candidate) => candidate.subject === subject.type);
  return link?.path(subject.id);
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

export function navItemsFor(modules: readonly AppModule[], userRoles: readonly Role[]): ModuleNavItem[] {
  return modules
    .flatMap((module) => module.nav ?? [])
    .filter((item) => isAllowed(userRoles, item))
    .sort(byOrder);
}

export function homeWidgetsFor(modules: readonly AppModule[], userRoles: readonly Role[]): HomeWidget[] {
  return modules
    .flatMap((module) => module.homeWidgets ?? [])
    .filter((widget) => isAllowed(userRoles, widget))
    .sort(byOrder);
}

export function headerItemsFor(modules: readonly AppModule[], userRoles: readonly Role[]): HeaderItem[] {
  return modules
    .flatMap((module) => module.headerItems ?? [])
    .filter((item) => isAllowed(userRoles, item))
    .sort(byOrder);
}

export function myWorkSectionsFor(modules: readonly AppModule[], userRoles: readonly Role[]): HomeWidget[] {
  return modules
    .flatMap((module) => module.myWorkSections ?? [])
    .filter((section) => isAllowed(userRoles, section))
    .sort(byOrder);
}
