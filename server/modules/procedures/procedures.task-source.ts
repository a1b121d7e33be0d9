import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { invalidState, validationError } from '../../platform/errors.js';
import type { TaskSourceVerifier } from '../work/index.js';
import * as repository from './procedures.repository.js';

/**
 * For the work module (handed over in app.ts): a step's task is opened by its run when the step's
 * turn comes, linked to the run step in the task's transaction, so a task named after a step from
 * the task form would be a second task for one step. The answer says where the task comes from.
 */
export const procedureStepTaskSource: TaskSourceVerifier = async (db: Db, actor: Actor, runStepId: string) => {
  const step = await repository.findRunStep(db, actor.agencyId, runStepId);
  if (!step) throw validationError([{ field: 'body.source.id', message: { vi: 'Bước quy trình không tồn tại', en: 'Procedure step unknown' } }]);
  throw invalidState('procedure_step_opened_by_run', {
    vi: 'Nhiệm vụ của một bước quy trình do lượt thực hiện tự mở khi đến lượt bước đó',
    en: 'A procedure step’s task is opened by its run when the step’s turn comes',
  });
};
