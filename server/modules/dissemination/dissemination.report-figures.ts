import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

interface Window {
  agencyId: string;
  unitPath: string;
  fromInstant: Date;
  toInstant: Date;
}

export interface DisseminationFigures {
  campaigns: number;
  assigned: number;
  acknowledged: number;
  committed: number;
  meetings: number;
  invited: number;
  present: number;
}

/**
 * Campaigns launched in the window and the people of the subtree they reached (assigned, acknowledged,
 * committed by now); meetings of the subtree that started in the window and their attendance.
 */
export async function disseminationFigures(db: Db, window: Window): Promise<DisseminationFigures> {
  const prefix = `${window.unitPath}%`;
  const [row] = await queryRows<DisseminationFigures>(
    db,
    sql`select
      (select count(*)::int from dissemination_campaigns c where c.agency_id = ${window.agencyId} and c.unit_path like ${prefix} and c.launched_at >= ${window.fromInstant} and c.launched_at < ${window.toInstant}) as campaigns,
      a.assigned, a.acknowledged, a.committed, m.meetings, m.invited, m.present
    from (select count(*)::int as assigned, count(a.acknowledged_at)::int as acknowledged, count(a.committed_at)::int as committed
          from dissemination_assignments a join dissemination_campaigns c on c.id = a.campaign_id
          where a.agency_id = ${window.agencyId} and a.unit_path like ${prefix} and c.launched_at >= ${window.fromInstant} and c.launched_at < ${window.toInstant}) a,
         (select count(distinct m.id)::int as meetings, count(i.person_id)::int as invited, count(i.person_id) filter (where i.status = 'present')::int as present
          from meetings m left join meeting_invitations i on i.meeting_id = m.id
          where m.agency_id = ${window.agencyId} and m.unit_path like ${prefix} and m.starts_at >= ${window.fromInstant} and m.starts_at < ${window.toInstant}) m`,
  );
  return row;
}
