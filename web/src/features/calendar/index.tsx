import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ADMIN_ROLES, type AppModule } from '../../shared/modules';

export const CALENDAR_PATH = '/lich-lam-viec';
const CalendarPage = lazy(() => import('./pages/CalendarPage').then((m) => ({ default: m.CalendarPage })));

export const calendarModule: AppModule = {
  id: 'calendar',
  routes: [{ path: CALENDAR_PATH, page: CalendarPage, roles: ADMIN_ROLES }],
  nav: [
    { path: CALENDAR_PATH, labelKey: 'nav.calendar', descriptionKey: 'nav.calendarDescription', icon: <CalendarOutlined />, order: 850, roles: ADMIN_ROLES },
  ],
};
