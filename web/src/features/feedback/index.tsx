import { MessageOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Role } from '../../shared/contracts';
import type { AppModule } from '../../shared/modules';
import { FEEDBACK_QUEUE_PATH, FEEDBACK_REPORT_PATH, feedbackReportPath, PUBLIC_REPORT_PATH, TRACK_REPORT_PATH } from './paths';

/** Triage roles see the agency's reports; unit heads see those routed to their units. */
const FEEDBACK_STAFF_ROLES = ['inspector', 'leader', 'agency_admin', 'unit_head'] as const satisfies readonly Role[];
/** Staff named as a report's handler open it from their notification (the server shows each person only their reports). */
const FEEDBACK_HANDLER_ROLES = [...FEEDBACK_STAFF_ROLES, 'staff'] as const satisfies readonly Role[];

const PublicReportPage = lazy(() => import('./pages/PublicReportPage').then((m) => ({ default: m.PublicReportPage })));
const TrackReportPage = lazy(() => import('./pages/TrackReportPage').then((m) => ({ default: m.TrackReportPage })));
const FeedbackQueuePage = lazy(() => import('./pages/FeedbackQueuePage').then((m) => ({ default: m.FeedbackQueuePage })));
const FeedbackReportPage = lazy(() => import('./pages/FeedbackReportPage').then((m) => ({ default: m.FeedbackReportPage })));

/** Citizens' reports: the public pages (no sign-in) and the staff queue. */
export const feedbackModule: AppModule = {
  id: 'feedback',
  publicRoutes: [
    { path: PUBLIC_REPORT_PATH, page: PublicReportPage },
    { path: TRACK_REPORT_PATH, page: TrackReportPage },
  ],
  routes: [
    { path: FEEDBACK_QUEUE_PATH, page: FeedbackQueuePage, roles: FEEDBACK_HANDLER_ROLES },
    { path: FEEDBACK_REPORT_PATH, page: FeedbackReportPage, roles: FEEDBACK_HANDLER_ROLES },
  ],
  nav: [
    {
      path: FEEDBACK_QUEUE_PATH,
      labelKey: 'feedback.nav.queue',
      descriptionKey: 'feedback.nav.queueDescription',
      icon: <MessageOutlined aria-hidden />,
      order: 30,
      roles: FEEDBACK_STAFF_ROLES,
    },
  ],
  notificationLinks: [{ subject: 'public_report', path: feedbackReportPath }],
};
