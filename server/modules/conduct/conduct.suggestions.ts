import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { openFromSuggestionBody, signalMappingBody, suggestionListQuery } from '../../../contracts/conduct.js';
import { suggestionSignalKinds, type SuggestionSignalKind } from '../../../contracts/conduct-vocabulary.js';
import { queryRows, type Tx } from '../../db/client.js';
import { conductSignalMappings, conductSuggestions } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { auditActorOf, systemActor } from '../../platform/actor.js';
import { recordAction, recordAudit } from '../../platform/audit.js';
import { formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { decodeCursor, pageLimit, toPage } from '../../platform/paging.js';
import { catalogItems, currentCatalog, ensureCatalogs, findCatalogItems } from './conduct.catalog.js';
import { auditContext, calendarOf, type ConductDeps } from './conduct.deps.js';
import { openCase } from './conduct.open.js';
import { canManageCatalog, isCaseWorker } from './conduct.policy.js';
import { suggestionDraftsFromWork } from './conduct.suggestions.facts.js';
import { DEFAULT_SIGNAL_MAPPINGS, type SuggestionDraft, type SuggestionEvidence } from './conduct.suggestions.rules.js';

const suggestionNotFound = () => notFound({ vi: 'Không tìm thấy gợi ý', en: 'Suggestion not found' });

/** Seeds the default signal → item mapping for an agency (once; administrators edit it afterwards). */
export async function ensureMappings(tx: Tx, agencyId: string, now: Date) {
  await tx
    .insert(conductSignalMappings)
    .values(
      suggestionSignalKinds.map((signalKind) => ({
        agencyId,
        signalKind,
        catalogKind: DEFAULT_SIGNAL_MAPPINGS[signalKind].catalog,
        itemCode: DEFAULT_SIGNAL_MAPPINGS[signalKind].code,
        updatedAt: now,
        updatedByName: systemActor.name,
      })),
    )
    .onConflictDoNothing();
}

async function mappingsOf(tx: Tx, agencyId: string) {
  const rows = await tx.select().from(conductSignalMappings).where(eq(conductSignalMappings.agencyId, agencyId));
  return new Map(rows.map((row) => [row.signalKind as SuggestionSignalKind, row]));
}

/**
 * Stores drafts as suggestions, each naming its mapped catalog item; a dedupe key already stored
 * (open, dismissed or opened) is skipped, so the same facts are never suggested twice.
 * Other modules (dissemination, meetings) report their signals through this too.
 */
export async function suggestFromSignals(tx: Tx, agencyId: string, drafts: SuggestionDraft[], now: Date): Promise<{ created: number; skipped: number }> {
  await ensureCatalogs(tx, agencyId, now);
  await ensureMappings(tx, agencyId, now);
  const mappings = await mappingsOf(tx, agencyId);
  let created = 0;
  for (const draft of drafts) {
    const mapping = mappings.get(draft.signalKind);
    if (!mapping || !mapping.isEnabled) continue;
    const inserted = await tx
      .insert(conductSuggestions)
      .values({ id: crypto.randomUUID(), agencyId, ...draft, catalogKind: mapping.catalogKind, itemCode: mapping.itemCode, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: conductSuggestions.id });
    created += inserted.length;
  }
  if (created > 0) {
    await recordAudit(tx, {
      agencyId,
      actor: systemActor,
      action: 'suggestion.computed',
      subjectType: 'agency',
      subjectId: agencyId,
      change: { created },
      occurredAt: now,
    });
  }
  return { created, skipped: drafts.length - created };
}

/** Reads the work data and stores new suggestions; the daily job and the inspector's button both call it. */
export async function computeSuggestions(deps: ConductDeps, agencyId: string) {
  const now = deps.clock.now();
  const calendar = await calendarOf(deps, agencyId);
  const drafts = await suggestionDraftsFromWork(deps.db, agencyId, calendar, now);
  return deps.db.transaction((tx) => suggestFromSignals(tx, agencyId, drafts, now));
}

export async function computeSuggestionsNow(deps: ConductDeps, actor: Actor) {
  if (!isCaseWorker(actor)) throw forbidden();
  return computeSuggestions(deps, actor.agencyId);
}

type SuggestionRow = typeof conductSuggestions.$inferSelect & { subjectName: string };

async function itemTexts(deps: ConductDeps, agencyId: string) {
  const texts = new Map<string, string>();
  for (const kind of ['directive', 'related'] as const) {
    const catalog = await currentCatalog(deps.db, agencyId, kind);
    if (catalog) for (const item of await catalogItems(deps.db, catalog.id)) texts.set(`${kind}:${item.code}`, item.text);
  }
  return texts;
}

function present(row: SuggestionRow, texts: Map<string, string>) {
  return {
    id: row.id,
    signalKind: row.signalKind as SuggestionSignalKind,
    subject: { id: row.subjectPersonId, fullName: row.subjectName },
    catalogKind: row.catalogKind,
    itemCode: row.itemCode,
    itemText: texts.get(`${row.catalogKind}:${row.itemCode}`) ?? null,
    summary: row.summary,
    evidence: row.evidence as SuggestionEvidence,
    status: row.status,
    dismissalReason: row.dismissalReason,
    caseId: row.caseId,
    createdAt: row.createdAt.toISOString(),
  };
}

const columns = sql`s.id, s.agency_id as "agencyId", s.dedupe_key as "dedupeKey", s.signal_kind as "signalKind", s.subject_person_id as "subjectPersonId",
  s.subject_unit_path as "subjectUnitPath", s.catalog_kind as "catalogKind", s.item_code as "itemCode", s.summary, s.evidence, s.status,
  s.dismissal_reason as "dismissalReason", s.case_id as "caseId", s.decided_at as "decidedAt", s.decided_by_name as "decidedByName", s.created_at as "createdAt", p.full_name as "subjectName"`;

function fromRaw(row: Record<string, unknown>): SuggestionRow {
  return { ...(row as SuggestionRow), createdAt: new Date(row.createdAt as string), decidedAt: row.decidedAt ? new Date(row.decidedAt as string) : null };
}

/** Inspectors and leaders see the agency's suggestions, keyset-paged by status on its index. */
export async function listSuggestions(deps: ConductDeps, actor: Actor, query: z.infer<typeof suggestionListQuery>) {
  if (!isCaseWorker(actor)) throw forbidden();
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const filters: SQL[] = [sql`s.agency_id = ${actor.agencyId}`, sql`s.status = ${query.status}`];
  if (after) filters.push(sql`(s.created_at, s.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = (
    await queryRows<Record<string, unknown>>(
      deps.db,
      sql`
    select ${columns} from conduct_suggestions s join people p on p.id = s.subject_person_id
    where ${sql.join(filters, sql` and `)} order by s.created_at desc, s.id desc limit ${pageLimit(query.limit)}`,
    )
  ).map(fromRaw);
  const page = toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
  const texts = await itemTexts(deps, actor.agencyId);
  return { items: page.items.map((row) => present(row, texts)), nextCursor: page.nextCursor };
}

async function lockSuggestion(tx: Tx, agencyId: string, id: string) {
  const [row] = await queryRows<Record<string, unknown>>(
    tx,
    sql`
    select ${columns} from conduct_suggestions s join people p on p.id = s.subject_person_id
    where s.agency_id = ${agencyId} and s.id = ${id} for update of s`,
  );
  if (!row) throw suggestionNotFound();
  const suggestion = fromRaw(row);
  if (suggestion.status !== 'open') throw invalidState('suggestion_decided', { vi: 'Gợi ý đã được xử lý', en: 'The suggestion was already decided' });
  return suggestion;
}

/** Dismissing needs a reason; the dedupe key stays, so the same facts do not come back. */
export async function dismissSuggestion(deps: ConductDeps, actor: Actor, id: string, reason: string) {
  if (!isCaseWorker(actor)) throw suggestionNotFound();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await lockSuggestion(tx, actor.agencyId, id);
    await tx
      .update(conductSuggestions)
      .set({ status: 'dismissed', dismissalReason: reason, decidedAt: now, decidedByName: actor.displayName })
      .where(eq(conductSuggestions.id, id));
    await recordAction(tx, auditContext(actor, now), 'suggestion.dismissed', { type: 'conduct_suggestion', id }, { reason });
  });
}

/** A suggestion becomes a case only here, by an inspector's decision, in one transaction with the case. */
export async function openCaseFromSuggestion(deps: ConductDeps, actor: Actor, id: string, input: z.infer<typeof openFromSuggestionBody>): Promise<string> {
  if (!isCaseWorker(actor)) throw suggestionNotFound();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const suggestion = await lockSuggestion(tx, actor.agencyId, id);
    const evidence = suggestion.evidence as SuggestionEvidence;
    const firstDate = [...evidence.dates].sort()[0];
    const opened = await openCase(
      deps,
      actor,
      {
        subject: { kind: 'person', personId: suggestion.subjectPersonId },
        title: input.title ?? suggestion.summary.slice(0, 300),
        description:
          input.description ||
          `Từ gợi ý tự động: ${suggestion.summary}. Nhiệm vụ liên quan: ${evidence.taskIds.length}; ngày: ${evidence.dates.map(formatVietnameseDate).join(', ')}.`,
        items: [{ catalog: suggestion.catalogKind, code: suggestion.itemCode }],
        source: 'signal',
        sourceId: suggestion.id,
        confidentiality: input.confidentiality,
        detectedOn: localDateOf(now),
        violationOn: firstDate && firstDate <= localDateOf(now) ? firstDate : undefined,
      },
      tx,
    );
    await tx
      .update(conductSuggestions)
      .set({ status: 'opened', caseId: opened.id, decidedAt: now, decidedByName: actor.displayName })
      .where(eq(conductSuggestions.id, id));
    await recordAction(tx, auditContext(actor, now), 'suggestion.opened', { type: 'conduct_suggestion', id }, { caseId: opened.id });
    return opened.id;
  });
}

export async function listMappings(deps: ConductDeps, actor: Actor) {
  if (!isCaseWorker(actor) && !canManageCatalog(actor)) throw forbidden();
  const now = deps.clock.now();
  const rows = await deps.db.transaction(async (tx) => {
    await ensureCatalogs(tx, actor.agencyId, now);
    await ensureMappings(tx, actor.agencyId, now);
    return tx.select().from(conductSignalMappings).where(eq(conductSignalMappings.agencyId, actor.agencyId));
  });
  const texts = await itemTexts(deps, actor.agencyId);
  const order = (kind: string) => suggestionSignalKinds.indexOf(kind as SuggestionSignalKind);
  return {
    items: rows
      .sort((a, b) => order(a.signalKind) - order(b.signalKind))
      .map((row) => ({
        signalKind: row.signalKind as SuggestionSignalKind,
        catalogKind: row.catalogKind,
        code: row.itemCode,
        isEnabled: row.isEnabled,
        itemText: texts.get(`${row.catalogKind}:${row.itemCode}`) ?? null,
      })),
  };
}

/** Administrators map each signal to an item of the current catalogs; unknown codes are refused by row. */
export async function updateMappings(deps: ConductDeps, actor: Actor, body: z.infer<typeof signalMappingBody>) {
  if (!canManageCatalog(actor)) throw forbidden({ vi: 'Chỉ quản trị cơ quan được sửa bảng ánh xạ', en: 'Only agency administrators edit the mapping' });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await ensureCatalogs(tx, actor.agencyId, now);
    await ensureMappings(tx, actor.agencyId, now);
    const errors = [];
    for (const [index, mapping] of body.mappings.entries()) {
      const catalog = await currentCatalog(tx, actor.agencyId, mapping.catalog);
      const [item] = catalog ? await findCatalogItems(tx, catalog.id, [mapping.code]) : [];
      if (!item)
        errors.push({ field: `body.mappings.${index}.code`, message: { vi: 'Mã không có trong danh mục hiện hành', en: 'Not in the current catalog' } });
    }
    if (errors.length > 0) throw validationError(errors);
    for (const mapping of body.mappings) {
      await tx
        .update(conductSignalMappings)
        .set({ catalogKind: mapping.catalog, itemCode: mapping.code, isEnabled: mapping.isEnabled, updatedAt: now, updatedByName: actor.displayName })
        .where(and(eq(conductSignalMappings.agencyId, actor.agencyId), eq(conductSignalMappings.signalKind, mapping.signalKind)));
    }
    await recordAction(
      tx,
      { agencyId: actor.agencyId, actor: auditActorOf(actor), now },
      'suggestion.mapping_changed',
      { type: 'agency', id: actor.agencyId },
      { mappings: body.mappings },
    );
  });
  return listMappings(deps, actor);
}
