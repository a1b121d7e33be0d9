import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { caseListQuery, ConductCase } from '../../../contracts/conduct.js';
import { queryRows } from '../../db/client.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, pageLimit, toPage } from '../../platform/paging.js';
import { likePattern } from '../../platform/search-text.js';
import { findPeople } from '../org/index.js';
import { SUBJECT_VISIBLE_EVENTS, showsReporter, showsSealedEvidence, viewOf, type CaseView } from './conduct.access.js';
import { findCatalog } from './conduct.catalog.js';
import { auditContext, type ConductDeps } from './conduct.deps.js';
import { caseScopeFilter, relationsTo } from './conduct.policy.js';
import { toCase } from './conduct.presenter.js';
import * as repository from './conduct.repository.js';
import type { CaseSignal } from './conduct.signals.js';

export const caseNotFound = () => notFound({ vi: 'Không tìm thấy vụ việc', en: 'Case not found' });

/** Loads a case the actor may see, with their view of it; anything else is 404. */
export async function visibleCase(deps: ConductDeps, actor: Actor, id: string) {
  const row = await repository.findCase(deps.db, actor.agencyId, id);
  if (!row) throw caseNotFound();
  const relations = relationsTo(actor, row);
  const view = viewOf(relations, row.confidentiality, row.status);
  if (!view) throw caseNotFound();
  return { row, relations, view };
}

export async function getCase(deps: ConductDeps, actor: Actor, id: string): Promise<ConductCase> {
  const { row, relations, view } = await visibleCase(deps, actor, id);
  const now = deps.clock.now();
  const itemRows = await repository.caseItemsOf(deps.db, row.id);
  const catalogKinds = new Map<string, 'directive' | 'related'>();
  for (const item of itemRows) {
    if (!catalogKinds.has(item.catalogId)) catalogKinds.set(item.catalogId, (await findCatalog(deps.db, actor.agencyId, item.catalogId))?.kind ?? 'directive');
  }
  const items = itemRows.map((item) => ({
    catalogKind: catalogKinds.get(item.catalogId)!,
    catalogVersion: item.catalogVersion,
    code: item.itemCode,
    text: item.itemText,
  }));
  const [inspector] = row.handlingInspectorId ? await findPeople(deps.db, actor.agencyId, [row.handlingInspectorId]) : [];
  if (showsReporter(view) && row.reporter) {
    // Every read of a reporter's identity is audited (Law on Denunciation 2018; DESIGN.md).
    await deps.db.transaction((tx) => recordAction(tx, auditContext(actor, now), 'case.reporter_viewed', { type: 'conduct_case', id: row.id }, {}));
  }
  return toCase(row, items, view, { relations, today: localDateOf(now), inspector: inspector ? { id: inspector.id, fullName: inspector.fullName } : null });
}

export async function listCaseEvents(deps: ConductDeps, actor: Actor, id: string) {
  const { view } = await visibleCase(deps, actor, id);
  const rows = await repository.eventsOf(deps.db, id);
  const shown = isSubjectSide(view) ? rows.filter((row) => SUBJECT_VISIBLE_EVENTS.includes(row.kind)) : rows;
  return {
    items: shown.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorName: row.actorName,
      kind: row.kind,
      reason: row.reason,
      after: row.after as Record<string, unknown>,
    })),
  };
}

function isSubjectSide(view: CaseView) {
  return view === 'subject' || view === 'unit_head';
}

export async function listCaseFiles(deps: ConductDeps, actor: Actor, id: string) {
  const { view } = await visibleCase(deps, actor, id);
  const rows = await repository.filesOf(deps.db, id);
  return {
    items: rows
      .filter((row) => !row.isSealed || showsSealedEvidence(view))
      .map((row) => ({
        id: row.id,
        fileName: row.fileName,
        contentType: row.contentType,
        size: row.size,
        isSealed: row.isSealed,
        uploadedByName: row.uploadedByName,
        uploadedAt: row.uploadedAt.toISOString(),
      })),
  };
}

interface ListRow {
  id: string;
  title: string;
  status: ConductCase['status'];
  subject_kind: 'person' | 'unit';
  subject_person_id: string | null;
  subject_unit_id: string;
  subject_unit_path: string;
  subject_name: string;
  subject_category: ConductCase['subject']['category'];
  confidentiality: ConductCase['confidentiality'];
  source: NonNullable<ConductCase['source']>;
  handling_due_on: string;
  explanation_due_on: string | null;
  signals: CaseSignal[];
  created_at: string | Date;
  handling_inspector_id: string | null;
  inspector_name: string | null;
}

/** Keyset-paged by (created_at desc, id desc), scope and filters in SQL. */
export async function listCases(deps: ConductDeps, actor: Actor, query: z.infer<typeof caseListQuery>) {
  const scope = caseScopeFilter(actor);
  if (!scope) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const filters: SQL[] = [sql`c.agency_id = ${actor.agencyId}`, scope];
  if (query.status) filters.push(sql`c.status = ${query.status}`);
  if (query.source) filters.push(sql`c.source = ${query.source}`);
  if (query.signal) filters.push(sql`c.signal_kinds @> array[${query.signal}]::text[]`);
  if (query.mine === 'handling') filters.push(sql`c.handling_inspector_id = ${actor.personId}`);
  if (query.mine === 'subject') {
    // A collective answers through its head: their units' cases are theirs too.
    const unitPaths = hasRole(actor, 'unit_head') ? actor.managedUnitPaths : [];
    const units = unitPaths.map((path) => sql`(c.subject_kind = 'unit' and c.subject_unit_path = ${path})`);
    filters.push(sql`(${sql.join([sql`c.subject_person_id = ${actor.personId}`, ...units], sql` or `)})`);
  }
  if (query.q) filters.push(sql`c.search_text like ${likePattern(query.q)}`);
  if (after) filters.push(sql`(c.created_at, c.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await queryRows<ListRow>(
    deps.db,
    sql`
    select c.id, c.title, c.status, c.subject_kind, c.subject_person_id, c.subject_unit_id, c.subject_unit_path, c.subject_name, c.subject_category,
           c.confidentiality, c.source, c.handling_due_on::text as handling_due_on, c.explanation_due_on::text as explanation_due_on, c.signals, c.created_at, c.handling_inspector_id, p.full_name as inspector_name
    from conduct_cases c left join people p on p.id = c.handling_inspector_id
    where ${sql.join(filters, sql` and `)}
    order by c.created_at desc, c.id desc limit ${pageLimit(query.limit)}`,
  );
  const page = toPage(rows, query.limit, (row) => [new Date(row.created_at).toISOString(), row.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => {
      const relations = relationsTo(actor, {
        subjectKind: row.subject_kind,
        subjectPersonId: row.subject_person_id,
        subjectUnitPath: row.subject_unit_path,
        handlingInspectorId: row.handling_inspector_id,
      });
      const view = viewOf(relations, row.confidentiality, row.status);
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        subject: {
          kind: row.subject_kind,
          id: row.subject_person_id ?? row.subject_unit_id,
          name: row.subject_name,
          unitId: row.subject_unit_id,
          category: row.subject_category,
        },
        confidentiality: row.confidentiality,
        source: view === 'full' || view === 'handler' ? row.source : null,
        handlingDueOn: row.handling_due_on,
        explanationDueOn: row.explanation_due_on,
        signals: row.signals,
        createdAt: new Date(row.created_at).toISOString(),
        handlingInspector: row.handling_inspector_id && row.inspector_name ? { id: row.handling_inspector_id, fullName: row.inspector_name } : null,
      };
    }),
  };
}
