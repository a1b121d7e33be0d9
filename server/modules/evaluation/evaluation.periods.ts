import type { z } from 'zod';
import type { openPeriodBody } from '../../../contracts/evaluation.js';
import type { PeriodKind } from '../../../contracts/evaluation-vocabulary.js';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { addCalendarDays, formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import { conflict, forbidden, notFound, validationError } from '../../platform/errors.js';
import { notifyPeople } from '../notifications/index.js';
import { findUnit } from '../org/index.js';
import { insertScorecards, type PeriodWindow, refreshTaskFacts, scoreScorecards } from './evaluation.compute.js';
import { placeMovers } from './evaluation.movers.js';
import { auditContext, calendarOf, type EvaluationDeps } from './evaluation.deps.js';
import { canManagePeriod } from './evaluation.policy.js';
import * as repository from './evaluation.repository.js';
import { SCHEME_REFERENCE } from './evaluation.schemes.js';

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };
const FIRST_MONTHS: Record<PeriodKind, number[]> = { month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], quarter: [1, 4, 7, 10], year: [1] };

/** The period's last day, or null when the start is not the first day of a month, quarter or year. */
export function periodEndOf(kind: PeriodKind, startsOn: string): string | null {
  const [year, month, day] = startsOn.split('-').map(Number) as [number, number, number];
  if (day !== 1 || !FIRST_MONTHS[kind].includes(month)) return null;
  const next = new Date(Date.UTC(year, month - 1 + MONTHS[kind], 1));
  return addCalendarDays(next.toISOString().slice(0, 10), -1);
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** How people name a period: "tháng 12/2026", "quý IV/2026", "năm 2026". */
export function periodName(kind: PeriodKind, startsOn: string) {
  const [year, month] = startsOn.split('-').map(Number) as [number, number];
  if (kind === 'month') return { vi: `tháng ${String(month).padStart(2, '0')}/${year}`, en: `${String(month).padStart(2, '0')}/${year}` };
  if (kind === 'quarter') return { vi: `quý ${ROMAN_QUARTERS[(month - 1) / 3]}/${year}`, en: `Q${(month - 1) / 3 + 1} ${year}` };
  return { vi: `năm ${year}`, en: `${year}` };
}

export const windowOf = (period: repository.PeriodRow): PeriodWindow => ({
  agencyId: period.agencyId,
  periodId: period.id,
  kind: period.kind,
  unitPath: period.unitPath,
  from: period.startsOn,
  to: period.endsOn,
});

const NOTIFY_BATCH = 1000;

/**
 * Opens a period for a unit subtree: everyone in it gets a scorecard, its task facts are copied from the work
 * tables and scored, in set-based statements; everyone is asked to self-assess by the step's working-day deadline.
 */
export async function openPeriod(deps: EvaluationDeps, actor: Actor, body: z.infer<typeof openPeriodBody>) {
  const endsOn = periodEndOf(body.kind, body.startsOn);
  if (!endsOn)
    throw validationError([
      {
        field: 'body.startsOn',
        message: { vi: 'Ngày bắt đầu phải là ngày đầu tháng, quý hoặc năm', en: 'The start must be the first day of a month, quarter or year' },
      },
    ]);
  const unit = await findUnit(deps.db, actor.agencyId, body.unitId);
  if (!unit) throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  if (!canManagePeriod(actor, unit.path))
    throw forbidden({ vi: 'Chỉ thủ trưởng đơn vị, lãnh đạo hoặc quản trị mở kỳ đánh giá', en: 'Only the unit head, leaders or administrators open a period' });
  const now = deps.clock.now();
  const calendar = await calendarOf(deps, actor.agencyId);
  const steps = SCHEME_REFERENCE.steps;
  const today = localDateOf(now);
  const selfAssessmentDueOn = calendar.addWorkingDays(today, steps.selfAssessmentDays);
  const reviewDueOn = calendar.addWorkingDays(selfAssessmentDueOn, steps.reviewDays);
  const decisionDueOn = calendar.addWorkingDays(reviewDueOn, steps.decisionDays);
  const id = crypto.randomUUID();
  return deps.db.transaction(async (tx) => {
    const inserted = await repository.insertPeriod(tx, {
      id,
      agencyId: actor.agencyId,
      kind: body.kind,
      startsOn: body.startsOn,
      endsOn,
      unitId: unit.id,
      unitPath: unit.path,
      isOutstandingUnit: body.isOutstandingUnit,
      selfAssessmentDueOn,
      reviewDueOn,
      decisionDueOn,
      appealWorkingDays: steps.appealDays,
      referenceVersion: SCHEME_REFERENCE.version,
      openedBy: actor.personId,
      openedAt: now,
    });
    if (!inserted)
      throw conflict('period_exists', { vi: 'Đơn vị đã có kỳ đánh giá này', en: 'The unit already has this period' }, [
        { field: 'body.startsOn', message: { vi: 'Kỳ đã mở', en: 'Already open' } },
      ]);
    const window: PeriodWindow = { agencyId: actor.agencyId, periodId: id, kind: body.kind, unitPath: unit.path, from: body.startsOn, to: endsOn };
    const scorecards = await insertScorecards(tx, window, selfAssessmentDueOn, now);
    await placeMovers(tx, window);
    await refreshTaskFacts(tx, window);
    await scoreScorecards(tx, window, now);
    await tx.execute(sql`insert into evaluation_events (agency_id, scorecard_id, occurred_at, actor_person_id, actor_name, kind, reason, change)
      select agency_id, id, ${now.toISOString()}::timestamptz, ${actor.personId}, ${actor.displayName}, 'opened', null, jsonb_build_object('scheme', scheme_code, 'score', score)
      from evaluation_scorecards where period_id = ${id}`);
    const people = (await tx.execute(sql`select person_id from evaluation_scorecards where period_id = ${id}`)) as unknown as { rows: { person_id: string }[] };
    const personIds = people.rows.map((row) => row.person_id);
    for (let at = 0; at < personIds.length; at += NOTIFY_BATCH) {
      await notifyPeople(tx, {
        agencyId: actor.agencyId,
        personIds: personIds.slice(at, at + NOTIFY_BATCH),
        kind: 'evaluation_self_assessment',
        title: {
          vi: `Tự đánh giá ${periodName(body.kind, body.startsOn).vi} trước ngày ${formatVietnameseDate(selfAssessmentDueOn)}`,
          en: `Self-assess for ${periodName(body.kind, body.startsOn).en} by ${formatVietnameseDate(selfAssessmentDueOn)}`,
        },
        dedupeKey: `evaluation:${id}:self`,
        now,
      });
    }
    await recordAction(
      tx,
      auditContext(actor, now),
      'evaluation_period.opened',
      { type: 'evaluation_period', id },
      { kind: body.kind, startsOn: body.startsOn, unitId: unit.id, scorecards },
    );
    return { id, scorecards };
  });
}

/** Copies the task facts again and rescores the scorecards not yet reviewed (after late task results, say). */
export async function recomputePeriod(deps: EvaluationDeps, actor: Actor, periodId: string) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const period = await repository.lockPeriod(tx, actor.agencyId, periodId);
    if (!period || !canManagePeriod(actor, period.unitPath)) throw notFound();
    const window = windowOf(period);
    await refreshTaskFacts(tx, window);
    const scored = await scoreScorecards(tx, window, now);
    await recordAction(tx, auditContext(actor, now), 'evaluation_period.recomputed', { type: 'evaluation_period', id: periodId }, { scored });
    return { scored };
  });
}

/** Publishes every decided scorecard to its person and inside the unit; the appeal window (working days) starts today. */
export async function publishPeriod(deps: EvaluationDeps, actor: Actor, periodId: string) {
  const now = deps.clock.now();
  const calendar = await calendarOf(deps, actor.agencyId);
  return deps.db.transaction(async (tx) => {
    const period = await repository.lockPeriod(tx, actor.agencyId, periodId);
    if (!period || !canManagePeriod(actor, period.unitPath)) throw notFound();
    const today = localDateOf(now);
    const appealDueOn = calendar.addWorkingDays(today, period.appealWorkingDays);
    const published =
      (await tx.execute(sql`update evaluation_scorecards set state = 'published', published_on = ${today}, appeal_due_on = ${appealDueOn}, step_due_on = null, version = version + 1, updated_at = ${now.toISOString()}::timestamptz
      where period_id = ${periodId} and state = 'decision' and decided_at is not null returning id, person_id`)) as unknown as {
        rows: { id: string; person_id: string }[];
      };
    if (published.rows.length === 0)
      throw conflict('nothing_decided', { vi: 'Chưa có phiếu nào được quyết định để công bố', en: 'No decided scorecard to publish' });
    await tx.execute(sql`insert into evaluation_events (agency_id, scorecard_id, occurred_at, actor_person_id, actor_name, kind, reason, change)
      select agency_id, id, ${now.toISOString()}::timestamptz, ${actor.personId}, ${actor.displayName}, 'published', null, jsonb_build_object('appealDueOn', ${appealDueOn}::text)
      from evaluation_scorecards where period_id = ${periodId} and published_on = ${today} and state = 'published'`);
    const byPerson = new Map(published.rows.map((row) => [row.person_id, row.id]));
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: [...byPerson.keys()],
      kind: 'evaluation_published',
      subject: (personId) => ({ type: 'evaluation_scorecard', id: byPerson.get(personId)! }),
      title: {
        vi: `Kết quả đánh giá ${periodName(period.kind, period.startsOn).vi} đã công bố; kiến nghị trước ngày ${formatVietnameseDate(appealDueOn)}`,
        en: `Rating for ${periodName(period.kind, period.startsOn).en} published; appeal by ${formatVietnameseDate(appealDueOn)}`,
      },
      now,
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      'evaluation_period.published',
      { type: 'evaluation_period', id: periodId },
      { published: published.rows.length, appealDueOn },
    );
    return { published: published.rows.length, appealDueOn };
  });
}

/** Closes the period once every scorecard is published past its appeal window or answered; otherwise names what is pending. */
export async function closePeriod(deps: EvaluationDeps, actor: Actor, periodId: string) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const period = await repository.lockPeriod(tx, actor.agencyId, periodId);
    if (!period || !canManagePeriod(actor, period.unitPath)) throw notFound();
    if (period.state === 'closed') throw conflict('period_closed', { vi: 'Kỳ đánh giá đã kết thúc', en: 'The period is already closed' });
    const today = localDateOf(now);
    const pending = (await tx.execute(sql`select count(*)::int as count from evaluation_scorecards where period_id = ${periodId}
      and (state in ('self_assessment', 'review', 'decision', 'appeal') or (state = 'published' and appeal_due_on >= ${today}))`)) as unknown as {
      rows: { count: number }[];
    };
    const count = pending.rows[0]?.count ?? 0;
    if (count > 0)
      throw conflict('period_pending', {
        vi: `Còn ${count} phiếu chưa xong (chưa quyết định, đang kiến nghị hoặc còn hạn kiến nghị)`,
        en: `${count} scorecards are still pending (undecided, appealed or within the appeal window)`,
      });
    await tx.execute(
      sql`update evaluation_scorecards set state = 'closed', step_due_on = null, version = version + 1, updated_at = ${now.toISOString()}::timestamptz where period_id = ${periodId} and state = 'published'`,
    );
    await repository.updatePeriod(tx, periodId, { state: 'closed', closedAt: now });
    await recordAction(tx, auditContext(actor, now), 'evaluation_period.closed', { type: 'evaluation_period', id: periodId }, {});
    return { closed: true as const };
  });
}
