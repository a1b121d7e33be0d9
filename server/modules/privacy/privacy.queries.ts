import { and, desc, eq, getTableColumns, lt, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { privacyRequestListQuery } from '../../../contracts/privacy.js';
import { people, privacyRequests } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import type { PrivacyDeps } from './privacy.deps.js';
import { assertHandlesPersonalData } from './privacy.policy.js';
import { presentRequest } from './privacy.presenter.js';
import { requestNotFound } from './privacy.service.js';

const selection = { ...getTableColumns(privacyRequests), personName: people.fullName };

/** The register, newest received first (keyset paged). */
export async function listRequests(deps: PrivacyDeps, actor: Actor, query: z.infer<typeof privacyRequestListQuery>) {
  assertHandlesPersonalData(actor);
  const cursor = decodeCursor(query.cursor, 2) as [string, string] | null;
  const conditions: (SQL | undefined)[] = [eq(privacyRequests.agencyId, actor.agencyId)];
  if (query.state) conditions.push(eq(privacyRequests.state, query.state));
  if (cursor) {
    conditions.push(or(lt(privacyRequests.receivedOn, cursor[0]), and(eq(privacyRequests.receivedOn, cursor[0]), lt(privacyRequests.id, cursor[1]))));
  }
  const rows = await deps.db
    .select(selection)
    .from(privacyRequests)
    .innerJoin(people, eq(people.id, privacyRequests.personId))
    .where(and(...conditions))
    .orderBy(desc(privacyRequests.receivedOn), desc(privacyRequests.id))
    .limit(query.limit + 1);
  const today = localDateOf(deps.clock.now());
  const page = toPage(rows, query.limit, (row) => [row.receivedOn, row.id]);
  return { items: page.items.map((row) => presentRequest(row, today)), nextCursor: page.nextCursor };
}

export async function getRequest(deps: PrivacyDeps, actor: Actor, id: string) {
  assertHandlesPersonalData(actor);
  const [row] = await deps.db
    .select(selection)
    .from(privacyRequests)
    .innerJoin(people, eq(people.id, privacyRequests.personId))
    .where(and(eq(privacyRequests.agencyId, actor.agencyId), eq(privacyRequests.id, id)))
    .limit(1);
  if (!row) throw requestNotFound();
  return presentRequest(row, localDateOf(deps.clock.now()));
}
