import { CalendarOutlined, CarryOutOutlined, DashboardOutlined, ProjectOutlined, SyncOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import {
  DASHBOARD_PATH,
  MY_WORK_PATH,
  NOTIFICATION_SETTINGS_PATH,
  RECURRING_TASKS_PATH,
  TASK_PATH,
  taskPath,
  UNIT_WORK_PATH,
  WORK_CALENDAR_PATH,
} from './paths';
import { WORK_OVERSIGHT_ROLES } from './roles';

const MyWorkPage = lazy(() => import('./pages/MyWorkPage').then((m) => ({ default: m.MyWorkPage })));
const TaskDetailPage = lazy(() => import('./pages/TaskDetailPage').then((m) => ({ default: m.TaskDetailPage })));
const UnitWorkPage = lazy(() => import('./pages/UnitWorkPage').then((m) => ({ default: m.UnitWorkPage })));
const RecurringTasksPage = lazy(() => import('./structure/RecurringTasksPage').then((m) => ({ default: m.RecurringTasksPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const WorkCalendarPage = lazy(() => import('./views/WorkCalendarPage').then((m) => ({ default: m.WorkCalendarPage })));
const MyWorkWidget = lazy(() => import('./components/MyWorkWidget').then((m) => ({ default: m.MyWorkWidget })));
const OverdueUnitsWidget = lazy(() => import('./components/OverdueUnitsWidget').then((m) => ({ default: m.OverdueUnitsWidget })));
const NotificationSettingsPage = lazy(() => import('./pages/NotificationSettingsPage').then((m) => ({ default: m.NotificationSettingsPage })));
const NotificationBell = lazy(() => import('./components/notifications/NotificationBell').then((m) => ({ default: m.NotificationBell })));

/** Tasks with one accountable owner: my work, the unit board, the leaders' dashboard, notifications. */
export const workModule: AppModule = {
  id: 'work',
  routes: [
    { path: MY_WORK_PATH, page: MyWorkPage, coreTextsOnly: true },
    { path: TASK_PATH, page: TaskDetailPage },
    { path: UNIT_WORK_PATH, page: UnitWorkPage, roles: WORK_OVERSIGHT_ROLES },
    { path: DASHBOARD_PATH, page: DashboardPage, roles: WORK_OVERSIGHT_ROLES },
    { path: RECURRING_TASKS_PATH, page: RecurringTasksPage },
    { path: WORK_CALENDAR_PATH, page: WorkCalendarPage },
    { path: NOTIFICATION_SETTINGS_PATH, page: NotificationSettingsPage },
  ],
  nav: [
    { path: MY_WORK_PATH, labelKey: 'work.nav.myWork', descriptionKey: 'work.nav.myWorkDescription', icon: <CarryOutOutlined aria-hidden />, order: 10 },
    {
      path: UNIT_WORK_PATH,
      labelKey: 'work.nav.unitWork',
      descriptionKey: 'work.nav.unitWorkDescription',
      icon: <ProjectOutlined aria-hidden />,
      order: 11,
      roles: WORK_OVERSIGHT_ROLES,
    },
    {
      path: WORK_CALENDAR_PATH,
      labelKey: 'workViews.nav',
      descriptionKey: 'workViews.navDescription',
      icon: <CalendarOutlined aria-hidden />,
      order: 11.5,
    },
    {
      path: DASHBOARD_PATH,
      labelKey: 'work.nav.dashboard',
      descriptionKey: 'work.nav.dashboardDescription',
      icon: <DashboardOutlined aria-hidden />,
      order: 12,
      roles: WORK_OVERSIGHT_ROLES,
    },
    {
      path: RECURRING_TASKS_PATH,
      labelKey: 'workStructure.nav.series',
      descriptionKey: 'workStructure.nav.seriesDescription',
      icon: <SyncOutlined aria-hidden />,
      order: 13,
    },
  ],
  homeWidgets: [
    { key: 'work-todo', component: MyWorkWidget, order: 10 },
    { key: 'work-overdue-units', component: OverdueUnitsWidget, order: 11, roles: WORK_OVERSIGHT_ROLES },
  ],
  headerItems: [{ key: 'work-notifications', component: NotificationBell, order: 10 }],
  notificationLinks: [{ subject: 'task', path: taskPath }],
};
