import { createProcedure, decideVersion, getRun, getVersion, promiseRun, startRun, syncRun } from '../../modules/procedures/index.js';
import { runCommand } from '../../modules/work/index.js';
import { localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import { addWorkingHours } from '../../platform/calendar/working-days.js';
import type { Db } from '../client.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';
import { DEMO_PROCEDURES, DEMO_SUBJECTS, type DemoProcedure } from './demo-procedures-content.js';
import { seededRandom } from './demo-names.js';

const MINUTE = 60_000;

/** How long each step of a demo run takes against its limit; > 1 is late. The last runs stay open. */
const RUN_PLANS: { startDaysAgo: number; factors: number[] }[] = [
  { startDaysAgo: 30, factors: [0.5, 0.7, 0.6, 0.8, 0.5] },
  { startDaysAgo: 22, factors: [1.6, 1.3, 0.9, 1.5, 1.2] },
  { startDaysAgo: 12, factors: [0.8, 6, 1, 1, 1] },
  { startDaysAgo: 2, factors: [0.7, 0.9, 0.8, 0.9, 0.9] },
];

/**
 * Văn phòng and each Ban get a published procedure (Văn phòng two), and each procedure a handful of
 * runs driven through the same services as real use: on time, late, in progress, waiting past the
 * limit with a promised date; so the radar, the slips and the matrix show true data on first start.
 */
export async function seedDemoProcedures(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { clock, deps, actor } = demoWorkContext(db, now, usernamePrefix);
  const usernameOf = new Map(seeded.members.map((m) => [m.personId, m.username.slice(usernamePrefix.length)]));
  const person = (key: string) => seeded.personIdByKey.get(key)!;
  const actorOf = (personId: string) => actor(usernameOf.get(personId)!);
  const calendar = await deps.calendars.get(seeded.agencyId);
  const random = seededRandom(2403);
  let today = localDateOf(now);
  for (let i = 0; i < 35; i++) today = calendar.previousWorkingDay(today);
  const earliest = today;
  let runs = 0;
  for (const procedure of DEMO_PROCEDURES) {
    clock.set(startOfLocalDay(earliest, 0));
    clock.advanceMs(8.5 * 60 * MINUTE);
    const head = await actor(usernameOf.get(person(procedure.headKey))!);
    const unitId = seeded.unitIdByCode.get(procedure.unitCode)!;
    const { versionId } = await createProcedure(deps, head, contentOf(procedure, unitId, person));
    await decideVersion(deps, head, versionId, 'submit', '');
    const leader = await actor('lanhdao');
    for (const action of ['approve', 'publish'] as const) await decideVersion(deps, leader, versionId, action, '');
    const staff = seeded.members.filter((m) => m.unitCode === procedure.unitCode && !m.isManager);
    for (const [index, plan] of RUN_PLANS.entries()) {
      const subject = DEMO_SUBJECTS[procedure.code][index % DEMO_SUBJECTS[procedure.code].length];
      let day = localDateOf(now);
      for (let i = 0; i < plan.startDaysAgo; i++) day = calendar.previousWorkingDay(day);
      if (!calendar.isWorkingDay(day)) day = calendar.previousWorkingDay(day);
      const startAt = new Date(startOfLocalDay(day).getTime() + (8.5 + random() * 2) * 60 * MINUTE);
      if (startAt >= now) continue;
      clock.set(startAt);
      const starter = await actorOf(staff[index % staff.length].personId);
      const nobody = procedure.steps.flatMap((s, position) => (s.person ? [] : [position]));
      const version = await getVersion(deps, starter, versionId);
      const people = nobody.map((position) => ({ stepId: version.steps[position].id, personId: staff[0].personId }));
      const runId = await startRun(deps, starter, versionId, {
        subjectTitle: subject,
        reference: `${procedure.code.split('/')[0]}-${String(runs + 1).padStart(3, '0')}/${localDateOf(startAt).slice(0, 4)}`,
        documentId: null,
        people,
      });
      runs += 1;
      await driveRun(runId, plan.factors);
      if (plan.startDaysAgo === 12) {
        clock.set(new Date(now.getTime() - 60 * MINUTE));
        const run = await getRun(deps, starter, runId);
        if (run.state === 'running' && run.dueDate < localDateOf(now)) {
          await promiseRun(deps, starter, runId, {
            promisedDate: calendar.addWorkingDays(localDateOf(now), 5),
            reason: 'Chờ cơ quan liên quan cung cấp thông tin, tài liệu',
          });
        }
      }
    }
  }
  return { procedures: DEMO_PROCEDURES.length, runs };

  /** Moves a run through its steps, each taking `factor` × its limit, until it reaches the present. */
  async function driveRun(runId: string, factors: number[]) {
    const leader = await actor('lanhdao');
    const chairman = await actorOf(person('chairman'));
    for (let round = 0; round < 12; round++) {
      const run = await getRun(deps, leader, runId);
      const open = run.steps.filter((step) => step.state === 'open' && step.taskId && step.holder && step.receivedAt);
      if (run.state !== 'running' || open.length === 0) return;
      let moved = false;
      for (const step of open) {
        const receivedAt = new Date(step.receivedAt!);
        const finishAt = addWorkingHours(calendar, receivedAt, step.limitHours * (factors[step.position - 1] ?? 1));
        if (finishAt.getTime() > now.getTime() - 30 * MINUTE) continue;
        const owner = await actorOf(step.holder!.id);
        clock.set(new Date(receivedAt.getTime() + 5 * MINUTE));
        if (step.taskStatus === 'assigned') await runCommand(deps, owner, step.taskId!, { name: 'accept' });
        clock.set(new Date(finishAt.getTime() - 5 * MINUTE));
        await runCommand(deps, owner, step.taskId!, { name: 'submit', note: 'Đã hoàn thành, chuyển bước sau' });
        clock.set(finishAt);
        // The Vice-Chair deputises for the whole agency, so accepts any step's result but her own.
        const reviewer = owner.personId === leader.personId ? chairman : leader;
        await runCommand(deps, reviewer, step.taskId!, { name: 'acceptResult', grade: 4 });
        await syncRun(deps, reviewer, runId);
        moved = true;
      }
      if (!moved) return;
    }
  }
}

function contentOf(procedure: DemoProcedure, unitId: string, person: (key: string) => string) {
  return {
    unitId,
    code: procedure.code,
    title: procedure.title,
    purpose: procedure.purpose,
    scope: procedure.scope,
    definitions: 'Ủy ban MTTQ: Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội.',
    legalBases: procedure.legalBases.map((label) => ({ documentId: null, label })),
    forms: procedure.forms,
    records: procedure.records,
    revisionNote: '',
    steps: procedure.steps.map(({ person: key, ...step }) => ({
      responsiblePosition: '',
      inputs: '',
      outputs: '',
      needsAcceptance: true,
      isParallel: false,
      ...step,
      unitId,
      defaultPersonId: key ? person(key) : null,
    })),
  };
}
