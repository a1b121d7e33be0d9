import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { agencies } from '../../db/schema/index.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { notifyPeople } from '../notifications/index.js';
import type { EvaluationDeps } from './evaluation.deps.js';

const JOB = 'evaluation.daily';
const BATCH = 1000;

const TITLES: Record<string, { vi: string; en: string }> = {
  self_assessment: { vi: 'Quá hạn tự đánh giá', en: 'Self-assessment overdue' },
  review: { vi: 'Quá hạn xem xét phiếu đánh giá', en: 'Review overdue' },
  decision: { vi: 'Quá hạn quyết định xếp loại', en: 'Decision overdue' },
  appeal: { vi: 'Quá hạn trả lời kiến nghị', en: 'Appeal answer overdue' },
};

/**
 * Daily, once per agency and local date: every scorecard whose step is past its working-day deadline notifies
 * the one who must act (the person, the reviewer, the decider), once per step and deadline (dedupe key).
 */
export async function runEvaluationDaily(deps: EvaluationDeps, agencyId: string) {
  const now = deps.clock.now();
  const today = localDateOf(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, today, now))) return { ran: false, notified: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  let notified = 0;
  for (;;) {
    const rows = await queryRows<{ id: string; state: string; step_due_on: string; actor_id: string | null }>(
      deps.db,
      sql`
      select id, state, step_due_on::text, case state when 'self_assessment' then person_id when 'review' then reviewer_id else decider_id end as actor_id
      from evaluation_scorecards where agency_id = ${agencyId} and state in ('self_assessment', 'review', 'decision', 'appeal') and step_due_on < ${today} and id > ${after}
      order by id limit ${BATCH}`,
    );
    if (rows.length === 0) break;
    await deps.db.transaction(async (tx) => {
      for (const row of rows) {
        if (!row.actor_id) continue;
        const title = TITLES[row.state]!;
        await notifyPeople(tx, {
          agencyId,
          personIds: [row.actor_id],
          kind: 'evaluation_step_late',
          subject: { type: 'evaluation_scorecard', id: row.id },
          signal: { kind: 'step_late', level: 2 },
          title: { vi: `${title.vi} (hạn ${row.step_due_on})`, en: `${title.en} (due ${row.step_due_on})` },
          dedupeKey: `evaluation:${row.id}:${row.state}:${row.step_due_on}`,
          now,
        });
        notified++;
      }
    });
    after = rows[rows.length - 1]!.id;
  }
  await finishJobRun(deps.db, agencyId, JOB, today, deps.clock.now(), { notified });
  return { ran: true, notified };
}

/** Runs the daily evaluation job for every agency; the server calls it on its sweep timer. */
export async function evaluationDailyAllAgencies(deps: EvaluationDeps) {
  const rows = await deps.db.select({ id: agencies.id }).from(agencies);
  for (const { id } of rows) await runEvaluationDaily(deps, id);
}
