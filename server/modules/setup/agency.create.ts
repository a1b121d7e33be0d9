import type { NewAgencyBody } from '../../../contracts/setup.js';
import type { Tx } from '../../db/client.js';
import { systemActor } from '../../platform/actor.js';
import { type AuditActor, recordAudit } from '../../platform/audit.js';
import { insertDefaultCalendar } from '../../platform/calendar/calendar.repository.js';
import { conflict, validationError } from '../../platform/errors.js';
import { createAccounts, passwordProblems, recordPlatformAudit, takenUsernames } from '../auth/index.js';
import { createAgencyWithRoot } from '../org/index.js';
import { agencyCodeTaken } from './platform.repository.js';
import { lockSetup } from './setup.repository.js';
import { agencyCodeOfName } from './setup.rules.js';

/**
 * Creates an agency with its root unit, its working calendar and its first administrator (an
 * account without a person record: the administrator builds the organisation next), audited.
 */
export async function createAgencyWithAdministrator(
  tx: Tx,
  input: NewAgencyBody,
  now: Date,
  actor: AuditActor = systemActor,
  options: { mustChangePassword?: boolean } = {},
) {
  refuseWeakPassword(input.adminPassword, { username: input.adminUsername, displayName: input.adminDisplayName }, 'body.adminPassword');
  const code = input.agencyCode ?? agencyCodeOfName(input.agencyName);
  const { agency, root } = await createAgencyWithRoot(tx, { code, name: input.agencyName });
  await insertDefaultCalendar(tx, agency.id);
  const [admin] = await createAccounts(tx, [
    {
      agencyId: agency.id,
      personId: null,
      username: input.adminUsername,
      displayName: input.adminDisplayName,
      password: input.adminPassword,
      roles: ['agency_admin'],
      mustChangePassword: options.mustChangePassword ?? false,
    },
  ]);
  await recordAudit(tx, {
    agencyId: agency.id,
    actor,
    action: 'agency.created',
    subjectType: 'agency',
    subjectId: agency.id,
    change: { name: input.agencyName, code, rootUnitId: root.id, administrator: { userId: admin.id, username: input.adminUsername } },
    occurredAt: now,
  });
  return { agencyId: agency.id, agencyName: agency.name, adminUsername: admin.username };
}

export function refuseWeakPassword(password: string, person: { username: string; displayName: string }, field: string) {
  const problems = passwordProblems(password, person);
  if (problems.length > 0) throw validationError(problems.map((message) => ({ field, message })));
}

export const taken = (field: string) =>
  conflict('already_taken', { vi: 'Đã được dùng', en: 'Already taken' }, [{ field, message: { vi: 'Đã được dùng', en: 'Already taken' } }]);

/** One more agency and its first administrator, who must change the given password; audited in both logs. */
export async function addAgency(tx: Tx, input: NewAgencyBody, now: Date, actor: AuditActor) {
  await lockSetup(tx);
  if (await agencyCodeTaken(tx, input.agencyCode ?? agencyCodeOfName(input.agencyName))) throw taken('body.agencyCode');
  if ((await takenUsernames(tx, [input.adminUsername])).size > 0) throw taken('body.adminUsername');
  const created = await createAgencyWithAdministrator(tx, input, now, actor, { mustChangePassword: true });
  await recordPlatformAudit(tx, {
    actor,
    action: 'agency.created',
    subjectType: 'agency',
    subjectId: created.agencyId,
    change: { name: created.agencyName, administrator: created.adminUsername },
    occurredAt: now,
  });
  return created;
}
