import type { z } from 'zod';
import type {
  Assignment,
  AssignmentListItem,
  AssignmentStage,
  AttendanceStatus,
  Campaign,
  CampaignStatus,
  ConclusionRef,
  Coverage,
  CoverageUnit,
  createCampaignBody,
  createMeetingBody,
  invitationSchema,
  Laggard,
  Meeting,
  meetingListItem,
  quizResultSchema,
  assignmentEventSchema,
  campaignListItem,
  disseminationSummary,
} from '../../../../contracts/dissemination';

export type CreateCampaignInput = z.input<typeof createCampaignBody>;
export type CreateMeetingInput = z.input<typeof createMeetingBody>;
export type CampaignListItem = z.infer<typeof campaignListItem>;
export type MeetingListItem = z.infer<typeof meetingListItem>;
export type Invitation = z.infer<typeof invitationSchema>;
export type QuizResult = z.infer<typeof quizResultSchema>;
export type AssignmentEvent = z.infer<typeof assignmentEventSchema>;
export type DisseminationSummary = z.infer<typeof disseminationSummary>;
export type { ConclusionRef };
export type { Assignment, AssignmentListItem, AssignmentStage, AttendanceStatus, Campaign, CampaignStatus, Coverage, CoverageUnit, Laggard, Meeting };
