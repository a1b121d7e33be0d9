import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  AudienceInput,
  Campaign,
  QuizInput,
  campaignListQuery,
  Coverage,
  CoverageCounts,
  coverageQuery,
  coverageUnitsQuery,
  laggardQuery,
  myAssignmentQuery,
} from '../../../contracts/dissemination.js';
import { queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { validationError } from '../../platform/errors.js';
import { decodeCursor, pageLimit, toPage } from '../../platform/paging.js';
import { likePattern } from '../../platform/search-text.js';
import { depthOfPath, findPeople, findUnit } from '../org/index.js';
import { pinnedDocuments, requirementsOf } from './dissemination.assignments.js';
import type { DisseminationDeps } from './dissemination.deps.js';
import { describeDocuments } from './dissemination.documents.js';
import { canManageCampaign, coverageScope, handlesPartyMembership, isPartyOnly } from './dissemination.policy.js';
import { presentAssignment, presentAssignmentListItem, type AssignmentListRow } from './dissemination.presenter.js';
import * as repository from './dissemination.repository.js';
import { stageOf } from './dissemination.rules.js';
import { campaignNotFound } from './dissemination.service.js';
import { assignmentNotFound } from './dissemination.person.js';

const cursorOf = (cursor: string | undefined) => {
  const key = decodeCursor(cursor, 2);
  if (key && (typeof key[0] !== 'string' || typeof key[1] !== 'string')) {
    throw validationError([{ field: 'cursor', message: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid page cursor' } }]);
  }
  return key as [string, string] | null;
};

/** Campaigns the actor organises or whose coverage they read, newest first. */
export async function listCampaigns(deps: DisseminationDeps, actor: Actor, query: z.infer<typeof campaignListQuery>) {
  const scope = coverageScope(actor);
  if (scope !== null && scope.length === 0) return { items: [], nextCursor: null };
  const after = cursorOf(query.cursor);
  const visible =
    scope === null
      ? sql`true`
      : sql`(${repository.scopeCondition(sql`c.unit_path`, scope)} or exists (select 1 from dissemination_unit_counters k where k.campaign_id = c.id and k.assigned > 0 and ${repository.scopeCondition(sql`k.unit_path`, scope)}))`;
  const rows = await queryRows<{
    id: string;
    title: string;
    status: Campaign['status'];
    unitId: string;
    unitName: string;
    dueDate: string | null;
    workingDays: number | null;
    launchedAt: Date | null;
    createdAt: Date;
  }>(
    deps.db,
    sql`select c.id, c.title, c.status, c.unit_id as "unitId", u.name as "unitName", c.due_date as "dueDate", c.deadline_working_days as "workingDays",
               c.launched_at as "launchedAt", c.created_at as "createdAt"
        from dissemination_campaigns c join units u on u.id = c.unit_id
        where c.agency_id = ${actor.agencyId} and ${visible}
          ${handlesPartyMembership(actor) ? sql`` : sql`and not coalesce((c.audience->>'partyMembersOnly')::boolean, false)`}
          ${query.status ? sql`and c.status = ${query.status}` : sql``}
          ${query.q ? sql`and c.search_text like ${likePattern(query.q)}` : sql``}
          ${after ? sql`and (c.created_at, c.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
        order by c.created_at desc, c.id desc limit ${pageLimit(query.limit)}`,
  );
  const page = toPage(rows, query.limit, (row) => [new Date(row.createdAt).toISOString(), row.id]);
  const totals = await repository.totalsOf(
    deps.db,
    page.items.map((row) => row.id),
    scope,
  );
  return {
    items: page.items.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      unit: { id: row.unitId, name: row.unitName },
      deadline: deadlineOf(row.dueDate, row.workingDays),
      launchedAt: row.launchedAt ? new Date(row.launchedAt).toISOString() : null,
      totals: totals.get(row.id) ?? null,
    })),
    nextCursor: page.nextCursor,
  };
}

const deadlineOf = (dueDate: string | null, workingDays: number | null) => ({
  kind: workingDays !== null ? ('working_days' as const) : ('date' as const),
  dueDate,
  workingDays,
});

/** A campaign as its organisers and coverage readers see it; 404 for everyone else. */
export async function getCampaign(deps: DisseminationDeps, actor: Actor, id: string): Promise<Campaign> {
  const row = await visibleCampaign(deps, actor, id);
  const audience = row.audience as AudienceInput;
  const [unit, units, people, creator] = await Promise.all([
    findUnit(deps.db, actor.agencyId, row.unitId),
    Promise.all(audience.unitIds.map((unitId) => findUnit(deps.db, actor.agencyId, unitId))),
    findPeople(deps.db, actor.agencyId, audience.personIds),
    row.createdById ? findPeople(deps.db, actor.agencyId, [row.createdById]) : Promise.resolve([]),
  ]);
  const documents = await describeDocuments(deps.db, actor.agencyId, pinnedDocuments(await repository.campaignDocuments(deps.db, [id])));
  const totals = (await repository.totalsOf(deps.db, [id], coverageScope(actor))).get(id) ?? null;
  const manages = canManageCampaign(actor, row);
  const quiz = row.quiz as QuizInput | null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    unit: { id: row.unitId, name: unit?.name ?? '' },
    createdBy: creator[0] ? { id: creator[0].id, fullName: creator[0].fullName } : null,
    documents,
    audience: {
      wholeAgency: audience.wholeAgency,
      units: units.flatMap((u) => (u ? [{ id: u.id, name: u.name }] : [])),
      categories: audience.categories,
      partyMembersOnly: audience.partyMembersOnly,
      people: people.map((p) => ({ id: p.id, fullName: p.fullName })),
    },
    deadline: deadlineOf(row.dueDate, row.deadlineWorkingDays),
    requiresCommitment: row.requiresCommitment,
    quiz: quiz ? { questionCount: quiz.questions.length, passPercent: quiz.passPercent, questions: manages ? quiz.questions : null } : null,
    launchedAt: row.launchedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    round: row.round,
    totals,
    abilities: [
      ...(manages && row.status === 'draft' ? (['edit', 'launch'] as const) : []),
      ...(manages && row.status === 'launched' ? (['close', 'remind', 'newVersion'] as const) : []),
      ...(row.status !== 'draft' ? (['coverage'] as const) : []),
    ],
  };
}

async function visibleCampaign(deps: DisseminationDeps, actor: Actor, id: string) {
  const row = await repository.findCampaign(deps.db, actor.agencyId, id);
  if (!row || (isPartyOnly(row) && !handlesPartyMembership(actor))) throw campaignNotFound();
  if (canManageCampaign(actor, row)) return row;
  const scope = coverageScope(actor);
  if (scope === null) return row;
  if (scope.length > 0 && (await repository.hasAssignmentsInScope(deps.db, id, scope))) return row;
  throw campaignNotFound();
}

const overdueOf = (counts: CoverageCounts, isPast: boolean) => (isPast ? counts.assigned - counts.acknowledged : 0);

/**
 * Coverage overall and for the units a few levels below the root(s), each unit with its whole
 * subtree summed, read from the counters within the actor's scope (and a chosen subtree).
 */
export async function getCoverage(deps: DisseminationDeps, actor: Actor, id: string, query: z.infer<typeof coverageQuery>): Promise<Coverage> {
  const campaign = await visibleCampaign(deps, actor, id);
  const isPast = isPastDeadline(campaign, deps);
  const roots = outermostPaths((await narrowedScope(deps, actor, query.unitId)) ?? ['/']);
  const units: Coverage['units'] = [];
  const overall: CoverageCounts = { assigned: 0, read: 0, acknowledged: 0, committed: 0, passed: 0, done: 0 };
  for (const root of roots) {
    const rows = await repository.coverageRollup(deps.db, actor.agencyId, id, root, query.levels);
    for (const row of rows) {
      // The root's own row holds its whole subtree; roots never overlap.
      if (row.depth === depthOfPath(root)) for (const key of Object.keys(overall) as (keyof CoverageCounts)[]) overall[key] += row.totals[key];
      units.push({
        unit: { id: row.unitId, name: row.name },
        depth: row.depth,
        hasChildren: row.hasChildren,
        ...row.totals,
        overdue: overdueOf(row.totals, isPast),
      });
    }
  }
  return { campaignId: id, dueDate: campaign.dueDate, isPastDeadline: isPast, overall: { ...overall, overdue: overdueOf(overall, isPast) }, units };
}

/** Every unit's own counts, a page at a time in tree order (the export reads them all). */
export async function listCoverageUnits(deps: DisseminationDeps, actor: Actor, id: string, query: z.infer<typeof coverageUnitsQuery>) {
  const campaign = await visibleCampaign(deps, actor, id);
  const isPast = isPastDeadline(campaign, deps);
  const scope = await narrowedScope(deps, actor, query.unitId);
  const rows = await repository.countersPage(deps.db, id, scope, cursorOf(query.cursor), query.limit);
  const page = toPage(rows, query.limit, (row) => [row.unitPath, row.unitId]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => {
      const counts = { assigned: row.assigned, read: row.read, acknowledged: row.acknowledged, committed: row.committed, passed: row.passed, done: row.done };
      return { unit: { id: row.unitId, name: row.unitName }, depth: row.depth, ...counts, overdue: overdueOf(counts, isPast) };
    }),
  };
}

const isPastDeadline = (campaign: { status: string; dueDate: string | null }, deps: DisseminationDeps) =>
  campaign.status !== 'draft' && campaign.dueDate !== null && campaign.dueDate < localDateOf(deps.clock.now());

/** The subtrees a scope names, without those inside another one (a head who also manages a sub-unit). */
function outermostPaths(paths: string[]): string[] {
  return [...new Set(paths)].filter((path, _, all) => !all.some((other) => other !== path && path.startsWith(other))).sort();
}

/** The actor's coverage scope, narrowed to one unit's subtree when asked (a unit outside it yields nothing). */
async function narrowedScope(deps: DisseminationDeps, actor: Actor, unitId: string | undefined) {
  const scope = coverageScope(actor);
  if (!unitId) return scope;
  const unit = await findUnit(deps.db, actor.agencyId, unitId);
  if (!unit) throw validationError([{ field: 'querystring.unitId', message: { vi: 'Đơn vị không tồn tại', en: 'Unit unknown' } }]);
  if (scope === null || scope.some((prefix) => unit.path.startsWith(prefix))) return [unit.path];
  return scope.filter((prefix) => prefix.startsWith(unit.path));
}

/** People who have not acknowledged (or not finished), by name, keyset paged. */
export async function listLaggards(deps: DisseminationDeps, actor: Actor, id: string, query: z.infer<typeof laggardQuery>) {
  const campaign = await visibleCampaign(deps, actor, id);
  const scope = await narrowedScope(deps, actor, query.unitId);
  const after = cursorOf(query.cursor);
  const missing = query.missing === 'acknowledgement' ? sql`a.acknowledged_at is null` : sql`not a.is_done`;
  const rows = await queryRows<{
    id: string;
    personId: string;
    personName: string;
    unitId: string;
    unitName: string;
    openedAt: Date | null;
    acknowledgedAt: Date | null;
    committedAt: Date | null;
    quizPassedAt: Date | null;
  }>(
    deps.db,
    sql`select a.id, a.person_id as "personId", a.person_name as "personName", a.unit_id as "unitId", u.name as "unitName",
               a.opened_at as "openedAt", a.acknowledged_at as "acknowledgedAt", a.committed_at as "committedAt", a.quiz_passed_at as "quizPassedAt"
        from dissemination_assignments a join units u on u.id = a.unit_id
        where a.campaign_id = ${id} and ${missing} and ${repository.scopeCondition(sql`a.unit_path`, scope)}
          ${after ? sql`and (a.person_name, a.id) > (${after[0]}, ${after[1]}::uuid)` : sql``}
        order by a.person_name, a.id limit ${pageLimit(query.limit)}`,
  );
  const page = toPage(rows, query.limit, (row) => [row.personName, row.id]);
  const isPast = campaign.dueDate !== null && campaign.dueDate < localDateOf(deps.clock.now());
  const requirements = requirementsOf(campaign);
  return {
    items: page.items.map((row) => ({
      assignmentId: row.id,
      person: { id: row.personId, fullName: row.personName },
      unit: { id: row.unitId, name: row.unitName },
      stage: stageOf(
        { openedAt: row.openedAt, acknowledgedAt: row.acknowledgedAt, committedAt: row.committedAt, quizPassedAt: row.quizPassedAt },
        requirements,
      ),
      openedAt: row.openedAt ? new Date(row.openedAt).toISOString() : null,
      acknowledgedAt: row.acknowledgedAt ? new Date(row.acknowledgedAt).toISOString() : null,
      isOverdue: isPast && !row.acknowledgedAt,
    })),
    nextCursor: page.nextCursor,
  };
}

/** The actor's own assignments (pending first by default), newest first. */
export async function listMyAssignments(deps: DisseminationDeps, actor: Actor, query: z.infer<typeof myAssignmentQuery>) {
  if (!actor.personId) return { items: [], nextCursor: null };
  const after = cursorOf(query.cursor);
  const rows = await queryRows<AssignmentListRow>(
    deps.db,
    sql`select a.id, a.assigned_at as "assignedAt", a.opened_at as "openedAt", a.acknowledged_at as "acknowledgedAt", a.committed_at as "committedAt",
               a.quiz_passed_at as "quizPassedAt", a.was_asked_again as "wasAskedAgain",
               c.id as "campaignId", c.title, c.description, c.status, c.requires_commitment as "requiresCommitment", c.quiz is not null as "hasQuiz", c.due_date as "dueDate"
        from dissemination_assignments a join dissemination_campaigns c on c.id = a.campaign_id
        where a.agency_id = ${actor.agencyId} and a.person_id = ${actor.personId}
          ${query.state === 'pending' ? sql`and not a.is_done and c.status = 'launched'` : sql``}
          ${after ? sql`and (a.assigned_at, a.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
        order by a.assigned_at desc, a.id desc limit ${pageLimit(query.limit)}`,
  );
  const page = toPage(rows, query.limit, (row) => [new Date(row.assignedAt).toISOString(), row.id]);
  const today = localDateOf(deps.clock.now());
  return { items: page.items.map((row) => presentAssignmentListItem(row, today)), nextCursor: page.nextCursor };
}

export async function getMyAssignment(deps: DisseminationDeps, actor: Actor, id: string) {
  const row = await repository.findAssignment(deps.db, actor.agencyId, id);
  if (!row || row.personId !== actor.personId) throw assignmentNotFound();
  const campaign = await repository.findCampaign(deps.db, actor.agencyId, row.campaignId);
  if (!campaign) throw assignmentNotFound();
  const documents = await describeDocuments(deps.db, actor.agencyId, pinnedDocuments(await repository.campaignDocuments(deps.db, [campaign.id])));
  return presentAssignment(row, campaign, documents, localDateOf(deps.clock.now()));
}

export async function listMyAssignmentEvents(deps: DisseminationDeps, actor: Actor, id: string) {
  const row = await repository.findAssignment(deps.db, actor.agencyId, id);
  if (!row || row.personId !== actor.personId) throw assignmentNotFound();
  const events = await repository.listEvents(deps.db, id);
  return {
    items: events.map((event) => ({
      kind: event.kind as never,
      occurredAt: event.occurredAt.toISOString(),
      round: event.round,
      documents: event.documents as { documentId: string; versionId: string }[],
      detail: event.detail as Record<string, unknown>,
    })),
  };
}

/** Counters for the home widget: my unfinished and overdue campaigns (a person has few), meetings ahead. */
export async function mySummary(deps: DisseminationDeps, actor: Actor) {
  if (!actor.personId) return { pendingCampaigns: 0, overdueCampaigns: 0, upcomingMeetings: 0 };
  const today = localDateOf(deps.clock.now());
  const [row] = await queryRows<{ pending: number; overdue: number; meetings: number }>(
    deps.db,
    sql`select (select count(*)::int from dissemination_assignments a join dissemination_campaigns c on c.id = a.campaign_id
                where a.agency_id = ${actor.agencyId} and a.person_id = ${actor.personId} and not a.is_done and c.status = 'launched') as pending,
               (select count(*)::int from dissemination_assignments a join dissemination_campaigns c on c.id = a.campaign_id
                where a.agency_id = ${actor.agencyId} and a.person_id = ${actor.personId} and a.acknowledged_at is null and c.status = 'launched' and c.due_date < ${today}) as overdue,
               (select count(*)::int from meeting_invitations i
                where i.agency_id = ${actor.agencyId} and i.person_id = ${actor.personId} and i.starts_at >= ${deps.clock.now().toISOString()}::timestamptz - interval '4 hours') as meetings`,
  );
  return { pendingCampaigns: row.pending, overdueCampaigns: row.overdue, upcomingMeetings: row.meetings };
}
