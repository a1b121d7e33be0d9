import type { NewAgencyBody } from '../../../contracts/setup.js';
import { type Actor, auditActorOf, isPlatformAdministrator, systemActor } from '../../platform/actor.js';
import { forbidden } from '../../platform/errors.js';
import { createAccounts, recordPlatformAudit, takenUsernames } from '../auth/index.js';
import { addAgency, refuseWeakPassword, taken } from './agency.create.js';
import * as platform from './platform.repository.js';
import type { SetupDeps } from './setup.service.js';

function authorize(actor: Actor) {
  if (!isPlatformAdministrator(actor)) throw forbidden();
}

export async function listAgencies(deps: SetupDeps, actor: Actor) {
  authorize(actor);
  const rows = await platform.listAgenciesWithSize(deps.db);
  return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
}

export async function createAgency(deps: SetupDeps, actor: Actor, input: NewAgencyBody) {
  authorize(actor);
  return deps.db.transaction((tx) => addAgency(tx, input, deps.clock.now(), auditActorOf(actor)));
}

/** `npm run setup -- --platform-admin NAME`: an account in no agency, holding only platform_admin. */
export async function createPlatformAdministrator(deps: SetupDeps, input: { username: string; displayName: string; password: string }) {
  refuseWeakPassword(input.password, input, 'password');
  return deps.db.transaction(async (tx) => {
    if ((await takenUsernames(tx, [input.username])).size > 0) throw taken('username');
    const [admin] = await createAccounts(tx, [{ agencyId: null, personId: null, ...input, roles: ['platform_admin'] }]);
    await recordPlatformAudit(tx, {
      actor: systemActor,
      action: 'platform_admin.created',
      subjectType: 'user',
      subjectId: admin.id,
      change: { username: input.username },
      occurredAt: deps.clock.now(),
    });
    return admin;
  });
}
