import type { Role } from '../../../contracts/auth.js';
import type { Db, Tx } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { NameCache } from './org.names.cache.js';
import type { SubtreeMovedHook } from './org.subtree-moved.js';

export interface OrgDeps {
  db: Db;
  clock: Clock;
  /** The names task lists show: told of a rename once it is committed. */
  names?: NameCache;
  /** Run in a unit move's transaction, after org has moved its units and people (see subtree-moved.ts). */
  onSubtreeMoved?: readonly SubtreeMovedHook[];
  /** The auth module's account writer, given by the app (org does not import auth, which reads org): an import creates logins and a person who leaves loses theirs, in org's transaction. */
  accounts: AccountWriter;
}

export interface AccountWriter {
  takenUsernames(db: Db | Tx, usernames: string[]): Promise<Set<string>>;
  createAccounts(
    tx: Tx,
    accounts: { agencyId: string; personId: string; username: string; displayName: string; password: string; roles: Role[]; mustChangePassword: boolean }[],
  ): Promise<unknown>;
  disableAccountOfPerson(tx: Tx, personId: string): Promise<unknown>;
  /** The password policy: what is wrong with an initial password for this person (empty when it is acceptable). */
  passwordProblems(password: string, person: { username: string; displayName: string }): { vi: string; en: string }[];
}

export function auditContext(deps: OrgDeps, actor: Actor) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now: deps.clock.now() };
}
