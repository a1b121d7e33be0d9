import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import { type SuggestionDraft, suggestFromSignals } from '../conduct/index.js';

/**
 * How long past a campaign's deadline an unacknowledged assignment, or how long after a meeting an
 * absence without a reason, is still reported: the conduct module never suggests the same facts
 * twice, so the window only bounds the daily work, it is not a second chance to forget.
 */
const WINDOW_DAYS = 30;
/** Acknowledging late by a few days is a reminder's business, not a suggested case. */
const GRACE_DAYS = 5;

async function unacknowledgedPastDeadline(db: Db, agencyId: string, today: string): Promise<SuggestionDraft[]> {
  const rows = await queryRows<{ campaign_id: string; title: string; due_date: string; person_id: string; unit_path: string }>(
    db,
    sql`
    select c.id as campaign_id, c.title, c.due_date::text as due_date, a.person_id, a.unit_path
    from dissemination_campaigns c
    join dissemination_assignments a on a.campaign_id = c.id and a.acknowledged_at is null
    where c.agency_id = ${agencyId} and c.status = 'launched'
      and c.due_date between ${addCalendarDays(today, -WINDOW_DAYS)}::date and ${addCalendarDays(today, -GRACE_DAYS)}::date`,
  );
  return rows.map((row) => ({
    signalKind: 'unacknowledged_campaign',
    subjectPersonId: row.person_id,
    subjectUnitPath: row.unit_path,
    dedupeKey: `unacknowledged_campaign:${row.campaign_id}:${row.person_id}`,
    summary: `Chưa xác nhận quán triệt «${row.title}» quá hạn ${row.due_date.split('-').reverse().join('/')}`,
    evidence: { taskIds: [], events: [], dates: [row.due_date], counts: {} },
  }));
}

async function absentWithoutReason(db: Db, agencyId: string, today: string): Promise<SuggestionDraft[]> {
  const rows = await queryRows<{ meeting_id: string; title: string; day: string; person_id: string; unit_path: string }>(
    db,
    sql`
    select m.id as meeting_id, m.title, to_char(m.starts_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day, i.person_id, p.unit_path
    from meetings m
    join meeting_invitations i on i.meeting_id = m.id and i.status = 'absent_unexcused'
    join people p on p.id = i.person_id
    where m.agency_id = ${agencyId} and m.closed_at is not null
      and m.starts_at >= ${addCalendarDays(today, -WINDOW_DAYS)}::date`,
  );
  return rows.map((row) => ({
    signalKind: 'meeting_absence',
    subjectPersonId: row.person_id,
    subjectUnitPath: row.unit_path,
    dedupeKey: `meeting_absence:${row.meeting_id}:${row.person_id}`,
    summary: `Vắng không lý do: «${row.title}» ngày ${row.day.split('-').reverse().join('/')}`,
    evidence: { taskIds: [], events: [], dates: [row.day], counts: {} },
  }));
}

/** Reports this agency's dissemination signals to the conduct module, which maps them to catalog items. */
export async function reportConductSignals(db: Db, agencyId: string, now: Date) {
  const today = localDateOf(now);
  const drafts = [...(await unacknowledgedPastDeadline(db, agencyId, today)), ...(await absentWithoutReason(db, agencyId, today))];
  if (drafts.length === 0) return { created: 0, skipped: 0 };
  return db.transaction((tx) => suggestFromSignals(tx, agencyId, drafts, now));
}
