import type { z } from 'zod';
import type {
  createTaskBody,
  dashboardResponse,
  trendResponse,
  myWorkSummary,
  notificationSchema,
  qualityGradeLabels,
  Task,
  taskEventSchema,
  taskListItemSchema,
  taskOutcomes,
  taskPriorities,
  TaskRequestKind,
  TaskSignalKind,
  TaskStatus,
  TransferReasonCode,
  transferReasonLabels,
  requestableTransferReasonCodes,
  WorkCommandName,
} from '../../../../contracts/work';

export type TaskListItem = z.infer<typeof taskListItemSchema>;
export type TaskEvent = z.infer<typeof taskEventSchema>;
export type TaskEventKind = TaskEvent['kind'];
export type TaskOutcome = (typeof taskOutcomes)[number];
export type TaskPriority = (typeof taskPriorities)[number];
export type TaskSignal = Task['signals'][number];
export type OpenRequest = NonNullable<Task['openRequest']>;
export type MyWorkSummary = z.infer<typeof myWorkSummary>;
export type UnitDashboardRow = z.infer<typeof dashboardResponse>['units'][number];
export type TrendWeek = z.infer<typeof trendResponse>['weeks'][number];
export type WorkNotification = z.infer<typeof notificationSchema>;
export type NotificationSubject = NonNullable<WorkNotification['subject']>;
export type CreateTaskInput = z.input<typeof createTaskBody>;
export type RequestableTransferReason = (typeof requestableTransferReasonCodes)[number];
export type QualityGrade = keyof typeof qualityGradeLabels;
/** The label texts as the contract spells them, so the translations can be checked against it. */
export type TransferReasonLabels = typeof transferReasonLabels;
export type QualityGradeLabels = typeof qualityGradeLabels;
export type { Task, TaskRequestKind, TaskSignalKind, TaskStatus, TransferReasonCode, WorkCommandName };
