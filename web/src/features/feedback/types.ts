import type { z } from 'zod';
import type {
  feedbackQueuePage,
  FeedbackReport,
  FeedbackSummary,
  publicAgencyList,
  publicUnitList,
  ReporterIdentity,
  submitReportResponse,
  TrackedReport,
} from '../../../../contracts/feedback';

export type { FeedbackCategory, FeedbackCommandName, FeedbackLevel, FeedbackStatus } from '../../../../contracts/feedback-vocabulary';
export type { FeedbackReport, FeedbackSummary, ReporterIdentity, TrackedReport };
export type FeedbackQueuePage = z.infer<typeof feedbackQueuePage>;
export type PublicAgency = z.infer<typeof publicAgencyList>['items'][number];
export type PublicUnit = z.infer<typeof publicUnitList>['items'][number];
export type SubmittedReport = z.infer<typeof submitReportResponse>;
