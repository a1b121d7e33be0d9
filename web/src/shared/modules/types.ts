import type { ParseKeys } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import type { NotificationSubject, Role } from '../contracts';

export type TranslationKey = ParseKeys;

/** Who may use something: listed roles only, or every signed-in user when omitted. */
export interface RoleRestricted {
  roles?: readonly Role[];
}

export interface ModuleRoute extends RoleRestricted {
  /** Absolute path, e.g. "/to-chuc". */
  path: string;
  /** The page; pass a React.lazy component so each module loads on demand. */
  page: ComponentType;
  /** Its texts are all in the core the app starts with (shared/i18n/vi/core.ts), so it need not load the others. */
  coreTextsOnly?: boolean;
}

export interface ModuleNavItem extends RoleRestricted {
  path: string;
  labelKey: TranslationKey;
  /** Shown on the home page card; items without one get no card. */
  descriptionKey?: TranslationKey;
  icon: ReactNode;
  /** Position in the menu, smaller first. */
  order: number;
}

export interface HomeWidget extends RoleRestricted {
  key: string;
  component: ComponentType;
  order: number;
  /** Grid width on wide screens: half the row (default) or the full row. */
  width?: 'half' | 'full';
}

/** A small control in the header bar, left of the language switch (e.g. the notification bell). */
export interface HeaderItem extends RoleRestricted {
  key: string;
  /** Pass a React.lazy component; it renders nothing until loaded. */
  component: ComponentType;
  order: number;
}

/** The page that opens a notification about one kind of subject (a task, a meeting, …). */
export interface NotificationLink {
  subject: NotificationSubject['type'];
  path: (id: string) => string;
}

/** Everything a feature module contributes to the shell. */
export interface AppModule {
  id: string;
  /** Pages inside the signed-in layout. */
  routes?: ModuleRoute[];
  /** Pages outside it, reachable without a session (e.g. the login page). */
  publicRoutes?: ModuleRoute[];
  nav?: ModuleNavItem[];
  homeWidgets?: HomeWidget[];
  /** Panels other modules add to "Việc của tôi" (e.g. documents waiting to be acknowledged). */
  myWorkSections?: HomeWidget[];
  headerItems?: HeaderItem[];
  notificationLinks?: NotificationLink[];
}
