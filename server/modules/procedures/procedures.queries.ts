import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { procedureListQuery, ProcedureDetail, ProcedureSummary, ProcedureVersion } from '../../../contracts/procedures.js';
import { queryRows } from '../../db/client.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { decodeCursor, pageLimit, toPage } from '../../platform/paging.js';
import { likePattern } from '../../platform/search-text.js';
import { findPeople } from '../org/index.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { canDraftIn } from './procedures.policy.js';
import { presentVersion } from './procedures.presenter.js';
import * as repository from './procedures.repository.js';
import { canOpenDraft } from './procedures.rules.js';
import { procedureNotFound, visibleVersion } from './procedures.service.js';

/** Who sees a procedure not yet published: those who write the unit's procedures. */
function draftScope(actor: Actor) {
  if (hasRole(actor, 'leader', 'agency_admin', 'system_admin')) return sql`true`;
  const paths = hasRole(actor, 'unit_head') ? actor.managedUnitPaths : [];
  if (paths.length === 0) return sql`false`;
  return sql`(${sql.join(
    paths.map((path) => sql`p.unit_path like ${`${path}%`}`),
    sql` or `,
  )})`;
}

interface SummaryRow {
  id: string;
  code: string;
  title: string;
  unit_id: string;
  unit_name: string;
  published_edition: number | null;
  published_version_id: string | null;
  latest_status: ProcedureSummary['latestStatus'];
  running_runs: number;
}

const summaryOf = (row: SummaryRow): ProcedureSummary => ({
  id: row.id,
  code: row.code,
  title: row.title,
  unit: { id: row.unit_id, name: row.unit_name },
  publishedEdition: row.published_edition,
  publishedVersionId: row.published_version_id,
  latestStatus: row.latest_status,
  runningRuns: Number(row.running_runs),
});

const summarySelect = sql`select p.id, p.code, p.title, p.unit_id, u.name as unit_name, pv.edition as published_edition, p.published_version_id,
    (select v.status from procedure_versions v where v.procedure_id = p.id order by v.edition desc limit 1) as latest_status,
    (select count(*)::int from procedure_runs r where r.agency_id = p.agency_id and r.version_id = p.published_version_id and r.state = 'running') as running_runs
  from procedures p join units u on u.id = p.unit_id left join procedure_versions pv on pv.id = p.published_version_id`;

/** Procedures by code: published ones for everyone, the rest for their writers; filters by unit subtree, status and folded text. */
export async function listProcedures(deps: ProceduresDeps, actor: Actor, query: z.infer<typeof procedureListQuery>) {
  const key = decodeCursor(query.cursor, 2) as [string, string] | null;
  const filters = [sql`p.agency_id = ${actor.agencyId}`, sql`(p.published_version_id is not null or ${draftScope(actor)})`];
  if (query.unitId) filters.push(sql`p.unit_path like (select path from units where id = ${query.unitId} and agency_id = ${actor.agencyId}) || '%'`);
  if (query.q) filters.push(sql`p.search_text like ${likePattern(query.q)}`);
  if (key) filters.push(sql`(p.code, p.id) > (${key[0]}, ${key[1]}::uuid)`);
  const rows = await queryRows<SummaryRow>(
    deps.db,
    sql`select * from (${summarySelect} where ${sql.join(filters, sql` and `)}) s
    ${query.status ? sql`where s.latest_status = ${query.status}` : sql``} order by s.code, s.id limit ${pageLimit(query.limit)}`,
  );
  const page = toPage(rows, query.limit, (row) => [row.code, row.id]);
  return { items: page.items.map(summaryOf), nextCursor: page.nextCursor };
}

/** One procedure with its revision log (the versions the actor may see). */
export async function getProcedure(deps: ProceduresDeps, actor: Actor, id: string): Promise<ProcedureDetail> {
  const [row] = await queryRows<SummaryRow>(
    deps.db,
    sql`${summarySelect} where p.agency_id = ${actor.agencyId} and p.id = ${id} and (p.published_version_id is not null or ${draftScope(actor)})`,
  );
  if (!row) throw procedureNotFound();
  const procedure = (await repository.findProcedure(deps.db, actor.agencyId, id))!;
  const versions = await repository.versionsOf(deps.db, id);
  const drafts = canDraftIn(actor, procedure.unitPath);
  return {
    ...summaryOf(row),
    versions: versions
      .filter((v) => drafts || v.status === 'published' || v.status === 'superseded')
      .map((v) => ({
        id: v.id,
        edition: v.edition,
        status: v.status,
        revisionNote: v.revisionNote,
        publishedAt: v.publishedAt?.toISOString() ?? null,
        updatedAt: v.updatedAt.toISOString(),
      })),
    canDraft: drafts && canOpenDraft(versions.map((v) => v.status)),
  };
}

/** A version with its step table, the names it shows and the actor's abilities. */
export async function getVersion(deps: ProceduresDeps, actor: Actor, versionId: string): Promise<ProcedureVersion> {
  const { version, procedure } = await visibleVersion(deps.db, actor, versionId);
  const steps = await repository.stepsOf(deps.db, [versionId]);
  const ids = [version.draftedById, version.approvedById].filter((id): id is string => id !== null);
  const names = new Map((await findPeople(deps.db, actor.agencyId, ids)).map((p) => [p.id, p.fullName]));
  return presentVersion(actor, procedure, version, steps, names);
}

export async function getVersionWithProcedure(deps: ProceduresDeps, actor: Actor, versionId: string) {
  const version = await getVersion(deps, actor, versionId);
  const procedure = (await repository.findProcedure(deps.db, actor.agencyId, version.procedureId))!;
  return { version, procedure };
}
