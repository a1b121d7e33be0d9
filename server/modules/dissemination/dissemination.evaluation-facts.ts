import { type SQL, sql } from 'drizzle-orm';

/**
 * For the evaluation module, as SQL to select from for a whole subtree: per person, campaigns due by the period's
 * end still not acknowledged, and meetings in the period missed without a reason. Facts for the reviewer, never
 * deductions. Columns: person_id, missing_acknowledgements, unexcused_absences.
 */
export function disseminationEvaluationFacts(window: { agencyId: string; unitPath: string; from: string; to: string }): SQL {
  return sql`select person_id, sum(missing)::int as missing_acknowledgements, sum(absent)::int as unexcused_absences from (
      select a.person_id, 1 as missing, 0 as absent
      from dissemination_assignments a join dissemination_campaigns c on c.id = a.campaign_id
      where a.agency_id = ${window.agencyId} and a.unit_path like ${`${window.unitPath}%`} and c.status <> 'draft' and c.due_date <= ${window.to}
        and (a.acknowledged_at is null or (a.acknowledged_at at time zone 'Asia/Ho_Chi_Minh')::date > c.due_date) and c.due_date >= ${window.from}
      union all
      select i.person_id, 0, 1
      from meeting_invitations i
      where i.agency_id = ${window.agencyId} and i.status = 'absent_unexcused'
        and (i.starts_at at time zone 'Asia/Ho_Chi_Minh')::date between ${window.from} and ${window.to}
    ) as facts group by person_id`;
}
