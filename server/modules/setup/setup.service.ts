import { randomBytes } from 'node:crypto';
import type { NewAgencyBody } from '../../../contracts/setup.js';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { invalidState, notFound } from '../../platform/errors.js';
import { hashToken } from '../auth/index.js';
import { hasAnyAgency } from '../org/index.js';
import { addAgency, createAgencyWithAdministrator } from './agency.create.js';
import { hasPlatformAdministrator } from './platform.repository.js';
import * as repository from './setup.repository.js';
import { SETUP_TOKEN_HOURS } from './setup.rules.js';

export interface SetupDeps {
  db: Db;
  clock: Clock;
}

const alreadySetUp = () =>
  invalidState('already_set_up', {
    vi: 'Cơ sở dữ liệu đã có cơ quan: lệnh cài đặt chỉ chạy một lần trên cơ sở dữ liệu trống. Không có gì thay đổi. Muốn thêm cơ quan: tạo quản trị nền tảng (--platform-admin) trước.',
    en: 'The database already holds an agency: setup runs once, on an empty database. Nothing was changed. To add agencies, create a platform administrator (--platform-admin) first.',
  });

/**
 * The setup command: the first agency and administrator, refused (nothing changed) once any agency
 * exists, unless the deployment has a platform administrator: then it adds one more agency.
 */
export async function setUpFirstAgency(deps: SetupDeps, input: NewAgencyBody) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await repository.lockSetup(tx);
    if (await hasAnyAgency(tx)) {
      if (!(await hasPlatformAdministrator(tx))) throw alreadySetUp();
      return addAgency(tx, input, now, systemActor);
    }
    const created = await createAgencyWithAdministrator(tx, input, now);
    await repository.expireAllTokens(tx, now);
    return created;
  });
}

/** On an empty database: a new one-time token for the setup page (only its hash is stored), else null. */
export async function issueSetupTokenIfEmpty(deps: SetupDeps): Promise<string | null> {
  if (await hasAnyAgency(deps.db)) return null;
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await repository.insertSetupToken(deps.db, {
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SETUP_TOKEN_HOURS * 3_600_000),
  });
  return token;
}

// A used, expired or unknown token, or a database that has an agency: the page does not exist.
const setupNotFound = () => notFound({ vi: 'Không tìm thấy trang', en: 'Not found' });

export async function checkSetupToken(deps: SetupDeps, token: string) {
  const usable = await repository.findUsableToken(deps.db, hashToken(token), deps.clock.now());
  if (!usable || (await hasAnyAgency(deps.db))) throw setupNotFound();
  return { isOpen: true as const };
}

/** The setup page: uses its token once and creates the first agency and administrator. */
export async function setUpWithToken(deps: SetupDeps, token: string, input: NewAgencyBody) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await repository.lockSetup(tx);
    const usable = await repository.findUsableToken(tx, hashToken(token), now);
    if (!usable || (await hasAnyAgency(tx))) throw setupNotFound();
    const created = await createAgencyWithAdministrator(tx, input, now);
    await repository.expireAllTokens(tx, now);
    return created;
  });
}
