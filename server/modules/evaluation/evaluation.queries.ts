import { and, asc, desc, eq, gt, like, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { queueQuery, scorecardListQuery } from '../../../contracts/evaluation.js';
import { type Db, queryRows } from '../../db/client.js';
import { evaluationPeriods, evaluationScorecards, people, units } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { hasRole } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import type { EvaluationDeps } from './evaluation.deps.js';
import { canSeePeriod, canSeeScorecard } from './evaluation.policy.js';
import { presentScorecard, type ScorecardView, signalsOf } from './evaluation.presenter.js';
import * as repository from './evaluation.repository.js';

const reviewer = alias(people, 'reviewer');
const decider = alias(people, 'decider');

/** A scorecard with the names and period its screens show, in one statement. */
function selectViews(db: Db, where: SQL | undefined) {
  return db
    .select({
      row: evaluationScorecards,
      personName: people.fullName,
      personPosition: people.position,
      unitName: units.name,
      reviewerName: reviewer.fullName,
      deciderName: decider.fullName,
      periodKind: evaluationPeriods.kind,
      periodStartsOn: evaluationPeriods.startsOn,
      periodEndsOn: evaluationPeriods.endsOn,
      periodState: evaluationPeriods.state,
    })
    .from(evaluationScorecards)
    .innerJoin(people, eq(people.id, evaluationScorecards.personId))
    .innerJoin(units, eq(units.id, evaluationScorecards.unitId))
    .innerJoin(evaluationPeriods, eq(evaluationPeriods.id, evaluationScorecards.periodId))
    .leftJoin(reviewer, eq(reviewer.id, evaluationScorecards.reviewerId))
    .leftJoin(decider, eq(decider.id, evaluationScorecards.deciderId))
    .where(where);
}

type ViewRow = Awaited<ReturnType<typeof selectViews>>[number];
const viewOf = ({ row, ...rest }: ViewRow): ScorecardView => ({ ...row, ...rest });

export async function getScorecard(deps: EvaluationDeps, actor: Actor, id: string) {
  const [found] = await selectViews(deps.db, and(eq(evaluationScorecards.agencyId, actor.agencyId), eq(evaluationScorecards.id, id)));
  if (!found || !canSeeScorecard(actor, found.row)) throw notFound();
  return presentScorecard(actor, viewOf(found), localDateOf(deps.clock.now()));
}

const rowOf = (view: ScorecardView, today: string) => ({
  id: view.id,
  periodId: view.periodId,
  period: { kind: view.periodKind, startsOn: view.periodStartsOn, endsOn: view.periodEndsOn },
  person: { id: view.personId, name: view.personName, position: view.personPosition },
  unit: { id: view.unitId, name: view.unitName },
  state: view.state,
  stepDueOn: view.stepDueOn,
  signals: signalsOf(view, today),
  score: view.score,
  computedLevel: view.computedLevel,
  level: view.level,
  isRated: view.isRated,
  schemeCode: view.schemeCode,
});

/** Scope filter in SQL: leaders and administrators see the agency; heads their subtrees; everyone their own and what they review or decide. */
function scopeFilter(actor: Actor): SQL | undefined {
  if (hasRole(actor, 'leader', 'agency_admin', 'system_admin')) return undefined;
  const own = actor.personId
    ? [
        eq(evaluationScorecards.personId, actor.personId),
        eq(evaluationScorecards.reviewerId, actor.personId),
        eq(evaluationScorecards.deciderId, actor.personId),
      ]
    : [];
  const subtrees = hasRole(actor, 'unit_head') ? actor.managedUnitPaths.map((path) => like(evaluationScorecards.unitPath, `${path}%`)) : [];
  return or(...own, ...subtrees, sql`false`);
}

/** The unit's period table, by name, paged. */
export async function listPeriodScorecards(deps: EvaluationDeps, actor: Actor, periodId: string, query: z.infer<typeof scorecardListQuery>) {
  const period = await repository.findPeriod(deps.db, actor.agencyId, periodId);
  if (!period || !canSeePeriod(actor, period)) throw notFound();
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await selectViews(
    deps.db,
    and(
      eq(evaluationScorecards.periodId, periodId),
      scopeFilter(actor),
      query.unitId ? eq(evaluationScorecards.unitId, query.unitId) : undefined,
      query.level ? eq(evaluationScorecards.level, query.level) : undefined,
      query.state ? eq(evaluationScorecards.state, query.state) : undefined,
      after ? or(gt(people.fullName, after[0]), and(eq(people.fullName, after[0]), gt(evaluationScorecards.id, after[1]))) : undefined,
    ),
  )
    .orderBy(asc(people.fullName), asc(evaluationScorecards.id))
    .limit(query.limit + 1);
  const today = localDateOf(deps.clock.now());
  return toPage(
    rows.map((row) => rowOf(viewOf(row), today)),
    query.limit,
    (row) => [row.person.name, row.id],
  );
}

/** "To review" (I am the reviewer), "to decide" and "appeals" (I decide, or a leader for scorecards without a decider). */
export async function listQueue(deps: EvaluationDeps, actor: Actor, query: z.infer<typeof queueQuery>) {
  const me = actor.personId ?? '00000000-0000-0000-0000-000000000000';
  const mine =
    query.step === 'review'
      ? and(
          eq(evaluationScorecards.state, 'review'),
          hasRole(actor, 'leader')
            ? or(eq(evaluationScorecards.reviewerId, me), sql`${evaluationScorecards.reviewerId} is null`)
            : eq(evaluationScorecards.reviewerId, me),
        )
      : and(
          query.step === 'decision'
            ? and(eq(evaluationScorecards.state, 'decision'), sql`${evaluationScorecards.decidedAt} is null`)
            : eq(evaluationScorecards.state, 'appeal'),
          hasRole(actor, 'leader')
            ? or(eq(evaluationScorecards.deciderId, me), sql`${evaluationScorecards.deciderId} is null`)
            : eq(evaluationScorecards.deciderId, me),
        );
  const after = decodeCursor(query.cursor, 1) as [string] | null;
  const rows = await selectViews(
    deps.db,
    and(
      eq(evaluationScorecards.agencyId, actor.agencyId),
      mine,
      sql`${evaluationScorecards.personId} <> ${me}`,
      after ? gt(evaluationScorecards.id, after[0]) : undefined,
    ),
  )
    .orderBy(asc(evaluationScorecards.id))
    .limit(query.limit + 1);
  const today = localDateOf(deps.clock.now());
  return toPage(
    rows.map((row) => rowOf(viewOf(row), today)),
    query.limit,
    (row) => [row.id],
  );
}

/** The person's own ratings over past periods, for the history chart. */
export async function myHistory(deps: EvaluationDeps, actor: Actor) {
  if (!actor.personId) return { items: [] };
  const rows = await deps.db
    .select({
      scorecardId: evaluationScorecards.id,
      periodId: evaluationPeriods.id,
      kind: evaluationPeriods.kind,
      startsOn: evaluationPeriods.startsOn,
      score: evaluationScorecards.score,
      level: evaluationScorecards.level,
      computedLevel: evaluationScorecards.computedLevel,
      state: evaluationScorecards.state,
    })
    .from(evaluationScorecards)
    .innerJoin(evaluationPeriods, eq(evaluationPeriods.id, evaluationScorecards.periodId))
    .where(and(eq(evaluationScorecards.agencyId, actor.agencyId), eq(evaluationScorecards.personId, actor.personId)))
    .orderBy(desc(evaluationPeriods.startsOn))
    .limit(36);
  // Before publication the person sees their computed score but no decided level.
  return {
    items: rows.reverse().map((row) => ({
      scorecardId: row.scorecardId,
      periodId: row.periodId,
      kind: row.kind,
      startsOn: row.startsOn,
      score: row.score,
      level: ['published', 'appeal', 'closed'].includes(row.state) ? row.level : null,
    })),
  };
}

export async function scorecardEvents(deps: EvaluationDeps, actor: Actor, id: string) {
  const row = await repository.findScorecard(deps.db, actor.agencyId, id);
  if (!row || !canSeeScorecard(actor, row)) throw notFound();
  const events = await repository.eventsOf(deps.db, id);
  return {
    items: events.map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      actorName: event.actorName,
      kind: event.kind,
      reason: event.reason,
      change: event.change,
    })),
  };
}

export async function agencyNameOf(deps: EvaluationDeps, agencyId: string): Promise<string> {
  const [row] = await queryRows<{ name: string }>(deps.db, sql`select name from agencies where id = ${agencyId}`);
  return row?.name ?? '';
}
