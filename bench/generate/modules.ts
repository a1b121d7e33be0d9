import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../server/db/client.js';
import {
  acknowledgementEvents,
  conductCaseEvents,
  conductCaseItems,
  conductCases,
  conductCatalogItems,
  disseminationAssignments,
  disseminationCampaigns,
  disseminationUnitCounters,
  publicReportEvents,
  publicReports,
} from '../../server/db/schema/index.js';
import { currentCatalog, ensureCatalogs } from '../../server/modules/conduct/conduct.catalog.js';
import type { GenerateProgress } from './progress.js';
import { makeCase, type ConductContext } from './conduct.js';
import { CAMPAIGN_COUNT, makeCampaign, type DisseminationContext } from './dissemination.js';
import { type FeedbackContext, makeReport } from './feedback.js';
import { insertChunks, insertRows } from './load.js';

type Report = (progress: GenerateProgress) => void;

/**
 * The most recent `count` agency-wide campaigns, with assignments, history and coverage counters.
 * The bench staff login stays pending on the two newest, so "my pending campaigns" has something to list.
 */
export async function generateCampaigns(db: Db, ctx: DisseminationContext, count: number, report: Report) {
  const started = Date.now();
  const ids: string[] = [];
  let [assignments, rows] = [0, 0];
  const first = Math.max(0, CAMPAIGN_COUNT - count);
  for (let index = first; index < CAMPAIGN_COUNT; index++) {
    const generated = makeCampaign(ctx, index, new Set(index >= CAMPAIGN_COUNT - 2 ? [ctx.org.bench.staff] : []));
    if (!generated) continue;
    await insertRows(db, disseminationCampaigns, [generated.campaign]);
    await insertChunks(db, disseminationAssignments, generated.assignments, 2000);
    await insertChunks(db, acknowledgementEvents, generated.events, 5000);
    await insertChunks(db, disseminationUnitCounters, generated.counters, 2000);
    ids.push(generated.campaign.id!);
    assignments += generated.assignments.length;
    rows += 1 + generated.assignments.length + generated.events.length + generated.counters.length;
    report({
      phase: 'campaigns',
      done: index - first + 1,
      total: CAMPAIGN_COUNT - first,
      rowsPerSecond: Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001)),
    });
  }
  return { ids, assignments };
}

/** `count` conduct cases classified against the agency's current Directive 24 catalog (seeded as the module seeds it). */
export async function generateCases(db: Db, ctx: Omit<ConductContext, 'items' | 'categoryOf'> & { now: Date }, count: number, report: Report) {
  if (count === 0) return 0;
  const started = Date.now();
  await ensureCatalogs(db as unknown as Tx, ctx.org.agencyId, ctx.now);
  const catalog = await currentCatalog(db, ctx.org.agencyId, 'directive');
  if (!catalog) throw new Error('no current directive catalog');
  const items = (
    await db
      .select()
      .from(conductCatalogItems)
      .where(and(eq(conductCatalogItems.agencyId, ctx.org.agencyId), eq(conductCatalogItems.catalogId, catalog.id)))
  ).map((item) => ({ catalogId: catalog.id, catalogVersion: catalog.version, code: item.code, text: item.text }));
  const full: ConductContext = { ...ctx, items, categoryOf: (person) => ctx.org.rows.people[person].category ?? 'civil_servant' };
  const CHUNK = 500;
  let rows = 0;
  for (let done = 0; done < count; done += CHUNK) {
    const batch = Array.from({ length: Math.min(CHUNK, count - done) }, () => makeCase(full, ctx.random.int(1, 400)));
    await insertRows(
      db,
      conductCases,
      batch.map((c) => c.row),
    );
    await insertChunks(
      db,
      conductCaseItems,
      batch.flatMap((c) => c.items),
      5000,
    );
    await insertChunks(
      db,
      conductCaseEvents,
      batch.flatMap((c) => c.events),
      5000,
    );
    rows += batch.reduce((sum, c) => sum + 1 + c.items.length + c.events.length, 0);
    report({ phase: 'cases', done: done + batch.length, total: count, rowsPerSecond: Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001)) });
  }
  return count;
}

/** `count` public reports received evenly over the last 400 days, with their history. */
export async function generateReports(db: Db, ctx: FeedbackContext, count: number, report: Report) {
  const started = Date.now();
  const CHUNK = 1000;
  let rows = 0;
  for (let done = 0; done < count; done += CHUNK) {
    const batch = Array.from({ length: Math.min(CHUNK, count - done) }, (_, i) => makeReport(ctx, done + i, ctx.random.int(0, 400)));
    await insertRows(
      db,
      publicReports,
      batch.map((r) => r.row),
    );
    await insertChunks(
      db,
      publicReportEvents,
      batch.flatMap((r) => r.events),
      5000,
    );
    rows += batch.reduce((sum, r) => sum + 1 + r.events.length, 0);
    report({ phase: 'reports', done: done + batch.length, total: count, rowsPerSecond: Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001)) });
  }
  return count;
}
