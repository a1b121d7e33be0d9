import { CalendarOutlined, CheckSquareOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import { EVALUATION_QUEUE_PATH, MY_EVALUATION_PATH, PERIOD_PATH, PERIODS_PATH, SCORECARD_PATH, scorecardPath } from './paths';
import { PERIOD_MANAGER_ROLES } from './roles';

const MyEvaluationPage = lazy(() => import('./pages/MyEvaluationPage').then((m) => ({ default: m.MyEvaluationPage })));
const ScorecardPage = lazy(() => import('./pages/ScorecardPage').then((m) => ({ default: m.ScorecardPage })));
const QueuePage = lazy(() => import('./pages/QueuePage').then((m) => ({ default: m.QueuePage })));
const PeriodsPage = lazy(() => import('./pages/PeriodsPage').then((m) => ({ default: m.PeriodsPage })));
const PeriodPage = lazy(() => import('./pages/PeriodPage').then((m) => ({ default: m.PeriodPage })));

/** Đánh giá, xếp loại: my scorecards, the queues of reviewers and deciders, periods with their tables and caps. */
export const evaluationModule: AppModule = {
  id: 'evaluation',
  routes: [
    { path: MY_EVALUATION_PATH, page: MyEvaluationPage },
    { path: SCORECARD_PATH, page: ScorecardPage },
    { path: EVALUATION_QUEUE_PATH, page: QueuePage },
    { path: PERIODS_PATH, page: PeriodsPage },
    { path: PERIOD_PATH, page: PeriodPage },
  ],
  nav: [
    {
      path: MY_EVALUATION_PATH,
      labelKey: 'evaluation.nav.mine',
      descriptionKey: 'evaluation.nav.mineDescription',
      icon: <TrophyOutlined aria-hidden />,
      order: 50,
    },
    {
      path: EVALUATION_QUEUE_PATH,
      labelKey: 'evaluation.nav.queue',
      descriptionKey: 'evaluation.nav.queueDescription',
      icon: <CheckSquareOutlined aria-hidden />,
      order: 51,
    },
    {
      path: PERIODS_PATH,
      labelKey: 'evaluation.nav.periods',
      descriptionKey: 'evaluation.nav.periodsDescription',
      icon: <CalendarOutlined aria-hidden />,
      order: 52,
      roles: PERIOD_MANAGER_ROLES,
    },
  ],
  notificationLinks: [{ subject: 'evaluation_scorecard', path: scorecardPath }],
};
