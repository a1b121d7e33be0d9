import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Run, runListQuery, SlipLine } from '../../../contracts/procedures.js';
import { queryRows } from '../../db/client.js';
import { type Actor, seesWholeAgency } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { decodeCursor, pageLimit, toPage } from '../../platform/paging.js';
import { findNamed } from '../org/index.js';
import { findSourceTasks } from '../work/index.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { canCancelRun, canPromise } from './procedures.policy.js';
import * as repository from './procedures.repository.js';
import { visibleRun } from './procedures.runs.js';

/** The run with its hand-over slip (phiếu kiểm soát quá trình): each step, who held it, when, time used against its limit. */
export async function getRun(deps: ProceduresDeps, actor: Actor, runId: string): Promise<Run> {
  const { run, runSteps } = await visibleRun(deps, actor, runId);
  const [procedure, version, definitions, tasks] = await Promise.all([
    repository.findProcedure(deps.db, actor.agencyId, run.procedureId),
    repository.findVersion(deps.db, actor.agencyId, run.versionId),
    repository.stepsOf(deps.db, [run.versionId]),
    findSourceTasks(
      deps.db,
      actor.agencyId,
      'procedure_step',
      runSteps.map((s) => s.id),
    ),
  ]);
  const named = [run.startedById, ...runSteps.map((s) => s.personId), ...(run.cancelledById ? [run.cancelledById] : [])];
  const { people, units } = await findNamed(deps.db, actor.agencyId, [run.unitId], named);
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  const taskOf = new Map(tasks.map((t) => [t.sourceId, t]));
  const steps: SlipLine[] = runSteps.map((s) => {
    const task = taskOf.get(s.id);
    const definition = definitions.find((d) => d.id === s.stepId)!;
    return {
      stepId: s.stepId,
      position: s.position,
      name: definition.name,
      state: s.state,
      person: { id: s.personId, fullName: nameOf.get(s.personId) ?? '' },
      holder: task ? { id: task.ownerId, fullName: task.ownerName } : null,
      taskId: s.taskId,
      taskStatus: task?.status ?? null,
      limitHours: s.limitHours,
      dueDate: task?.dueDate ?? s.dueDate,
      receivedAt: s.receivedAt?.toISOString() ?? null,
      handedOverAt: s.handedOverAt?.toISOString() ?? null,
      usedHours: s.usedHours,
      isLate: s.isLate,
    };
  });
  return {
    id: run.id,
    procedure: { id: procedure!.id, code: procedure!.code, title: procedure!.title },
    versionId: run.versionId,
    edition: version!.edition,
    unit: { id: run.unitId, name: units[0]?.name ?? '' },
    subjectTitle: run.subjectTitle,
    reference: run.reference,
    documentId: run.documentId,
    state: run.state,
    startedBy: { id: run.startedById, fullName: nameOf.get(run.startedById) ?? '' },
    startedAt: run.startedAt.toISOString(),
    dueDate: run.dueDate,
    completedAt: run.completedAt?.toISOString() ?? null,
    isOverdue: localDateOf(run.completedAt ?? run.cancelledAt ?? deps.clock.now()) > (run.promisedDate ?? run.dueDate),
    promisedDate: run.promisedDate,
    promiseReason: run.promiseReason,
    promiseCount: run.promiseCount,
    cancellation: run.cancelledAt
      ? {
          at: run.cancelledAt.toISOString(),
          by: run.cancelledById ? { id: run.cancelledById, fullName: nameOf.get(run.cancelledById) ?? '' } : null,
          reason: run.cancelReason ?? '',
        }
      : null,
    steps,
    abilities: { canPromise: run.state === 'running' && canPromise(actor, run), canCancel: run.state === 'running' && canCancelRun(actor, run) },
  };
}

interface RunListRow {
  id: string;
  procedure_id: string;
  code: string;
  title: string;
  version_id: string;
  edition: number;
  unit_id: string;
  unit_name: string;
  subject_title: string;
  reference: string;
  document_id: string | null;
  state: Run['state'];
  started_by_id: string;
  started_by_name: string;
  started_at: string;
  due_date: string;
  completed_at: string | null;
  cancelled_at: string | null;
  promised_date: string | null;
  promise_reason: string | null;
  promise_count: number;
  waiting_at: string | null;
}

/** Runs newest first: all for agency-wide roles, otherwise those of the actor's units and those they started or hold a step of. */
export async function listRuns(deps: ProceduresDeps, actor: Actor, query: z.infer<typeof runListQuery>) {
  const key = decodeCursor(query.cursor, 2) as [string, string] | null;
  const filters = [sql`r.agency_id = ${actor.agencyId}`];
  if (!seesWholeAgency(actor)) {
    const paths = [...actor.managedUnitPaths, ...(actor.unitPath ? [actor.unitPath] : [])];
    const byUnit = paths.map((path) => sql`${path} like r.unit_path || '%'`).concat(paths.map((path) => sql`r.unit_path like ${`${path}%`}`));
    const mine = sql`r.started_by_id = ${actor.personId} or exists (select 1 from procedure_run_steps s where s.run_id = r.id and s.person_id = ${actor.personId})`;
    filters.push(sql`(${sql.join([...byUnit, mine], sql` or `)})`);
  }
  if (query.procedureId) filters.push(sql`r.procedure_id = ${query.procedureId}`);
  if (query.state) filters.push(sql`r.state = ${query.state}`);
  if (key) filters.push(sql`(r.started_at, r.id) < (${key[0]}::timestamptz, ${key[1]}::uuid)`);
  const rows = await queryRows<RunListRow>(
    deps.db,
    sql`select r.id, r.procedure_id, p.code, p.title, r.version_id, v.edition, r.unit_id, u.name as unit_name, r.subject_title, r.reference,
      r.document_id, r.state, r.started_by_id, sp.full_name as started_by_name, r.started_at, r.due_date::text, r.completed_at, r.cancelled_at, r.promised_date::text, r.promise_reason, r.promise_count,
      (select string_agg(st.name, ', ' order by st.position) from procedure_run_steps s join procedure_steps st on st.id = s.step_id where s.run_id = r.id and s.state = 'open') as waiting_at
    from procedure_runs r join procedures p on p.id = r.procedure_id join procedure_versions v on v.id = r.version_id join units u on u.id = r.unit_id join people sp on sp.id = r.started_by_id
    where ${sql.join(filters, sql` and `)} order by r.started_at desc, r.id desc limit ${pageLimit(query.limit)}`,
  );
  const page = toPage(rows, query.limit, (row) => [new Date(row.started_at).toISOString(), row.id]);
  const now = deps.clock.now();
  return {
    items: page.items.map((r) => ({
      id: r.id,
      procedure: { id: r.procedure_id, code: r.code, title: r.title },
      versionId: r.version_id,
      edition: r.edition,
      unit: { id: r.unit_id, name: r.unit_name },
      subjectTitle: r.subject_title,
      reference: r.reference,
      documentId: r.document_id,
      state: r.state,
      startedBy: { id: r.started_by_id, fullName: r.started_by_name },
      startedAt: new Date(r.started_at).toISOString(),
      dueDate: r.due_date,
      completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
      isOverdue: localDateOf(new Date(r.completed_at ?? r.cancelled_at ?? now)) > (r.promised_date ?? r.due_date),
      promisedDate: r.promised_date,
      promiseReason: r.promise_reason,
      promiseCount: r.promise_count,
      waitingAt: r.waiting_at,
    })),
    nextCursor: page.nextCursor,
  };
}
