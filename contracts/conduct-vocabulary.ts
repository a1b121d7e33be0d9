// ── Conduct (kỷ luật, kỷ cương) vocabulary, shared by the server rules, the API and the web client ──

export const catalogKinds = ['directive', 'related'] as const;
export type CatalogKind = (typeof catalogKinds)[number];

export const caseStatuses = [
  'recorded',
  'verifying',
  'awaiting_explanation',
  'explained',
  'concluded',
  'measure_decided',
  'notified',
  'closed',
  'deferred',
  'dismissed',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** Names of a case's status, for files the server writes (reports, exports; the web app has its own translations). */
export const caseStatusLabels = {
  recorded: { vi: 'Mới ghi nhận', en: 'Recorded' },
  verifying: { vi: 'Đang xác minh', en: 'Verifying' },
  awaiting_explanation: { vi: 'Chờ giải trình', en: 'Awaiting explanation' },
  explained: { vi: 'Đã giải trình', en: 'Explained' },
  concluded: { vi: 'Đã kết luận', en: 'Concluded' },
  measure_decided: { vi: 'Đã quyết định xử lý', en: 'Measure decided' },
  notified: { vi: 'Đã thông báo', en: 'Notified' },
  closed: { vi: 'Kết thúc', en: 'Closed' },
  deferred: { vi: 'Tạm chưa xem xét', en: 'Deferred' },
  dismissed: { vi: 'Không xử lý', en: 'Dismissed' },
} as const satisfies Record<CaseStatus, { vi: string; en: string }>;
/** Statuses in which the case is still being handled (the 90/150-day clock runs). */
export const handlingStatuses = [
  'recorded',
  'verifying',
  'awaiting_explanation',
  'explained',
  'concluded',
  'measure_decided',
] as const satisfies readonly CaseStatus[];
export const finalCaseStatuses = ['closed', 'dismissed'] as const satisfies readonly CaseStatus[];

export const caseSources = ['inspection', 'supervisor', 'self_criticism', 'public_report', 'signal'] as const;
export type CaseSource = (typeof caseSources)[number];

export const subjectKinds = ['person', 'unit'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** The discipline track of the subject: which dated list of forms applies (BRIEF.md §3). */
export const subjectCategories = ['civil_servant', 'cadre', 'public_employee', 'party_member', 'party_organisation'] as const;
export type SubjectCategory = (typeof subjectCategories)[number];

export const confidentialityLevels = ['normal', 'confidential'] as const;
export type Confidentiality = (typeof confidentialityLevels)[number];

/** Decree 172/2025 Art. 6: three levels of consequence. */
export const severities = ['less_serious', 'serious', 'very_serious'] as const;
export type Severity = (typeof severities)[number];

export const measureKinds = ['reminder', 'criticism', 'discipline'] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** Decree 172/2025: the three situations in which discipline is not yet considered. */
export const deferralReasons = ['serious_illness', 'maternity_or_young_child', 'under_prosecution'] as const;
export type DeferralReason = (typeof deferralReasons)[number];

/** Command names are the API verbs and the `abilities` the UI shows. */
export const caseCommandNames = [
  'verify',
  'requestExplanation',
  'submitExplanation',
  'conclude',
  'decideMeasure',
  'notify',
  'close',
  'defer',
  'resume',
  'dismiss',
  'extendHandling',
  'assignInspector',
  'addEvidence',
] as const;
export type CaseCommandName = (typeof caseCommandNames)[number];

export const caseSignalKinds = ['handling_due_soon', 'handling_overdue', 'explanation_overdue', 'appeal_window_ended', 'statute_warning'] as const;
export type CaseSignalKind = (typeof caseSignalKinds)[number];

/**
 * Signals a suggestion can come from. The first four are read from the work data (tasks, task
 * events, person counters); the last two are hooks for the dissemination and meeting modules,
 * which report their facts through `suggestFromSignal` (server/modules/conduct/index.ts).
 */
export const suggestionSignalKinds = [
  'long_overdue_task',
  'repeated_transfers',
  'repeated_extensions',
  'undecided_difficulty',
  'unacknowledged_campaign',
  'meeting_absence',
  'transfer_ring',
] as const;
export type SuggestionSignalKind = (typeof suggestionSignalKinds)[number];
