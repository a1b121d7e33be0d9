import type { CreateTaskBody, TaskSourceKind } from '../../../contracts/work.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { validationError } from '../../platform/errors.js';

/**
 * Checks, for one kind of source record, that the record exists in the actor's agency and that the
 * actor may assign work from it (throwing a problem otherwise); returns the id stored on the task.
 * The module that owns the record provides it; app.ts hands the verifiers to the work module, so
 * work never depends on the modules its tasks come from.
 */
export type TaskSourceVerifier = (db: Db, actor: Actor, id: string) => Promise<string>;
export type TaskSourceVerifiers = Partial<Record<Exclude<TaskSourceKind, 'ad_hoc'>, TaskSourceVerifier>>;

/**
 * The id of the record a task comes from. A module creating the task from its own record (a
 * meeting conclusion, a case) has checked it already and says so; otherwise the record's verifier
 * decides, and a kind without one is only created from its record.
 */
export async function resolveTaskSource(
  deps: { db: Db; taskSources?: TaskSourceVerifiers },
  actor: Actor,
  source: CreateTaskBody['source'],
  isSourceVerified: boolean,
): Promise<string | null> {
  if (source.kind === 'ad_hoc') return null;
  if (isSourceVerified) return source.id;
  const verify = deps.taskSources?.[source.kind];
  if (!verify) {
    throw validationError([
      {
        field: 'body.source',
        message: {
          vi: 'Nhiệm vụ từ nguồn này được giao từ chính bản ghi nguồn (ví dụ kết luận hội nghị)',
          en: 'Tasks from this source are assigned from the source record itself (e.g. a meeting conclusion)',
        },
      },
    ]);
  }
  return verify(deps.db, actor, source.id);
}
