import { sql } from 'drizzle-orm';
import type { Matrix, MyResponsibility } from '../../../contracts/procedures.js';
import { queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, notFound, validationError } from '../../platform/errors.js';
import { targetsInSubtree, targetsOwnedBy } from '../documents/index.js';
import { findPeople, findUnit, peopleInSubtree } from '../org/index.js';
import { personResponsibility } from '../work/index.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { canSeeMatrix } from './procedures.policy.js';

type NamedStep = MyResponsibility['steps'][number];

/** "Trách nhiệm của tôi": the steps I am named for, what I hold now, my targets, my open tasks by outcome, my transfers away and extensions. */
export async function getMyResponsibility(deps: ProceduresDeps, actor: Actor): Promise<MyResponsibility> {
  const personId = actor.personId;
  if (!personId) throw forbidden({ vi: 'Tài khoản chưa gắn với cán bộ nào', en: 'This account is not linked to a person' });
  const [steps, holding, targets, work, [me]] = await Promise.all([
    queryRows<Record<string, unknown>>(
      deps.db,
      sql`select p.id as procedure_id, p.code, p.title, v.id as version_id, v.edition, s.id as step_id, s.position, s.name, s.limit_value, s.limit_unit
      from procedure_steps s join procedures p on p.published_version_id = s.version_id join procedure_versions v on v.id = s.version_id
      where s.agency_id = ${actor.agencyId} and s.default_person_id = ${personId} order by p.code, s.position limit 200`,
    ),
    queryRows<Record<string, unknown>>(
      deps.db,
      sql`select r.id as run_id, p.code, r.subject_title, rs.position, st.name, rs.task_id, rs.due_date::text
      from procedure_run_steps rs join procedure_runs r on r.id = rs.run_id join procedures p on p.id = r.procedure_id join procedure_steps st on st.id = rs.step_id
      where rs.agency_id = ${actor.agencyId} and rs.person_id = ${personId} and rs.state = 'open' order by rs.due_date, rs.id limit 200`,
    ),
    targetsOwnedBy(deps.db, actor.agencyId, [personId]),
    personResponsibility(deps.db, actor.agencyId, personId),
    findPeople(deps.db, actor.agencyId, [personId]),
  ]);
  const today = localDateOf(deps.clock.now());
  const items = work.openTasks.map((t) => ({
    id: t.id,
    title: t.title,
    status: t.status,
    dueDate: t.dueDate,
    outcome: t.status === 'submitted' ? ('awaiting_acceptance' as const) : t.dueDate < today ? ('overdue' as const) : ('in_time' as const),
  }));
  const count = (outcome: string) => items.filter((i) => i.outcome === outcome).length;
  return {
    person: { id: personId, fullName: me?.fullName ?? actor.displayName },
    steps: steps.map(
      (r) =>
        ({
          procedureId: r.procedure_id,
          code: r.code,
          title: r.title,
          versionId: r.version_id,
          edition: Number(r.edition),
          stepId: r.step_id,
          position: Number(r.position),
          name: r.name,
          limitValue: Number(r.limit_value),
          limitUnit: r.limit_unit,
        }) as NamedStep,
    ),
    holding: holding.map((r) => ({
      runId: r.run_id as string,
      code: r.code as string,
      subjectTitle: r.subject_title as string,
      position: Number(r.position),
      name: r.name as string,
      taskId: (r.task_id as string) ?? null,
      dueDate: (r.due_date as string) ?? null,
    })),
    targets: targets.map(({ accountablePersonId: _owner, unitId: _unit, ...t }) => t),
    tasks: { inTime: count('in_time'), overdue: count('overdue'), awaitingAcceptance: count('awaiting_acceptance'), items },
    transfersAway: work.transfersAway,
    extensions: work.extensions,
  };
}

/** A unit's responsibility matrix: its people against the steps of its published procedures and its plan targets. */
export async function getMatrix(deps: ProceduresDeps, actor: Actor, unitId: string): Promise<Matrix> {
  const unit = await findUnit(deps.db, actor.agencyId, unitId);
  if (!unit) throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  if (!canSeeMatrix(actor, unit.path))
    throw forbidden({ vi: 'Chỉ trưởng đơn vị và lãnh đạo xem ma trận trách nhiệm', en: 'Only unit heads and leaders see the responsibility matrix' });
  const [people, steps, targets] = await Promise.all([
    peopleInSubtree(deps.db, actor.agencyId, unit.path),
    queryRows<{ id: string; code: string; position: number; name: string; person_id: string | null; person_name: string | null; person_status: string | null }>(
      deps.db,
      sql`
      select s.id, p.code, s.position, s.name, s.default_person_id as person_id, pe.full_name as person_name, pe.status as person_status
      from procedures p join procedure_steps s on s.version_id = p.published_version_id left join people pe on pe.id = s.default_person_id
      where p.agency_id = ${actor.agencyId} and p.unit_path like ${`${unit.path}%`} order by p.code, s.position limit 1000`,
    ),
    targetsInSubtree(deps.db, actor.agencyId, unit.path),
  ]);
  if (people.length === 0 && steps.length === 0 && targets.length === 0)
    throw validationError([{ field: 'unitId', message: { vi: 'Đơn vị chưa có cán bộ', en: 'The unit has no people' } }]);
  const inUnit = new Map(people.map((p) => [p.id, p]));
  const targetOwners = new Map((await findPeople(deps.db, actor.agencyId, [...new Set(targets.map((t) => t.accountablePersonId))])).map((p) => [p.id, p]));
  const flagOf = (personId: string | null, status: string | null | undefined): Matrix['items'][number]['flag'] =>
    !personId ? 'no_person' : status !== 'active' ? 'person_left' : inUnit.has(personId) ? null : 'outside_unit';
  return {
    unit: { id: unit.id, name: unit.name },
    people: people.map((p) => ({ id: p.id, fullName: p.fullName, position: p.position, hasLeft: p.status !== 'active' })),
    items: [
      ...steps.map((s) => ({
        kind: 'step' as const,
        id: s.id,
        group: s.code,
        label: `${s.position}. ${s.name}`,
        personId: s.person_id,
        personName: s.person_name,
        flag: flagOf(s.person_id, s.person_status),
      })),
      ...targets.map((t) => {
        const owner = targetOwners.get(t.accountablePersonId);
        return {
          kind: 'target' as const,
          id: t.id,
          group: t.planNumber ?? t.planTitle,
          label: t.metric,
          personId: t.accountablePersonId,
          personName: owner?.fullName ?? null,
          flag: flagOf(t.accountablePersonId, owner?.status),
        };
      }),
    ],
  };
}
