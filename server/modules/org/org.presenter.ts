import type { Person, Unit } from '../../../contracts/org.js';
import type { Actor } from '../../platform/actor.js';
import { canManageOrganisation, canSeePartyMembership } from './org.policy.js';
import type { PersonListRow } from './org.people.repository.js';
import type { UnitRow } from './org.units.repository.js';

export function presentPerson(actor: Actor, row: PersonListRow): Person {
  const canManage = canManageOrganisation(actor);
  return {
    id: row.id,
    fullName: row.fullName,
    position: row.position,
    category: row.category,
    unit: { id: row.unitId, name: row.unitName },
    email: row.email,
    phone: row.phone,
    status: row.status,
    leftOn: row.leftOn,
    birthDate: row.birthDate,
    isPartyMember: canSeePartyMembership(actor, row) ? row.isPartyMember : null,
    managerRole: row.managerRole,
    hasAccount: row.hasAccount,
    abilities: { edit: canManage, move: canManage && row.status === 'active', deactivate: canManage && row.status === 'active' },
  };
}

interface ManagerRow {
  unitId: string;
  role: 'head' | 'deputy';
  personId: string;
  fullName: string;
}

export function presentUnits(actor: Actor, rows: UnitRow[], managers: ManagerRow[]): Unit[] {
  const canManage = canManageOrganisation(actor);
  return rows.map((row) => {
    const own = managers.filter((m) => m.unitId === row.id);
    const head = own.find((m) => m.role === 'head');
    return {
      id: row.id,
      parentId: row.parentId,
      kind: row.kind,
      code: row.code,
      name: row.name,
      depth: row.depth,
      isActive: row.isActive,
      head: head ? { id: head.personId, fullName: head.fullName } : null,
      deputies: own.filter((m) => m.role === 'deputy').map((m) => ({ id: m.personId, fullName: m.fullName })),
      abilities: { edit: canManage, deactivate: canManage && row.isActive && row.parentId !== null },
    };
  });
}
