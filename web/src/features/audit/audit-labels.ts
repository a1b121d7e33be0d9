import type { TFunction } from 'i18next';
import type { AuditEvent } from '../../shared/contracts';
import type { Language, Messages } from '../../shared/i18n';

type ActionKey = keyof Messages['audit']['actions'];
type SubjectKey = keyof Messages['audit']['subjects'];

/** Actions the server records, grouped by subject, in the order shown in the filter (audit-labels.test.ts checks it against the server). */
export const knownActions = [
  'user.logged_in',
  'user.logged_out',
  'user.login_failed',
  'user.locked',
  'user.password_changed',
  'person.created',
  'person.updated',
  'person.moved',
  'person.deactivated',
  'person.imported',
  'unit.created',
  'unit.updated',
  'unit.moved',
  'unit.deactivated',
  'unit.managers_set',
  'agency.seeded',
  'task.assigned',
  'task.accepted',
  'task.progress_reported',
  'task.submitted',
  'task.result_accepted',
  'task.returned_for_rework',
  'task.difficulty_raised',
  'task.difficulty_decided',
  'task.transfer_requested',
  'task.transfer_approved',
  'task.transfer_rejected',
  'task.transferred',
  'task.transfer_refused',
  'task.extension_requested',
  'task.extension_approved',
  'task.extension_refused',
  'task.cancelled',
  'task.reopened',
  'task.commented',
  'task.attachment_added',
  'document.created',
  'document.updated',
  'document.version_added',
  'document.file_added',
  'document.relation_added',
  'document.relation_removed',
  'plan.created',
  'plan.updated',
  'plan.target_added',
  'plan.target_updated',
  'plan.target_removed',
  'plan.target_reached',
  'campaign.created',
  'campaign.updated',
  'campaign.launched',
  'campaign.closed',
  'campaign.reminded',
  'campaign.refreshed',
  'campaign.new_version',
  'assignment.assigned',
  'assignment.opened',
  'assignment.acknowledged',
  'assignment.committed',
  'assignment.quiz_attempted',
  'assignment.asked_again',
  'meeting.created',
  'meeting.checked_in',
  'meeting.attendance_marked',
  'meeting.minutes_recorded',
  'meeting.conclusion_added',
  'meeting.conclusion_assigned',
  'meeting.closed',
  'public_report.received',
  'public_report.accepted',
  'public_report.rejected',
  'public_report.classified',
  'public_report.routed',
  'public_report.answered',
  'public_report.case_opened',
  'public_report.reporter_message',
  'public_report.staff_message',
  'public_report.reporter_attachment',
  'public_report.staff_attachment',
  'public_report.rated',
  'public_report.identity_read',
  'case.recorded',
  'case.verification_started',
  'case.explanation_requested',
  'case.explanation_submitted',
  'case.concluded',
  'case.measure_decided',
  'case.notified',
  'case.closed',
  'case.deferred',
  'case.resumed',
  'case.dismissed',
  'case.handling_extended',
  'case.inspector_assigned',
  'case.evidence_added',
  'case.reporter_viewed',
  'suggestion.computed',
  'suggestion.dismissed',
  'suggestion.opened',
  'suggestion.mapping_changed',
  'catalog.imported',
  'calendar.day_set',
  'calendar.day_removed',
  'notification.read',
  'account.created',
  'account.roles_changed',
  'account.password_reset',
  'account.unlocked',
  'account.deactivated',
  'account.reactivated',
  'agency.created',
  'account.sso_linked',
  'account.sso_unlinked',
  'account.invitation_issued',
  'account.invitation_accepted',
  'platform_admin.created',
  'evaluation_period.opened',
  'evaluation_period.recomputed',
  'evaluation_period.published',
  'evaluation_period.closed',
  'evaluation_scorecard.self_assessed',
  'evaluation_scorecard.reviewed',
  'evaluation_scorecard.decided',
  'evaluation_scorecard.appealed',
  'evaluation_scorecard.answered',
  'public_report.identity_read_refused',
  'news.created',
  'news.edited',
  'news.cover_set',
  'news.draft',
  'news.review',
  'news.published',
  'news.unpublished',
  'personal_data.exported',
  'privacy_request.created',
  'privacy_request.answered',
  'privacy_request.refused',
  'procedure.created',
  'procedure.draft_updated',
  'procedure.draft_opened',
  'procedure.submitted',
  'procedure.approved',
  'procedure.returned',
  'procedure.published',
  'procedure.run_started',
  'procedure.run_completed',
  'procedure.step_opened',
  'procedure.run_promised',
  'accountability.published',
  'accountability.withdrawn',
  'report.requested',
] as const;

export const knownSubjects: SubjectKey[] = [
  'agency',
  'user',
  'person',
  'unit',
  'import',
  'task',
  'document',
  'campaign',
  'dissemination_assignment',
  'meeting',
  'public_report',
  'conduct_case',
  'conduct_suggestion',
  'conduct_catalog',
  'calendar_day',
  'evaluation_period',
  'evaluation_scorecard',
  'news_article',
  'privacy_request',
  'procedure_run',
  'procedure',
  'report_run',
];

const actionKeyOf = (action: string) => action.replace('.', '_') as ActionKey;

/** The action's name in the current language; unknown (newer) actions show their code. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`audit.actions.${actionKeyOf(action)}`, { defaultValue: action });
}

export function subjectLabel(t: TFunction, subjectType: string): string {
  return t(`audit.subjects.${subjectType as SubjectKey}`, {
    defaultValue: subjectType,
  });
}

/** The record's own name when the change carries one (a task's title, a person's name), to quote in a sentence. */
export function recordTitleOf(change: unknown): string | null {
  if (!change || typeof change !== 'object') return null;
  const record = change as Record<string, unknown>;
  const after = (record.after && typeof record.after === 'object' ? record.after : {}) as Record<string, unknown>;
  const title = [record.title, after.title, record.fullName, after.fullName, record.name, after.name].find(
    (value) => typeof value === 'string' && value.trim(),
  );
  return (title as string | undefined) ?? null;
}

/** One activity as a sentence: "Nguyễn Văn A giao nhiệm vụ “Báo cáo quý”". */
export function activitySentence(t: TFunction, language: Language, event: Pick<AuditEvent, 'actorName' | 'action' | 'change'>): string {
  const label = actionLabel(t, event.action);
  // Vietnamese reads the label as the sentence's verb; English keeps it as a heading after a colon.
  const action = language === 'vi' ? label.charAt(0).toLocaleLowerCase('vi') + label.slice(1) : label;
  const title = recordTitleOf(event.change);
  return title ? t('audit.sentenceTitled', { actor: event.actorName, action, title }) : t('audit.sentence', { actor: event.actorName, action });
}
