import type { Db } from '../db/client.js';
import { createAgency, createPerson, createUnit, createUser } from './factories.js';

/**
 * A small agency most org tests share: two departments (one with a sub-team), a person in each,
 * and one login per role. Each call makes a new agency, so tests never see each other's data.
 */
export async function createOrgFixture(db: Db) {
  const { agencyId, root } = await createAgency(db);
  const propaganda = await createUnit(db, root, { name: 'Ban Tuyên giáo' });
  const team = await createUnit(db, propaganda, { name: 'Tổ Báo chí' });
  const law = await createUnit(db, root, { name: 'Ban Dân chủ – Pháp luật' });
  const inTeam = await createPerson(db, team, { fullName: 'Đặng Thị Thu Hường', isPartyMember: true });
  const inLaw = await createPerson(db, law, { fullName: 'Lương Văn Đạt', isPartyMember: true });
  const users = {
    admin: await createUser(db, root, ['agency_admin']),
    leader: await createUser(db, root, ['leader']),
    head: await createUser(db, propaganda, ['unit_head', 'staff'], { manages: 'head' }),
    staff: await createUser(db, team, ['staff']),
    inspector: await createUser(db, law, ['inspector']),
    editor: await createUser(db, propaganda, ['editor']),
  };
  return { agencyId, root, units: { propaganda, team, law }, people: { inTeam, inLaw }, users };
}
export type OrgFixture = Awaited<ReturnType<typeof createOrgFixture>>;
