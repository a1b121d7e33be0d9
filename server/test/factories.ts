import type { Role } from '../../contracts/auth.js';
import type { Db } from '../db/client.js';
import { createAccounts } from '../modules/auth/index.js';
import { createAgencyWithRoot, insertPeople, insertChildUnit, personValues, replaceManagers } from '../modules/org/index.js';
import { insertDefaultCalendar } from '../platform/calendar/calendar.repository.js';

/** Factories write straight to the database, one entity each, so every test owns its data. */
export const TEST_PASSWORD = 'mat-khau-thu-nghiem-2026';

let sequence = 0;
export const uniqueSuffix = () => `${process.pid}-${Date.now().toString(36)}-${(sequence++).toString(36)}`;

export interface UnitRef {
  id: string;
  agencyId: string;
  path: string;
  depth: number;
}

export async function createAgency(db: Db, name = 'Cơ quan thử nghiệm') {
  return db.transaction(async (tx) => {
    const { agency, root } = await createAgencyWithRoot(tx, { code: `T-${uniqueSuffix()}`, name });
    await insertDefaultCalendar(tx, agency.id);
    return { agencyId: agency.id, root: root as UnitRef };
  });
}

export async function createUnit(
  db: Db,
  parent: UnitRef,
  input: { name: string; kind?: 'department' | 'office' | 'party_committee' | 'party_cell'; code?: string },
) {
  return db.transaction(
    async (tx) =>
      (await insertChildUnit(tx, parent, { kind: input.kind ?? 'department', code: input.code ?? `U-${uniqueSuffix()}`, name: input.name })) as UnitRef,
  );
}

export interface PersonOptions {
  fullName?: string;
  position?: string;
  category?: 'cadre' | 'civil_servant' | 'worker';
  isPartyMember?: boolean;
  email?: string | null;
  manages?: 'head' | 'deputy';
}

export async function createPerson(db: Db, unit: UnitRef, options: PersonOptions = {}) {
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    const values = personValues({
      fullName: options.fullName ?? `Nguyễn Văn ${uniqueSuffix()}`,
      position: options.position ?? 'Chuyên viên',
      category: options.category ?? 'civil_servant',
      isPartyMember: options.isPartyMember ?? false,
      email: options.email ?? null,
    });
    await insertPeople(tx, [{ id, agencyId: unit.agencyId, unitId: unit.id, unitPath: unit.path, ...values }]);
    if (options.manages === 'head') await replaceManagers(tx, unit.agencyId, unit.id, id, []);
    if (options.manages === 'deputy') await replaceManagers(tx, unit.agencyId, unit.id, null, [id]);
  });
  return { id, unitId: unit.id, agencyId: unit.agencyId };
}

/** A person in `unit` with a login account holding `roles`. */
export async function createUser(db: Db, unit: UnitRef, roles: Role[], options: PersonOptions = {}) {
  const person = await createPerson(db, unit, options);
  const username = `u-${uniqueSuffix()}`;
  const [account] = await db.transaction((tx) =>
    createAccounts(tx, [{ agencyId: unit.agencyId, personId: person.id, username, displayName: options.fullName ?? username, password: TEST_PASSWORD, roles }]),
  );
  return { ...person, userId: account.id, username };
}
