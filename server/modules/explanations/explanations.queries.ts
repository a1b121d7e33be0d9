import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Explanation, explanationListQuery } from '../../../contracts/explanations.js';
import type { Db, Tx } from '../../db/client.js';
import { explanationRequests as requests } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { validationError } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import { findPeople } from '../org/index.js';
import type { ExplanationsDeps } from './explanations.deps.js';
import * as repository from './explanations.repository.js';
import { presentExplanation } from './explanations.presenter.js';
import { loadVisible, visibleExplanations } from './explanations.visible.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One request as this actor sees it. */
export async function getExplanation(deps: ExplanationsDeps, actor: Actor, id: string): Promise<Explanation> {
  const row = await loadVisible(deps.db, actor, id);
  const [shown] = await present(deps.db, actor, [row], localDateOf(deps.clock.now()));
  return shown;
}

/**
 * A page of requests: the ones I must answer (mine), the ones I asked (requested), the ones escalated
 * to me, or every visible one on one item (its timeline).
 */
export async function listExplanations(deps: ExplanationsDeps, actor: Actor, query: z.output<typeof explanationListQuery>) {
  const key = decodeCursor(query.cursor, 2);
  if (key && (typeof key[0] !== 'string' || Number.isNaN(Date.parse(key[0])) || typeof key[1] !== 'string' || !UUID.test(key[1])))
    throw validationError([{ field: 'cursor', message: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid page cursor' } }]);
  const rows = await repository.listExplanations(
    deps.db,
    and(visibleExplanations(actor), viewFilter(actor, query)),
    query.limit,
    key as [string, string] | null,
  );
  const page = toPage(rows, query.limit, (row) => [row.requestedAt.toISOString(), row.id]);
  return { items: await present(deps.db, actor, page.items, localDateOf(deps.clock.now())), nextCursor: page.nextCursor };
}

function viewFilter(actor: Actor, query: z.output<typeof explanationListQuery>): SQL {
  const me = actor.personId;
  if (query.view === 'item') {
    if (!query.itemKind || !query.itemId)
      throw validationError([
        { field: query.itemKind ? 'itemId' : 'itemKind', message: { vi: 'Cần chọn mục (loại và mã)', en: 'Name the item (kind and id)' } },
      ]);
    return and(eq(requests.itemKind, query.itemKind), eq(requests.itemId, query.itemId))!;
  }
  if (!me) return sql`false`;
  if (query.view === 'requested') return eq(requests.requesterId, me);
  if (query.view === 'escalated') return sql`${me}::uuid = any(${requests.escalatedToIds})`;
  return eq(requests.subjectPersonId, me);
}

async function present(db: Db | Tx, actor: Actor, rows: repository.ExplanationRow[], today: string) {
  const ids = [...new Set(rows.flatMap((row) => row.escalatedToIds))];
  const names = new Map((await findPeople(db, actor.agencyId, ids)).map((person) => [person.id, person.fullName]));
  return rows.map((row) => presentExplanation(row, actor, today, names));
}
