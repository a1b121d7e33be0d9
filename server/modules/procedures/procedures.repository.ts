import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { people, procedureRuns, procedureRunSteps, procedures, procedureSteps, procedureVersions, units, users } from '../../db/schema/index.js';

export type ProcedureRow = typeof procedures.$inferSelect;
export type VersionRow = typeof procedureVersions.$inferSelect;
export type StepRow = typeof procedureSteps.$inferSelect;
export type RunRow = typeof procedureRuns.$inferSelect;
export type RunStepRow = typeof procedureRunSteps.$inferSelect;

export async function findProcedure(db: Db | Tx, agencyId: string, id: string): Promise<ProcedureRow | undefined> {
  const [row] = await db
    .select()
    .from(procedures)
    .where(and(eq(procedures.agencyId, agencyId), eq(procedures.id, id)));
  return row;
}

export async function isCodeTaken(db: Db | Tx, agencyId: string, code: string): Promise<boolean> {
  const rows = await db
    .select({ id: procedures.id })
    .from(procedures)
    .where(and(eq(procedures.agencyId, agencyId), sql`lower(${procedures.code}) = lower(${code})`));
  return rows.length > 0;
}

export async function insertProcedure(tx: Tx, row: typeof procedures.$inferInsert) {
  await tx.insert(procedures).values(row);
}

export async function updateProcedure(tx: Tx, id: string, values: Partial<typeof procedures.$inferInsert>) {
  await tx.update(procedures).set(values).where(eq(procedures.id, id));
}

export async function findVersion(db: Db | Tx, agencyId: string, id: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.agencyId, agencyId), eq(procedureVersions.id, id)));
  return row;
}

/** Locks the version row: two approvals or an edit racing a submission are decided one after the other. */
export async function lockVersion(tx: Tx, agencyId: string, id: string): Promise<VersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.agencyId, agencyId), eq(procedureVersions.id, id)))
    .for('update');
  return row;
}

export async function versionsOf(db: Db | Tx, procedureId: string): Promise<VersionRow[]> {
  return db.select().from(procedureVersions).where(eq(procedureVersions.procedureId, procedureId)).orderBy(desc(procedureVersions.edition));
}

export async function insertVersion(tx: Tx, row: typeof procedureVersions.$inferInsert) {
  await tx.insert(procedureVersions).values(row);
}

export async function updateVersion(tx: Tx, id: string, values: Partial<typeof procedureVersions.$inferInsert>) {
  await tx.update(procedureVersions).set(values).where(eq(procedureVersions.id, id));
}

export async function replaceSteps(tx: Tx, versionId: string, rows: (typeof procedureSteps.$inferInsert)[]) {
  await tx.delete(procedureSteps).where(eq(procedureSteps.versionId, versionId));
  if (rows.length > 0) await tx.insert(procedureSteps).values(rows);
}

export type StepWithNames = StepRow & { unitName: string; personName: string | null; personStatus: 'active' | 'left' | null };

export async function stepsOf(db: Db | Tx, versionIds: string[]): Promise<StepWithNames[]> {
  if (versionIds.length === 0) return [];
  const rows = await db
    .select({ step: procedureSteps, unitName: units.name, personName: people.fullName, personStatus: people.status })
    .from(procedureSteps)
    .innerJoin(units, eq(units.id, procedureSteps.unitId))
    .leftJoin(people, eq(people.id, procedureSteps.defaultPersonId))
    .where(inArray(procedureSteps.versionId, versionIds))
    .orderBy(asc(procedureSteps.versionId), asc(procedureSteps.position));
  return rows.map((r) => ({ ...r.step, unitName: r.unitName, personName: r.personName, personStatus: r.personStatus }));
}

export async function insertRun(tx: Tx, run: typeof procedureRuns.$inferInsert, steps: (typeof procedureRunSteps.$inferInsert)[]) {
  await tx.insert(procedureRuns).values(run);
  await tx.insert(procedureRunSteps).values(steps);
}

export async function findRun(db: Db | Tx, agencyId: string, id: string): Promise<RunRow | undefined> {
  const [row] = await db
    .select()
    .from(procedureRuns)
    .where(and(eq(procedureRuns.agencyId, agencyId), eq(procedureRuns.id, id)));
  return row;
}

export async function lockRun(tx: Tx, agencyId: string, id: string): Promise<RunRow | undefined> {
  const [row] = await tx
    .select()
    .from(procedureRuns)
    .where(and(eq(procedureRuns.agencyId, agencyId), eq(procedureRuns.id, id)))
    .for('update');
  return row;
}

export async function updateRun(tx: Tx, id: string, values: Partial<typeof procedureRuns.$inferInsert>) {
  await tx.update(procedureRuns).set(values).where(eq(procedureRuns.id, id));
}

export async function runStepsOf(db: Db | Tx, runId: string): Promise<RunStepRow[]> {
  return db.select().from(procedureRunSteps).where(eq(procedureRunSteps.runId, runId)).orderBy(asc(procedureRunSteps.position));
}

export async function findRunStep(db: Db | Tx, agencyId: string, id: string): Promise<RunStepRow | undefined> {
  const [row] = await db
    .select()
    .from(procedureRunSteps)
    .where(and(eq(procedureRunSteps.agencyId, agencyId), eq(procedureRunSteps.id, id)));
  return row;
}

export async function updateRunStep(tx: Tx, id: string, values: Partial<typeof procedureRunSteps.$inferInsert>) {
  await tx.update(procedureRunSteps).set(values).where(eq(procedureRunSteps.id, id));
}

/** Links a new task to a waiting step; false when another request opened the step first. */
export async function claimRunStep(tx: Tx, id: string, values: { taskId: string; receivedAt: Date; dueDate: string }): Promise<boolean> {
  const rows = await tx
    .update(procedureRunSteps)
    .set({ ...values, state: 'open' })
    .where(and(eq(procedureRunSteps.id, id), eq(procedureRunSteps.state, 'waiting'), sql`${procedureRunSteps.taskId} is null`))
    .returning({ id: procedureRunSteps.id });
  return rows.length === 1;
}

/**
 * Running runs that may have stalled between two commands: a step waits while none is open (and
 * none was cancelled), or a step is open whose task has since ended or been submitted.
 * The caller checks the tasks of the open steps through the work module.
 */
export async function runsToRepair(db: Db | Tx, agencyId: string) {
  const stalled = await db
    .select({ id: procedureRuns.id })
    .from(procedureRuns)
    .where(
      and(
        eq(procedureRuns.agencyId, agencyId),
        eq(procedureRuns.state, 'running'),
        sql`exists (select 1 from procedure_run_steps s where s.run_id = ${procedureRuns.id} and s.state = 'waiting')`,
        sql`not exists (select 1 from procedure_run_steps s where s.run_id = ${procedureRuns.id} and s.state in ('open', 'cancelled'))`,
      ),
    );
  const open = await db
    .select({ id: procedureRunSteps.id, runId: procedureRunSteps.runId })
    .from(procedureRunSteps)
    .innerJoin(procedureRuns, eq(procedureRuns.id, procedureRunSteps.runId))
    .where(and(eq(procedureRunSteps.agencyId, agencyId), eq(procedureRunSteps.state, 'open'), eq(procedureRuns.state, 'running')));
  return { stalledRunIds: stalled.map((r) => r.id), openSteps: open };
}

/** The username of a person's active account, to act for them in a job. */
export async function activeUsernameOf(db: Db | Tx, personId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.personId, personId), eq(users.isActive, true)));
  return row?.username;
}
