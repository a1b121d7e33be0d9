import type { CreateTaskBody, TaskSourceKind } from '../../../contracts/work.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { validationError } from '../../platform/errors.js';

/**
 * Checks, for one kind of source record, that the record exists in the actor's agency and that the
 * actor may assign work from it (throwing a problem otherwise); returns the id stored on the task.
 * The module that owns the record provides it; app.ts hands the verifiers to the work module, so
 * work never depends on the modules its tasks come from.
 */
export type TaskSourceVerifier = (db: Db, actor: Actor, id: string) => Promise<string | VerifiedTaskSource>;
/** A source record that also points back at its task (a meeting conclusion), linked in the task's transaction. */
export interface VerifiedTaskSource {
  id: string;
  /** Runs in the task's transaction, at the task's time (`now`, from the work module's clock). */
  linkTask: (tx: Tx, taskId: string, now: Date) => Promise<void>;
}
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
): Promise<{ sourceId: string | null; linkTask?: VerifiedTaskSource['linkTask'] }> {
  if (source.kind === 'ad_hoc') return { sourceId: null };
  if (isSourceVerified) return { sourceId: source.id };
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
  const verified = await verify(deps.db, actor, source.id);
  return typeof verified === 'string' ? { sourceId: verified } : { sourceId: verified.id, linkTask: verified.linkTask };
}
