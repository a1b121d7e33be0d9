import { ScheduleOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import { SCHEDULE_PATH } from './paths';

const WeeklySchedulePage = lazy(() => import('./pages/WeeklySchedulePage').then((m) => ({ default: m.WeeklySchedulePage })));

/** Lịch công tác tuần: the Office drafts, a leader approves, everyone in the agency reads. */
export const scheduleModule: AppModule = {
  id: 'schedule',
  routes: [{ path: SCHEDULE_PATH, page: WeeklySchedulePage }],
  nav: [
    {
      path: SCHEDULE_PATH,
      labelKey: 'schedule.nav.label',
      descriptionKey: 'schedule.nav.description',
      icon: <ScheduleOutlined aria-hidden />,
      order: 24,
    },
  ],
};
