import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { CatalogKind } from '../../../contracts/conduct-vocabulary.js';
import type { Db, Tx } from '../../db/client.js';
import { conductCatalogItems, conductCatalogs } from '../../db/schema/index.js';
import { shippedCatalogs, type ShippedCatalog } from './conduct.reference.js';

export type CatalogRow = typeof conductCatalogs.$inferSelect;
export type CatalogItemRow = typeof conductCatalogItems.$inferSelect;

/** Inserts one catalog version with its items; `isCurrent` moves the current mark to it. */
export async function insertCatalogVersion(
  tx: Tx,
  agencyId: string,
  catalog: ShippedCatalog,
  options: { isCurrent: boolean; importedBy: string | null; importedByName: string; now: Date },
): Promise<string | null> {
  const id = crypto.randomUUID();
  const inserted = await tx
    .insert(conductCatalogs)
    .values({
      id,
      agencyId,
      kind: catalog.kind,
      version: catalog.version,
      title: catalog.title,
      status: catalog.status,
      note: catalog.note,
      sources: catalog.sources,
      isCurrent: false,
      importedBy: options.importedBy,
      importedByName: options.importedByName,
      createdAt: options.now,
    })
    .onConflictDoNothing()
    .returning({ id: conductCatalogs.id });
  // An existing version is left alone, and so is the current mark.
  if (inserted.length === 0) return null;
  if (catalog.items.length > 0) {
    await tx.insert(conductCatalogItems).values(catalog.items.map((item, index) => ({ agencyId, catalogId: id, ...item, sortOrder: index + 1 })));
  }
  if (options.isCurrent) {
    await tx
      .update(conductCatalogs)
      .set({ isCurrent: false })
      .where(and(eq(conductCatalogs.agencyId, agencyId), eq(conductCatalogs.kind, catalog.kind), eq(conductCatalogs.isCurrent, true)));
    await tx.update(conductCatalogs).set({ isCurrent: true }).where(eq(conductCatalogs.id, id));
  }
  return id;
}

/**
 * The shipped catalogs (reference/manifestations.json) are loaded into an agency the first time
 * anything needs them, so every agency — demo, test or real — starts from the same file.
 */
export async function ensureCatalogs(tx: Tx, agencyId: string, now: Date): Promise<void> {
  const existing = await tx.selectDistinct({ kind: conductCatalogs.kind }).from(conductCatalogs).where(eq(conductCatalogs.agencyId, agencyId));
  const kinds = new Set(existing.map((row) => row.kind));
  for (const catalog of shippedCatalogs()) {
    if (kinds.has(catalog.kind)) continue;
    await insertCatalogVersion(tx, agencyId, catalog, { isCurrent: true, importedBy: null, importedByName: 'Hệ thống (dữ liệu tham chiếu)', now });
  }
}

export async function currentCatalog(db: Db | Tx, agencyId: string, kind: CatalogKind): Promise<CatalogRow | undefined> {
  const [row] = await db
    .select()
    .from(conductCatalogs)
    .where(and(eq(conductCatalogs.agencyId, agencyId), eq(conductCatalogs.kind, kind), eq(conductCatalogs.isCurrent, true)));
  return row;
}

export async function findCatalog(db: Db | Tx, agencyId: string, id: string): Promise<CatalogRow | undefined> {
  const [row] = await db
    .select()
    .from(conductCatalogs)
    .where(and(eq(conductCatalogs.agencyId, agencyId), eq(conductCatalogs.id, id)));
  return row;
}

export function catalogItems(db: Db | Tx, catalogId: string): Promise<CatalogItemRow[]> {
  return db.select().from(conductCatalogItems).where(eq(conductCatalogItems.catalogId, catalogId)).orderBy(asc(conductCatalogItems.sortOrder));
}

export function findCatalogItems(db: Db | Tx, catalogId: string, codes: string[]): Promise<CatalogItemRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(conductCatalogItems)
    .where(and(eq(conductCatalogItems.catalogId, catalogId), inArray(conductCatalogItems.code, codes)));
}

/** Every version of the agency's catalogs; versions are few (one per official import). */
export function listCatalogVersions(db: Db | Tx, agencyId: string) {
  return db
    .select()
    .from(conductCatalogs)
    .where(eq(conductCatalogs.agencyId, agencyId))
    .orderBy(asc(conductCatalogs.kind), desc(conductCatalogs.createdAt))
    .limit(200);
}
