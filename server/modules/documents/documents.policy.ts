import { type Actor, hasRole } from '../../platform/actor.js';
import { forbidden } from '../../platform/errors.js';

/** Everyone in the agency reads the register; the office that keeps it writes it. */
export const canWriteRegister = (actor: Actor) => hasRole(actor, 'system_admin', 'agency_admin', 'leader', 'editor');

export function requireRegisterWriter(actor: Actor) {
  if (!canWriteRegister(actor)) {
    throw forbidden({
      vi: 'Chỉ văn phòng, lãnh đạo và quản trị cơ quan được cập nhật sổ văn bản',
      en: 'Only the office, leaders and administrators update the register',
    });
  }
}

/** A plan and its targets are written by the register's writers and by the heads of the plan's unit. */
export const canWritePlan = (actor: Actor, planUnitPath: string) =>
  canWriteRegister(actor) || (hasRole(actor, 'unit_head') && actor.managedUnitPaths.some((prefix) => planUnitPath.startsWith(prefix)));

export function requirePlanWriter(actor: Actor, planUnitPath: string) {
  if (!canWritePlan(actor, planUnitPath)) {
    throw forbidden({
      vi: 'Chỉ lãnh đạo, văn phòng hoặc trưởng đơn vị của kế hoạch được cập nhật',
      en: 'Only leaders, the office or the head of the plan’s unit may change it',
    });
  }
}

/** A plan's own document (text, versions, relations) is also written by the heads of the plan's unit. */
export const canWriteDocument = (actor: Actor, planUnitPath: string | null) =>
  planUnitPath === null ? canWriteRegister(actor) : canWritePlan(actor, planUnitPath);
