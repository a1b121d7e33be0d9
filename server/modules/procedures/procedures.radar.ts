import { sql } from 'drizzle-orm';
import type { Radar } from '../../../contracts/procedures.js';
import { queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { limitHoursOf } from './procedures.rules.js';
import { visibleVersion } from './procedures.service.js';

/** How many of each step's latest hand-overs the figures read: the radar's cost stays flat however many runs a version has. */
export const RADAR_SAMPLE = 500;

interface RadarRow {
  id: string;
  position: number;
  name: string;
  limit_value: string;
  limit_unit: 'working_days' | 'working_hours';
  finished: number;
  median: number | null;
  p90: number | null;
  late_share: number | null;
  waiting_now: number;
}

/**
 * Dwell times of one version, per step: from the latest hand-overs through the radar index
 * (version, step, handed over) and the open-step index, so each step costs two bounded index reads.
 */
export async function getRadar(deps: ProceduresDeps, actor: Actor, versionId: string): Promise<Radar> {
  const { version } = await visibleVersion(deps.db, actor, versionId);
  const rows = await queryRows<RadarRow>(
    deps.db,
    sql`select st.id, st.position, st.name, st.limit_value, st.limit_unit, f.finished, f.median, f.p90, f.late_share,
      (select count(*)::int from procedure_run_steps o where o.version_id = st.version_id and o.step_id = st.id and o.state = 'open') as waiting_now
    from procedure_steps st
    left join lateral (
      select count(*)::int as finished,
        percentile_cont(0.5) within group (order by x.used_hours) as median,
        percentile_cont(0.9) within group (order by x.used_hours) as p90,
        avg(case when x.is_late then 1.0 else 0.0 end)::float8 as late_share
      from (select d.used_hours::float8 as used_hours, d.is_late from procedure_run_steps d
            where d.version_id = st.version_id and d.step_id = st.id and d.state = 'done'
            order by d.handed_over_at desc limit ${sql.raw(String(RADAR_SAMPLE))}) x
    ) f on true
    where st.version_id = ${versionId} order by st.position`,
  );
  const longest = Math.max(0, ...rows.map((r) => Number(r.median ?? 0)));
  return {
    versionId,
    edition: version.edition,
    sampleLimit: RADAR_SAMPLE,
    steps: rows.map((r) => ({
      stepId: r.id,
      position: r.position,
      name: r.name,
      limitHours: limitHoursOf({ limitValue: Number(r.limit_value), limitUnit: r.limit_unit }),
      finished: Number(r.finished ?? 0),
      medianHours: r.median === null ? null : Math.round(Number(r.median) * 100) / 100,
      p90Hours: r.p90 === null ? null : Math.round(Number(r.p90) * 100) / 100,
      lateShare: r.late_share === null ? null : Math.round(Number(r.late_share) * 1000) / 1000,
      waitingNow: Number(r.waiting_now),
      isSlowest: longest > 0 && Number(r.median ?? 0) === longest,
    })),
  };
}
