import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { coverageScope } from './dissemination.policy.js';
import { scopeCondition } from './dissemination.repository.js';

export interface MeetingInWindow {
  id: string;
  title: string;
  startsAt: Date;
  place: string;
  chairId: string;
  chairName: string;
}

/**
 * Meetings starting in [from, until) that this actor may open (as getMeeting decides: organisers, leaders,
 * unit heads over the unit, the chair, the invited), by start time. Read by the weekly schedule.
 */
export async function meetingsInWindow(db: Db, actor: Actor, from: Date, until: Date): Promise<MeetingInWindow[]> {
  const me = actor.personId ?? '00000000-0000-0000-0000-000000000000';
  const rows = await queryRows<MeetingInWindow>(
    db,
    sql`select m.id, m.title, m.starts_at as "startsAt", m.place, m.chair_id as "chairId", p.full_name as "chairName"
        from meetings m join people p on p.id = m.chair_id
        where m.agency_id = ${actor.agencyId} and m.starts_at >= ${from.toISOString()}::timestamptz and m.starts_at < ${until.toISOString()}::timestamptz
          and (${scopeCondition(sql`m.unit_path`, coverageScope(actor))} or m.chair_id = ${me}
               or exists (select 1 from meeting_invitations i where i.meeting_id = m.id and i.person_id = ${me}))
        order by m.starts_at, m.id limit 200`,
  );
  return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt) }));
}
