import { ReadOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import './dissemination.css';
import { ASSIGNMENT_PATH, assignmentPath, CAMPAIGN_PATH, CAMPAIGNS_PATH, MEETING_PATH, meetingPath, MEETINGS_PATH, MY_ASSIGNMENTS_PATH } from './paths';
import { COVERAGE_ROLES } from './roles';

const CampaignsPage = lazy(() => import('./pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const CampaignDetailPage = lazy(() => import('./pages/CampaignDetailPage').then((m) => ({ default: m.CampaignDetailPage })));
const AssignmentPage = lazy(() => import('./pages/AssignmentPage').then((m) => ({ default: m.AssignmentPage })));
const MyAssignmentsPage = lazy(() => import('./pages/MyAssignmentsPage').then((m) => ({ default: m.MyAssignmentsPage })));
const MeetingsPage = lazy(() => import('./pages/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const MeetingDetailPage = lazy(() => import('./pages/MeetingDetailPage').then((m) => ({ default: m.MeetingDetailPage })));
const MyDisseminationWidget = lazy(() => import('./components/MyDisseminationWidget').then((m) => ({ default: m.MyDisseminationWidget })));

/** Quán triệt (read-and-commit campaigns) and hội nghị (conferences with attendance). */
export const disseminationModule: AppModule = {
  id: 'dissemination',
  routes: [
    { path: CAMPAIGNS_PATH, page: CampaignsPage, roles: COVERAGE_ROLES },
    { path: CAMPAIGN_PATH, page: CampaignDetailPage, roles: COVERAGE_ROLES },
    { path: MY_ASSIGNMENTS_PATH, page: MyAssignmentsPage },
    { path: ASSIGNMENT_PATH, page: AssignmentPage },
    { path: MEETINGS_PATH, page: MeetingsPage },
    { path: MEETING_PATH, page: MeetingDetailPage },
  ],
  nav: [
    {
      path: MY_ASSIGNMENTS_PATH,
      labelKey: 'dissemination.nav.mine',
      descriptionKey: 'dissemination.nav.mineDescription',
      icon: <ReadOutlined aria-hidden />,
      order: 21,
    },
    {
      path: CAMPAIGNS_PATH,
      labelKey: 'dissemination.nav.campaigns',
      descriptionKey: 'dissemination.nav.campaignsDescription',
      icon: <ReadOutlined aria-hidden />,
      order: 22,
      roles: COVERAGE_ROLES,
    },
    {
      path: MEETINGS_PATH,
      labelKey: 'dissemination.nav.meetings',
      descriptionKey: 'dissemination.nav.meetingsDescription',
      icon: <TeamOutlined aria-hidden />,
      order: 23,
    },
  ],
  homeWidgets: [{ key: 'dissemination-mine', component: MyDisseminationWidget, order: 12 }],
  myWorkSections: [{ key: 'dissemination-mine', component: MyDisseminationWidget, order: 10 }],
  notificationLinks: [
    { subject: 'campaign_assignment', path: assignmentPath },
    { subject: 'meeting', path: meetingPath },
  ],
};
/** For the weekly schedule, which links the meetings of a week to their page. */
export { meetingPath } from './paths';
