/** Types shared with the server: the contracts are the single source of truth for the API shapes. */
export type { LocalizedText, Problem } from './problem';
export type { AuthOptions, CurrentSessionResponse, Role, SessionResponse, SessionUser } from './auth';
export type { ActiveSession, ActiveSessions } from './auth';
export type { ImportReport, Person, PersonCategory, Unit, UnitKind } from './org';
export type { AuditEvent, AuditVerifyResult } from './audit';
export type {
  CreateTaskInput,
  MyWorkSummary,
  OpenRequest,
  QualityGrade,
  QualityGradeLabels,
  RequestableTransferReason,
  Task,
  TaskEvent,
  TaskEventKind,
  TaskListItem,
  TaskOutcome,
  TaskPriority,
  TaskRequestKind,
  TaskSignal,
  TrendWeek,
  TaskSignalKind,
  TaskStatus,
  TransferReasonCode,
  TransferReasonLabels,
  UnitDashboardRow,
  WorkCommandName,
  WorkNotification,
  NotificationSubject,
} from './work';
export type {
  CaseCommandName,
  CaseEvent,
  CaseFile,
  CaseListItem,
  CaseSignalKind,
  CaseSource,
  CaseStatus,
  Catalog,
  CatalogImportResult,
  CatalogKind,
  CatalogVersion,
  ConductCase,
  DisciplineForm,
  OpenCaseBody,
  SignalMapping,
  SubjectCategory,
  Suggestion,
  SuggestionSignalKind,
} from './conduct';
export { caseSignalKinds, caseSources, caseStatuses, confidentialityLevels, deferralReasons, severities, subjectCategories } from './conduct';
export type {
  EvaluationHistoryPoint,
  EvaluationPeriod,
  EvaluationPeriodListItem,
  OverridableFigure,
  PeriodKind,
  RatingLevel,
  Scorecard,
  ScorecardEvent,
  ScorecardRow,
  ScorecardState,
} from './evaluation';
export { overridableFigures, ratingLevels, scorecardStates } from './evaluation';
export type { Account, AccountListQuery, AccountPage, NewAgencyBody, RoleGrant, SetupResult } from './accounts';
export { accountStates, grantableRoles } from './accounts';
export type { Invitation, PlatformAgency, PlatformAgencyList } from './accounts';
export { INVITATION_PATH } from './accounts';
