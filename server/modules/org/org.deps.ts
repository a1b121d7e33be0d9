import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { NameCache } from './names.cache.js';
import type { SubtreeMovedHook } from './subtree-moved.js';

export interface OrgDeps {
  db: Db;
  clock: Clock;
  /** The names task lists show: told of a rename once it is committed. */
  names?: NameCache;
  /** Run in a unit move's transaction, after org has moved its units and people (see subtree-moved.ts). */
  onSubtreeMoved?: readonly SubtreeMovedHook[];
}

export function auditContext(deps: OrgDeps, actor: Actor) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now: deps.clock.now() };
}
