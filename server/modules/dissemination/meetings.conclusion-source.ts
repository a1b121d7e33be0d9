import { sql } from 'drizzle-orm';
import type { ConclusionRef } from '../../../contracts/dissemination.js';
import { queryRows, type Db } from '../../db/client.js';
import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { DomainError, invalidState, validationError } from '../../platform/errors.js';
import { likePattern } from '../../platform/search-text.js';
import type { TaskSourceVerifier } from '../work/index.js';
import { auditContext, type DisseminationDeps } from './dissemination.deps.js';
import { organisesAgencyWide } from './dissemination.policy.js';
import { meetingNotFound, visibleMeeting } from './meetings.service.js';
import * as repository from './meetings.repository.js';

const LOOKUP_LIMIT = 20;
const alreadyAssigned = () => invalidState('already_assigned', { vi: 'Kết luận đã được giao thành nhiệm vụ', en: 'This conclusion already became a task' });
const unknownConclusion = () =>
  validationError([{ field: 'body.source.id', message: { vi: 'Kết luận hội nghị không tồn tại', en: 'Meeting conclusion unknown' } }]);

/** The meeting's visibility rule (visibleMeeting) said in SQL over `m`: runners, whole-agency roles and the invited. */
function visibleMeetingCondition(actor: Actor) {
  if (seesWholeAgency(actor) || (actor.personId && organisesAgencyWide(actor))) return sql`true`;
  const me = actor.personId ?? '00000000-0000-0000-0000-000000000000';
  const managed = hasRole(actor, 'unit_head') ? actor.managedUnitPaths.map((path) => sql`m.unit_path like ${`${path}%`}`) : [];
  return sql`(${sql.join(
    [...managed, sql`m.chair_id = ${me}`, sql`exists (select 1 from meeting_invitations i where i.meeting_id = m.id and i.person_id = ${me})`],
    sql` or `,
  )})`;
}

interface ConclusionRow {
  id: string;
  text: string;
  taskId: string | null;
  meetingId: string;
  meetingTitle: string;
  startsAt: Date | string;
}

const presentConclusion = (row: ConclusionRow): ConclusionRef => ({
  id: row.id,
  text: row.text,
  taskId: row.taskId,
  meeting: { id: row.meetingId, title: row.meetingTitle, startsAt: new Date(row.startsAt).toISOString() },
});

/**
 * The conclusions not yet assigned of the meetings a person may see, newest meeting first, searched
 * without diacritics in the conclusion or the meeting's title: what the task form offers as a source.
 */
export async function lookupAssignableConclusions(deps: DisseminationDeps, actor: Actor, q: string | undefined): Promise<{ items: ConclusionRef[] }> {
  const search = q ? sql`and (c.search_text like ${likePattern(q)} or m.search_text like ${likePattern(q)})` : sql``;
  const rows = await queryRows<ConclusionRow>(
    deps.db,
    sql`select c.id, c.text, c.task_id as "taskId", m.id as "meetingId", m.title as "meetingTitle", m.starts_at as "startsAt"
        from meeting_conclusions c join meetings m on m.id = c.meeting_id
        where c.agency_id = ${actor.agencyId} and c.task_id is null and ${visibleMeetingCondition(actor)} ${search}
        order by m.starts_at desc, c.created_at, c.id limit ${LOOKUP_LIMIT}`,
  );
  return { items: rows.map(presentConclusion) };
}

/** A conclusion as a task shows its source; 404 when the person may not see its meeting. */
export async function getConclusionRef(deps: DisseminationDeps, actor: Actor, id: string): Promise<ConclusionRef> {
  const conclusion = await repository.findAgencyConclusion(deps.db, actor.agencyId, id);
  if (!conclusion) throw meetingNotFound();
  const meeting = await visibleMeeting(deps.db, actor, conclusion.meetingId);
  return presentConclusion({ ...conclusion, meetingId: meeting.id, meetingTitle: meeting.title, startsAt: meeting.startsAt });
}

/**
 * For the work module (handed over in app.ts): a task from the task form may name a conclusion of a
 * meeting the assigner sees, if no task carries it yet; it is linked to the new task in the task's
 * transaction, as a task made on the meeting's page is, so the meeting shows it. One the person may
 * not see is answered as unknown, not revealed.
 */
export const meetingConclusionTaskSource: TaskSourceVerifier = async (db: Db, actor: Actor, conclusionId: string) => {
  const conclusion = await repository.findAgencyConclusion(db, actor.agencyId, conclusionId);
  if (!conclusion) throw unknownConclusion();
  await visibleMeeting(db, actor, conclusion.meetingId).catch((error: unknown) => {
    throw error instanceof DomainError && error.kind === 'not_found' ? unknownConclusion() : error;
  });
  if (conclusion.taskId) throw alreadyAssigned();
  return {
    id: conclusion.id,
    linkTask: async (tx, taskId, now) => {
      const locked = await repository.lockConclusion(tx, conclusion.meetingId, conclusion.id);
      if (!locked || locked.taskId) throw alreadyAssigned();
      await repository.linkConclusionTask(tx, conclusion.id, taskId);
      await recordAction(tx, auditContext(actor, now), 'meeting.conclusion_assigned', { type: 'meeting', id: conclusion.meetingId }, { conclusionId, taskId });
    },
  };
};
