import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { createSavedViewBody, savedViewFilters } from '../../../contracts/work-views.js';
import { queryRows } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden, notFound, validationError } from '../../platform/errors.js';
import { findUnit } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { managesUnitPath } from './work.policy.js';

/** Saved views of a board (issue 28): personal, or shared in a unit's subtree by a head of that unit. */

type Filters = z.infer<typeof savedViewFilters>;
type ViewRow = {
  id: string;
  name: string;
  filters: Filters;
  owner_person_id: string;
  owner_name: string;
  shared_unit_id: string | null;
  shared_unit_name: string | null;
  created_at: Date | string;
};

const viewNotFound = () => notFound({ vi: 'Không tìm thấy bộ lọc đã lưu', en: 'Saved view not found' });
const noPerson = () => forbidden({ vi: 'Tài khoản chưa gắn với cán bộ nào', en: 'This account is not linked to a person' });

/** Whom a view shows itself to, in SQL: its owner, the people of the shared unit's subtree and its managers. */
function visibleTo(actor: Actor) {
  const managed = actor.managedUnitPaths.length > 0 ? sql`or v.shared_unit_path = any(${sql.param(actor.managedUnitPaths)}::text[])` : sql``;
  return sql`(v.owner_person_id = ${actor.personId}::uuid
    or (v.shared_unit_path is not null and (${actor.unitPath ?? ''} like v.shared_unit_path || '%' ${managed})))`;
}

async function readViews(deps: WorkDeps, actor: Actor, id?: string) {
  const one = id ? sql`and v.id = ${id}` : sql``;
  return queryRows<ViewRow>(
    deps.db,
    sql`select v.id, v.name, v.filters, v.owner_person_id, p.full_name as owner_name, v.shared_unit_id, u.name as shared_unit_name, v.created_at
        from saved_task_views v join people p on p.id = v.owner_person_id left join units u on u.id = v.shared_unit_id
        where v.agency_id = ${actor.agencyId} ${one} and ${visibleTo(actor)}
        order by v.shared_unit_id nulls first, v.name, v.id limit 200`,
  );
}

function present(actor: Actor, row: ViewRow) {
  return {
    id: row.id,
    name: row.name,
    filters: row.filters,
    shared: row.shared_unit_id ? { unitId: row.shared_unit_id, unitName: row.shared_unit_name ?? '' } : null,
    ownerName: row.owner_name,
    canDelete: row.owner_person_id === actor.personId,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function listSavedViews(deps: WorkDeps, actor: Actor) {
  if (!actor.personId) return { items: [] };
  return { items: (await readViews(deps, actor)).map((row) => present(actor, row)) };
}

export async function createSavedView(deps: WorkDeps, actor: Actor, body: z.infer<typeof createSavedViewBody>) {
  const personId = actor.personId;
  if (!personId) throw noPerson();
  let sharedUnitPath: string | null = null;
  if (body.sharedUnitId) {
    const unit = await findUnit(deps.db, actor.agencyId, body.sharedUnitId);
    if (!unit) throw validationError([{ field: 'body.sharedUnitId', message: { vi: 'Đơn vị không tồn tại', en: 'Unit does not exist' } }]);
    if (!managesUnitPath(actor, unit.path))
      throw forbidden({ vi: 'Chỉ trưởng đơn vị chia sẻ bộ lọc trong đơn vị mình', en: 'Only a head of the unit shares views in it' });
    sharedUnitPath = unit.path;
  }
  if (body.filters.unitId && !(await findUnit(deps.db, actor.agencyId, body.filters.unitId)))
    throw validationError([{ field: 'body.filters.unitId', message: { vi: 'Đơn vị không tồn tại', en: 'Unit does not exist' } }]);
  const id = crypto.randomUUID();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await queryRows(
      tx,
      sql`insert into saved_task_views (id, agency_id, owner_person_id, shared_unit_id, shared_unit_path, name, filters, created_at)
          values (${id}, ${actor.agencyId}, ${personId}, ${body.sharedUnitId}, ${sharedUnitPath}, ${body.name}, ${JSON.stringify(body.filters)}::jsonb, ${now})`,
    );
    const change = { name: body.name, sharedUnitId: body.sharedUnitId, filters: body.filters };
    await recordAction(tx, { agencyId: actor.agencyId, actor: auditActorOf(actor), now }, 'task_view.created', { type: 'task_view', id }, change);
  });
  const [row] = await readViews(deps, actor, id);
  return present(actor, row);
}

/** Only its owner deletes a view; others who see a shared view are refused, others still answer 404. */
export async function deleteSavedView(deps: WorkDeps, actor: Actor, id: string) {
  const [row] = actor.personId ? await readViews(deps, actor, id) : [];
  if (!row) throw viewNotFound();
  if (row.owner_person_id !== actor.personId) throw forbidden({ vi: 'Chỉ người tạo được xóa bộ lọc này', en: 'Only whoever saved this view may delete it' });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await queryRows(tx, sql`delete from saved_task_views where id = ${id} and agency_id = ${actor.agencyId} returning id`);
    await recordAction(tx, { agencyId: actor.agencyId, actor: auditActorOf(actor), now }, 'task_view.deleted', { type: 'task_view', id }, { name: row.name });
  });
  return { ok: true as const };
}
