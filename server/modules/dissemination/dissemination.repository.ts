import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { AudienceInput, CoverageCounts } from '../../../contracts/dissemination.js';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import {
  acknowledgementEvents,
  disseminationAssignments,
  disseminationCampaignDocuments,
  disseminationCampaigns,
  disseminationUnitCounters,
} from '../../db/schema/index.js';
import { ancestorShifts, ancestorShiftValues, subtreeRollup, type SubtreeMoved } from '../org/index.js';
import { pageLimit } from '../../platform/paging.js';
import { foldForSearch } from '../../platform/search-text.js';

export type CampaignRow = typeof disseminationCampaigns.$inferSelect;
export type AssignmentRow = typeof disseminationAssignments.$inferSelect;
export type CampaignDocumentRow = typeof disseminationCampaignDocuments.$inferSelect;

type Pinned = { documentId: string; versionId: string; versionNumber: number };

export async function insertCampaign(tx: Tx, row: typeof disseminationCampaigns.$inferInsert, documents: Pinned[]) {
  await tx.insert(disseminationCampaigns).values({ ...row, searchText: foldForSearch(row.title) });
  await insertDocuments(tx, row.agencyId, row.id, documents);
}

async function insertDocuments(tx: Tx, agencyId: string, campaignId: string, documents: Pinned[]) {
  await tx.insert(disseminationCampaignDocuments).values(
    documents.map((d, index) => ({
      agencyId,
      campaignId,
      documentId: d.documentId,
      versionId: d.versionId,
      versionNumber: d.versionNumber,
      sortOrder: index,
    })),
  );
}

/** Only for drafts: nobody has been asked to read anything yet. */
export async function replaceDocuments(tx: Tx, agencyId: string, campaignId: string, documents: Pinned[]) {
  await tx.delete(disseminationCampaignDocuments).where(eq(disseminationCampaignDocuments.campaignId, campaignId));
  await insertDocuments(tx, agencyId, campaignId, documents);
}

export async function findCampaign(db: Db | Tx, agencyId: string, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db
    .select()
    .from(disseminationCampaigns)
    .where(and(eq(disseminationCampaigns.agencyId, agencyId), eq(disseminationCampaigns.id, id)));
  return row;
}

export async function lockCampaign(tx: Tx, agencyId: string, id: string): Promise<CampaignRow | undefined> {
  const [row] = await tx
    .select()
    .from(disseminationCampaigns)
    .where(and(eq(disseminationCampaigns.agencyId, agencyId), eq(disseminationCampaigns.id, id)))
    .for('update');
  return row;
}

export async function updateCampaign(tx: Tx, id: string, values: Partial<typeof disseminationCampaigns.$inferInsert>) {
  const searchText = values.title === undefined ? {} : { searchText: foldForSearch(values.title) };
  await tx
    .update(disseminationCampaigns)
    .set({ ...values, ...searchText })
    .where(eq(disseminationCampaigns.id, id));
}

export async function campaignDocuments(db: Db | Tx, campaignIds: string[]): Promise<CampaignDocumentRow[]> {
  if (campaignIds.length === 0) return [];
  return db
    .select()
    .from(disseminationCampaignDocuments)
    .where(sql`${disseminationCampaignDocuments.campaignId} in ${campaignIds}`)
    .orderBy(asc(disseminationCampaignDocuments.sortOrder));
}

export async function replaceDocumentVersion(tx: Tx, campaignId: string, documentId: string, versionId: string, versionNumber: number) {
  await tx
    .update(disseminationCampaignDocuments)
    .set({ versionId, versionNumber })
    .where(and(eq(disseminationCampaignDocuments.campaignId, campaignId), eq(disseminationCampaignDocuments.documentId, documentId)));
}

/**
 * Active people of the audience who have no assignment in the campaign yet (optionally one
 * person): resolved in SQL on the people scope index, never by loading the agency.
 */
export async function unassignedAudience(
  tx: Db | Tx,
  agencyId: string,
  campaignId: string,
  audience: AudienceInput,
  unitPaths: string[],
  onlyPersonId?: string,
) {
  const inUnits = audience.wholeAgency
    ? sql`true`
    : unitPaths.length > 0
      ? sql`(${sql.join(
          unitPaths.map((path) => sql`p.unit_path like ${path + '%'}`),
          sql` or `,
        )})`
      : sql`false`;
  const inCategories = audience.categories.length > 0 ? sql`p.category::text in ${audience.categories}` : sql`true`;
  const inParty = audience.partyMembersOnly ? sql`p.is_party_member` : sql`true`;
  const named = audience.personIds.length > 0 ? sql`p.id in ${audience.personIds}` : sql`false`;
  const onlyOne = onlyPersonId ? sql`and p.id = ${onlyPersonId}` : sql``;
  return queryRows<{ id: string; full_name: string; unit_id: string; unit_path: string }>(
    tx,
    sql`select p.id, p.full_name, p.unit_id, p.unit_path from people p
        where p.agency_id = ${agencyId} and p.status = 'active' ${onlyOne}
          and (${named} or (${inUnits} and ${inCategories} and ${inParty}))
          and not exists (select 1 from dissemination_assignments a where a.campaign_id = ${campaignId} and a.person_id = p.id)`,
  );
}

export async function insertAssignments(tx: Tx, rows: (typeof disseminationAssignments.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insert(disseminationAssignments).values(rows.slice(start, start + 500));
  }
}

export async function lockAssignment(tx: Tx, agencyId: string, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await tx
    .select()
    .from(disseminationAssignments)
    .where(and(eq(disseminationAssignments.agencyId, agencyId), eq(disseminationAssignments.id, id)))
    .for('update');
  return row;
}

export async function findAssignment(db: Db | Tx, agencyId: string, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .select()
    .from(disseminationAssignments)
    .where(and(eq(disseminationAssignments.agencyId, agencyId), eq(disseminationAssignments.id, id)));
  return row;
}

export async function updateAssignment(tx: Tx, id: string, values: Partial<typeof disseminationAssignments.$inferInsert>) {
  await tx.update(disseminationAssignments).set(values).where(eq(disseminationAssignments.id, id));
}

/** People of a campaign who have not done everything asked of them. */
export async function undoneAssignments(db: Db | Tx, campaignId: string): Promise<{ id: string; personId: string }[]> {
  return db
    .select({ id: disseminationAssignments.id, personId: disseminationAssignments.personId })
    .from(disseminationAssignments)
    .where(and(eq(disseminationAssignments.campaignId, campaignId), eq(disseminationAssignments.isDone, false)));
}

export async function lockAssignmentsOfCampaign(tx: Tx, campaignId: string): Promise<AssignmentRow[]> {
  return tx.select().from(disseminationAssignments).where(eq(disseminationAssignments.campaignId, campaignId)).for('update');
}

export async function insertEvents(tx: Tx, rows: (typeof acknowledgementEvents.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insert(acknowledgementEvents).values(rows.slice(start, start + 500));
  }
}

export async function listEvents(db: Db, assignmentId: string) {
  return db.select().from(acknowledgementEvents).where(eq(acknowledgementEvents.assignmentId, assignmentId)).orderBy(asc(acknowledgementEvents.id));
}

type CounterDelta = { unitId: string; unitPath: string; counts: CoverageCounts };
type CounterRowDelta = { unitId: string; unitPath: string; depth: number; own: CoverageCounts; subtree: CoverageCounts };

const COUNT_COLUMNS = ['assigned', 'read', 'acknowledged', 'committed', 'passed', 'done'] as const;
const SUBTREE_COLUMNS = COUNT_COLUMNS.map((name) => `subtree_${name}`);
const zeroCounts = (): CoverageCounts => ({ assigned: 0, read: 0, acknowledged: 0, committed: 0, passed: 0, done: 0 });

/** The counter columns an upsert adds to: the unit's own and its subtree's (as the schema names them; the database's names are snake case). */
const COUNTER_FIELDS = [
  'assigned',
  'read',
  'acknowledged',
  'committed',
  'passed',
  'done',
  'subtreeAssigned',
  'subtreeRead',
  'subtreeAcknowledged',
  'subtreeCommitted',
  'subtreePassed',
  'subtreeDone',
] as const;
const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Each delta added to its unit's own counters and to the subtree totals of the unit and its ancestors (its path's segments). */
function rowDeltas(deltas: CounterDelta[]): CounterRowDelta[] {
  const rows = new Map<string, CounterRowDelta>();
  for (const { unitId, unitPath, counts } of deltas) {
    const ids = unitPath.split('/').filter(Boolean);
    ids.forEach((id, depth) => {
      const row = rows.get(id) ?? { unitId: id, unitPath: `/${ids.slice(0, depth + 1).join('/')}/`, depth, own: zeroCounts(), subtree: zeroCounts() };
      for (const key of COUNT_COLUMNS) {
        row.subtree[key] += counts[key];
        if (id === unitId) row.own[key] += counts[key];
      }
      rows.set(id, row);
    });
  }
  return [...rows.values()].sort((a, b) => a.depth - b.depth || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

/**
 * Adds deltas per unit in one statement; the counters never drift from the assignments they count.
 * Rows are written in (depth, id) order, root first, as every writer of them does, so two commands
 * never wait on each other crosswise.
 */
export async function addCounters(tx: Tx, agencyId: string, campaignId: string, deltas: CounterDelta[]) {
  const changed = deltas.filter(({ counts }) => Object.values(counts).some((n) => n !== 0));
  if (changed.length === 0) return;
  await tx
    .insert(disseminationUnitCounters)
    .values(
      rowDeltas(changed).map(({ unitId, unitPath, own, subtree }) => ({
        agencyId,
        campaignId,
        unitId,
        unitPath,
        ...own,
        subtreeAssigned: subtree.assigned,
        subtreeRead: subtree.read,
        subtreeAcknowledged: subtree.acknowledged,
        subtreeCommitted: subtree.committed,
        subtreePassed: subtree.passed,
        subtreeDone: subtree.done,
      })),
    )
    .onConflictDoUpdate({
      target: [disseminationUnitCounters.campaignId, disseminationUnitCounters.unitId],
      set: Object.fromEntries(COUNTER_FIELDS.map((key) => [key, sql`${disseminationUnitCounters[key]} + excluded.${sql.identifier(snakeCase(key))}`])),
    });
}

/**
 * A moved subtree's totals, campaign by campaign, leave its old ancestors and join its new ones
 * (ancestors common to both paths keep them), in (campaign, depth, id) order. Run after the
 * subtree's assignments were re-pathed: that update waits for any action holding one of them.
 */
export async function moveSubtreeTotals(tx: Tx, moved: SubtreeMoved) {
  const { movedUnitId, shifts } = ancestorShifts(moved);
  if (shifts.length === 0) return;
  const signed = sql.join(
    SUBTREE_COLUMNS.map((name) => sql`a.sign * m.${sql.identifier(name)}`),
    sql`, `,
  );
  await tx.execute(sql`
    insert into dissemination_unit_counters as c (agency_id, campaign_id, unit_id, unit_path, ${sql.join(
      SUBTREE_COLUMNS.map((name) => sql.identifier(name)),
      sql`, `,
    )})
    select m.agency_id, m.campaign_id, a.id, p.path, ${signed}
    from dissemination_unit_counters m cross join (values ${ancestorShiftValues(shifts)}) a(id, depth, sign) join units p on p.id = a.id
    where m.agency_id = ${moved.agencyId} and m.unit_id = ${movedUnitId}
    order by m.campaign_id, a.depth, a.id
    on conflict (campaign_id, unit_id) do update set ${sql.join(
      SUBTREE_COLUMNS.map((name) => sql`${sql.identifier(name)} = c.${sql.identifier(name)} + excluded.${sql.identifier(name)}`),
      sql`, `,
    )}`);
}

/**
 * The units of one subtree a few levels deep that have people assigned below them, each with the
 * stored counters of its whole subtree (the answer is the levels shown, not every unit).
 */
export async function coverageRollup(db: Db | Tx, agencyId: string, campaignId: string, rootPath: string, levels: number) {
  return subtreeRollup(db, {
    agencyId,
    rootPath,
    levels,
    show: 'counted',
    columns: COUNT_COLUMNS,
    subtreeTotals: sql`
      select c.unit_id, c.subtree_assigned as assigned, c.subtree_read as read, c.subtree_acknowledged as acknowledged,
             c.subtree_committed as committed, c.subtree_passed as passed, c.subtree_done as done, c.subtree_assigned > c.assigned as counted_below
      from dissemination_unit_counters c
      where c.campaign_id = ${campaignId} and c.subtree_assigned > 0`,
  });
}

export interface CounterRow extends CoverageCounts {
  unitId: string;
  unitName: string;
  unitPath: string;
  depth: number;
}

/** A page of a campaign's own per-unit counters in tree order, limited to unit subtrees (null: all). */
export async function countersPage(
  db: Db | Tx,
  campaignId: string,
  scope: string[] | null,
  after: [string, string] | null,
  limit: number,
): Promise<CounterRow[]> {
  const inScope = scopeCondition(sql`c.unit_path`, scope);
  return queryRows<CounterRow>(
    db,
    sql`select c.unit_id as "unitId", u.name as "unitName", c.unit_path as "unitPath", u.depth,
               c.assigned, c.read, c.acknowledged, c.committed, c.passed, c.done
        from dissemination_unit_counters c join units u on u.id = c.unit_id
        where c.campaign_id = ${campaignId} and c.assigned > 0 and ${inScope}
          ${after ? sql`and (c.unit_path, c.unit_id) > (${after[0]}, ${after[1]}::uuid)` : sql``}
        order by c.unit_path, c.unit_id limit ${pageLimit(limit)}`,
  );
}

export function scopeCondition(column: SQL, scope: string[] | null): SQL {
  if (scope === null) return sql`true`;
  if (scope.length === 0) return sql`false`;
  return sql`(${sql.join(
    scope.map((path) => sql`${column} like ${path + '%'}`),
    sql` or `,
  )})`;
}

/** Campaign totals for list items, from the counters (a handful of units per campaign). */
export async function totalsOf(db: Db | Tx, campaignIds: string[], scope: string[] | null) {
  if (campaignIds.length === 0) return new Map<string, CoverageCounts>();
  const rows = await queryRows<CoverageCounts & { campaignId: string }>(
    db,
    sql`select campaign_id as "campaignId", sum(assigned)::int as assigned, sum(read)::int as read, sum(acknowledged)::int as acknowledged,
               sum(committed)::int as committed, sum(passed)::int as passed, sum(done)::int as done
        from dissemination_unit_counters c where campaign_id in ${campaignIds} and ${scopeCondition(sql`c.unit_path`, scope)} group by campaign_id`,
  );
  return new Map(rows.map(({ campaignId, ...counts }) => [campaignId, counts]));
}

export async function hasAssignmentsInScope(db: Db | Tx, campaignId: string, scope: string[]) {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select 1 as n from dissemination_unit_counters c where c.campaign_id = ${campaignId} and c.assigned > 0 and ${scopeCondition(sql`c.unit_path`, scope)} limit 1`,
  );
  return rows.length > 0;
}
