import type { Db, Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/index.js';
import { foldForSearch } from '../../platform/search-text.js';
import { insertUnit } from './org.units.repository.js';

/** Creates a tenant and the root unit of its tree (kind 'agency'). */
export async function createAgencyWithRoot(tx: Tx, input: { code: string; name: string }) {
  const id = crypto.randomUUID();
  const [agency] = await tx.insert(agencies).values({ id, agencyId: id, code: input.code, name: input.name }).returning();
  const rootId = crypto.randomUUID();
  const root = await insertUnit(tx, {
    id: rootId,
    agencyId: id,
    parentId: null,
    kind: 'agency',
    code: input.code,
    name: input.name,
    searchText: foldForSearch(input.name),
    path: `/${rootId}/`,
    depth: 0,
  });
  return { agency, root };
}

/** Whether the deployment holds any agency yet: setup runs only on an empty database. */
export async function hasAnyAgency(db: Db | Tx): Promise<boolean> {
  const [row] = await db.select({ id: agencies.id }).from(agencies).limit(1);
  return row !== undefined;
}
