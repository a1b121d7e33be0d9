import type { Role } from '../../../contracts/auth.js';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { hashPassword } from './auth.service.js';

export interface NewAccount {
  /** Null for a platform administrator only. */
  agencyId: string | null;
  personId: string | null;
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  /** An initial password someone else chose: the person replaces it at first login. */
  mustChangePassword?: boolean;
}

/** Creates login accounts (seed, tests, administration), hashing each password with argon2id. */
export async function createAccounts(tx: Tx, accounts: NewAccount[]) {
  if (accounts.length === 0) return [];
  // argon2 is slow by design: a password shared by many new accounts (a seed) is hashed once.
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (password: string) => hashes.get(password) ?? hashes.set(password, hashPassword(password)).get(password)!;
  const rows = await Promise.all(accounts.map(async ({ password, ...account }) => ({ ...account, passwordHash: await hashOf(password) })));
  return tx.insert(users).values(rows).returning({ id: users.id, username: users.username, personId: users.personId });
}
