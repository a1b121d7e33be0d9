import type { PersonalDataExport } from '../../../contracts/privacy.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { personSessionsExport } from '../auth/index.js';
import { personCasesExport } from '../conduct/index.js';
import { personDisseminationExport } from '../dissemination/index.js';
import { personDocumentsExport } from '../documents/index.js';
import { personScorecardsExport } from '../evaluation/index.js';
import { personExplanationsExport } from '../explanations/index.js';
import { personNotificationPreferencesExport, personNotificationsExport } from '../notifications/index.js';
import { personProfileExport, personUnitMovesExport } from '../org/index.js';
import { personTasksExport, personWorkSettingsExport } from '../work/index.js';
import { auditContext, type PrivacyDeps } from './privacy.deps.js';
import { assertHandlesPersonalData } from './privacy.policy.js';
import { personPrivacyRequestsExport } from './privacy.person-requests.js';
import { isNeverExported, sensitiveFieldsOf, SENSITIVE_FIELDS } from './privacy.sensitive.js';
import { personNotFound } from './privacy.service.js';

export const LEGAL_BASIS = 'Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; Nghị định 356/2025/NĐ-CP (trước 01/01/2026: Nghị định 13/2023/NĐ-CP)';
/** Each reader returns at most this many rows per section; a full section is marked truncated. */
const SECTION_LIMITS: Record<string, number> = {
  tasks: 5000,
  taskEvents: 20000,
  acknowledgements: 5000,
  acknowledgementEvents: 5000,
  attendance: 5000,
  conductCases: 2000,
  scorecards: 500,
  accounts: 10,
  unitMoves: 500,
  explanationRequests: 2000,
  notifications: 5000,
  documents: 5000,
  privacyRequests: 500,
  sessions: 500,
  followedTasks: 5000,
  savedViews: 5000,
  taskSeries: 5000,
};

type Row = Record<string, unknown>;

function section(key: string, selected: Row[], table?: keyof typeof SENSITIVE_FIELDS) {
  // A second guard behind the readers' own column lists: a sealed column never leaves, whatever a reader selects.
  const rows = table ? selected.map((row) => Object.fromEntries(Object.entries(row).filter(([field]) => !isNeverExported(table, field)))) : selected;
  const fields = rows.length > 0 ? Object.keys(rows[0]) : [];
  return {
    key,
    rows,
    sensitiveFields: table ? sensitiveFieldsOf(table, fields) : {},
    truncated: SECTION_LIMITS[key] !== undefined && selected.length >= SECTION_LIMITS[key],
  };
}

/**
 * Everything the system holds about one person of the actor's agency, section by section, through
 * each module's own export reader. The export itself is audited (who exported whose data, not the data).
 */
export async function exportPersonalData(deps: PrivacyDeps, actor: Actor, personId: string, format: 'json' | 'xlsx'): Promise<PersonalDataExport> {
  assertHandlesPersonalData(actor);
  const profile = await personProfileExport(deps.db, actor.agencyId, personId);
  if (!profile) throw personNotFound();
  const [work, dissemination, cases, scorecards, moves, explanations, notifications, documents, requests, sessions, settings, preferences] = await Promise.all([
    personTasksExport(deps.db, actor.agencyId, personId),
    personDisseminationExport(deps.db, actor.agencyId, personId),
    personCasesExport(deps.db, actor.agencyId, personId),
    personScorecardsExport(deps.db, actor.agencyId, personId),
    personUnitMovesExport(deps.db, actor.agencyId, personId),
    personExplanationsExport(deps.db, actor.agencyId, personId),
    personNotificationsExport(deps.db, actor.agencyId, personId),
    personDocumentsExport(deps.db, actor.agencyId, personId),
    personPrivacyRequestsExport(deps.db, actor.agencyId, personId),
    personSessionsExport(deps.db, actor.agencyId, personId),
    personWorkSettingsExport(deps.db, actor.agencyId, personId),
    personNotificationPreferencesExport(deps.db, actor.agencyId, personId),
  ]);
  const roles = profile.accounts.flatMap((account) => account.roles.map((role) => ({ username: account.username, role })));
  const now = deps.clock.now();
  await deps.db.transaction((tx) => recordAction(tx, auditContext(actor, now), 'personal_data.exported', { type: 'person', id: personId }, { format }));
  return {
    generatedAt: now.toISOString(),
    personId,
    personName: profile.person.fullName,
    legalBasis: LEGAL_BASIS,
    sections: [
      section('profile', [profile.person], 'people'),
      section(
        'accounts',
        profile.accounts.map(({ roles: _roles, ...account }) => account),
      ),
      section('roles', roles),
      section('tasks', work.tasks, 'tasks'),
      section('taskEvents', work.events),
      section('acknowledgements', dissemination.assignments),
      section('acknowledgementEvents', dissemination.events),
      section('attendance', dissemination.attendance),
      section('conductCases', cases, 'conduct_cases'),
      section('scorecards', scorecards, 'evaluation_scorecards'),
      section('unitMoves', moves),
      section('explanationRequests', explanations, 'explanation_requests'),
      section('notifications', notifications),
      section('documents', documents),
      section('privacyRequests', requests),
      section('sessions', sessions),
      section('followedTasks', settings.followed),
      section('savedViews', settings.views),
      section('taskSeries', settings.series),
      section('notificationPreferences', preferences),
    ].map((s) => ({ ...s, rows: s.rows.map(jsonRow) })),
  };
}

/** Dates as ISO text, so the JSON answer and the workbook read the same values. */
function jsonRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}
