import type { Role } from '../../../contracts/auth.js';
import type { Db, Tx } from '../client.js';
import { createAccounts } from '../../modules/auth/index.js';
import { createAgencyWithRoot, insertPeople, insertChildUnit, personValues, replaceManagers } from '../../modules/org/index.js';
import { recordAudit } from '../../platform/audit.js';
import { systemActor } from '../../platform/actor.js';
import { insertDefaultCalendar } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';
import { fictionalName, seededRandom } from './demo-names.js';
import { DEMO_AGENCY, DEMO_LOGINS, DEMO_PASSWORD, DEMO_UNITS, NAMED_PEOPLE, type DemoPerson } from './demo-org.js';

export interface DemoLogin {
  username: string;
  password: string;
  description: string;
}

/** Every demo person can log in; the named logins above are the ones the README shows. */
export interface DemoMember {
  username: string;
  personId: string;
  unitCode: string;
  isHead: boolean;
  /** Heads and deputies anywhere: they decide on others' work, so demo histories do not give them staff tasks. */
  isManager: boolean;
}

export interface SeededAgency {
  members: DemoMember[];
  agencyId: string;
  unitIdByCode: Map<string, string>;
  personIdByKey: Map<string, string>;
  logins: DemoLogin[];
}

const GENERATED_POSITIONS: { position: string; category: DemoPerson['category'] }[] = [
  { position: 'Chuyên viên', category: 'civil_servant' },
  { position: 'Chuyên viên chính', category: 'civil_servant' },
  { position: 'Chuyên viên', category: 'civil_servant' },
  { position: 'Cán sự', category: 'civil_servant' },
  { position: 'Văn thư', category: 'worker' },
  { position: 'Nhân viên hợp đồng', category: 'worker' },
];
const STANDING_MEMBER = { position: 'Ủy viên Ban Thường trực', category: 'cadre' as const };

/** Lets tests load a second demo agency beside the first: codes and usernames are unique. */
export interface SeedOptions {
  agencyCode?: string;
  usernamePrefix?: string;
}

/** Loads the demo agency (units, ~60 fictional people, managers, logins, calendar) in one transaction. */
export async function seedDemoAgency(db: Db, clock: Clock, options: SeedOptions = {}): Promise<SeededAgency> {
  const prefix = options.usernamePrefix ?? '';
  return db.transaction(async (tx) => {
    const { agency, root } = await createAgencyWithRoot(tx, { ...DEMO_AGENCY, code: options.agencyCode ?? DEMO_AGENCY.code });
    const agencyId = agency.id;
    const units = await insertUnits(tx, agencyId, root);
    const people = await insertDemoPeople(tx, agencyId, units);
    await assignManagers(tx, agencyId, units, people);
    await insertDefaultCalendar(tx, agencyId);
    const members = demoMembers(people, prefix);
    await createAccounts(
      tx,
      members.map((member) => ({
        agencyId,
        personId: member.personId,
        username: member.username,
        displayName: member.fullName,
        password: DEMO_PASSWORD,
        roles: member.roles,
      })),
    );
    await recordAudit(tx, {
      agencyId,
      actor: systemActor,
      action: 'agency.seeded',
      subjectType: 'agency',
      subjectId: agencyId,
      change: { units: units.size, people: people.size, logins: DEMO_LOGINS.map((login) => prefix + login.username) },
      occurredAt: clock.now(),
    });
    const logins = DEMO_LOGINS.map(({ username, description }) => ({ username: prefix + username, password: DEMO_PASSWORD, description }));
    return {
      members,
      agencyId,
      unitIdByCode: new Map([...units].map(([code, unit]) => [code, unit.id])),
      personIdByKey: new Map([...people].map(([key, person]) => [key, person.id])),
      logins,
    };
  });
}

type UnitRef = { id: string; path: string; depth: number };

async function insertUnits(tx: Tx, agencyId: string, root: UnitRef) {
  const units = new Map<string, UnitRef>([[DEMO_AGENCY.code, root]]);
  for (const [index, unit] of DEMO_UNITS.entries()) {
    const parent = units.get(unit.parentCode!)!;
    units.set(unit.code, await insertChildUnit(tx, { ...parent, agencyId }, { ...unit, sortOrder: index }));
  }
  return units;
}

async function insertDemoPeople(tx: Tx, agencyId: string, units: Map<string, UnitRef>) {
  const random = seededRandom(24_2023);
  const rows: DemoPerson[] = [...NAMED_PEOPLE];
  for (const unit of DEMO_UNITS) {
    for (let n = 1; n <= unit.staff; n++) {
      const { position, category } = unit.code === 'LD' ? STANDING_MEMBER : GENERATED_POSITIONS[Math.floor(random() * GENERATED_POSITIONS.length)];
      rows.push({ key: `${unit.code}-${n}`, fullName: fictionalName(random), unitCode: unit.code, position, category, isPartyMember: random() < 0.6 });
    }
  }
  const keyed = rows.map((person, index) => {
    const unit = units.get(person.unitCode)!;
    const email = `${emailLocalPart(person.key)}@mttq-demo.vn`;
    const phone = `0912 ${String(100_000 + index * 137).padStart(6, '0')}`;
    return {
      key: person.key,
      unitCode: person.unitCode,
      row: { id: crypto.randomUUID(), agencyId, unitId: unit.id, unitPath: unit.path, ...personValues({ ...person, email, phone }) },
    };
  });
  await insertPeople(
    tx,
    keyed.map(({ row }) => row),
  );
  return new Map(keyed.map(({ key, row, unitCode }) => [key, { id: row.id, fullName: row.fullName, unitCode }]));
}

async function assignManagers(tx: Tx, agencyId: string, units: Map<string, UnitRef>, people: Map<string, { id: string }>) {
  const byUnit = new Map<string, { head: string | null; deputies: string[] }>();
  for (const person of NAMED_PEOPLE) {
    for (const { unitCode, role } of person.manages ?? []) {
      const entry = byUnit.get(unitCode) ?? { head: null, deputies: [] };
      if (role === 'head') entry.head = people.get(person.key)!.id;
      else entry.deputies.push(people.get(person.key)!.id);
      byUnit.set(unitCode, entry);
    }
  }
  for (const [unitCode, { head, deputies }] of byUnit) await replaceManagers(tx, agencyId, units.get(unitCode)!.id, head, deputies);
}

/** Named logins keep their usernames; everyone else logs in with their e-mail's local part. */
function demoMembers(people: Map<string, { id: string; fullName: string; unitCode: string }>, prefix: string) {
  const loginOf = new Map(DEMO_LOGINS.map((login) => [login.personKey, login]));
  const heads = new Set(NAMED_PEOPLE.filter((p) => p.manages?.some((m) => m.role === 'head')).map((p) => p.key));
  const managers = new Set(NAMED_PEOPLE.filter((p) => p.manages?.length).map((p) => p.key));
  return [...people].map(([key, person]) => {
    const login = loginOf.get(key);
    const isHead = heads.has(key);
    const roles: Role[] = login?.roles ?? (key === 'chairman' ? ['leader', 'staff'] : isHead ? ['unit_head', 'staff'] : ['staff']);
    return {
      username: prefix + (login?.username ?? emailLocalPart(key)),
      personId: person.id,
      fullName: person.fullName,
      unitCode: person.unitCode,
      isHead,
      isManager: managers.has(key),
      roles,
    };
  });
}

const emailLocalPart = (key: string) => key.toLowerCase().replace(/[^a-z0-9]+/g, '.');
