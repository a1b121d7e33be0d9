import type { CreateTaskBody } from '../../../contracts/work.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { planTargetForTask } from '../documents/index.js';
import type { WorkDeps } from './work.deps.js';
import { managesUnitPath } from './work.policy.js';

/**
 * The record a task comes from, checked by the module that owns it: it must exist in the actor's agency,
 * and the actor must be allowed to assign work in its unit. Returns the id stored on the task.
 */
export async function resolveTaskSource(deps: WorkDeps, actor: Actor, source: CreateTaskBody['source'], isVerifiedByOwner: boolean): Promise<string | null> {
  switch (source.kind) {
    case 'ad_hoc':
      return null;
    case 'plan_target': {
      const target = await planTargetForTask(deps.db, actor.agencyId, source.id);
      if (!target) throw validationError([{ field: 'body.source.id', message: { vi: 'Chỉ tiêu không tồn tại', en: 'Target unknown' } }]);
      if (!hasRole(actor, 'leader', 'agency_admin', 'system_admin') && !managesUnitPath(actor, target.unitPath)) {
        throw forbidden({ vi: 'Chỉ giao việc thực hiện chỉ tiêu trong đơn vị mình phụ trách', en: 'Assign work for a target only within the units you manage' });
      }
      return target.id;
    }
    case 'meeting_conclusion':
      // The dissemination module creates these from the meeting (it uses work, so work cannot ask it back).
      if (!isVerifiedByOwner) {
        throw validationError([{ field: 'body.source', message: { vi: 'Nhiệm vụ từ kết luận hội nghị được giao từ trang hội nghị', en: 'Tasks from a meeting conclusion are assigned from the meeting' } }]);
      }
      return source.id;
  }
}
