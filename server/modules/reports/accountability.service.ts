import { type Actor, auditActorOf, hasRole } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { findUnit } from '../org/index.js';
import { forgetAccountability } from './accountability.queries.js';
import { setPublished } from './accountability.repository.js';
import type { ReportsDeps } from './reports.deps.js';

/** Leaders and administrators choose which units' aggregated figures the public page shows. */
export async function publishUnitAccountability(deps: Pick<ReportsDeps, 'db' | 'clock'>, actor: Actor, unitId: string, isPublished: boolean): Promise<void> {
  if (!hasRole(actor, 'leader', 'agency_admin', 'system_admin'))
    throw forbidden({ vi: 'Chỉ lãnh đạo, quản trị chọn đơn vị công khai', en: 'Only leaders and administrators choose the published units' });
  const unit = await findUnit(deps.db, actor.agencyId, unitId);
  if (!unit) throw validationError([{ field: 'params.id', message: { vi: 'Đơn vị không tồn tại', en: 'Unknown unit' } }]);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await setPublished(tx, actor.agencyId, unitId, isPublished, now);
    await recordAction(
      tx,
      { agencyId: actor.agencyId, actor: auditActorOf(actor), now },
      isPublished ? 'accountability.published' : 'accountability.withdrawn',
      { type: 'unit', id: unitId },
      { isPublished },
    );
  });
  forgetAccountability(actor.agencyId);
}
