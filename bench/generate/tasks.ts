import type { taskEvents, tasks } from '../../server/db/schema/index.js';
import { daysBetween, startOfLocalDay } from '../../server/platform/calendar/dates.js';
import { foldForSearch } from '../../server/platform/search-text.js';
import { stateColumns } from '../../server/modules/work/work.state.js';
import { outcomeOf } from '../../server/modules/work/work.state.js';
import { differences } from '../../server/modules/work/work.state.js';
import { computeSignals, withEscalation } from '../../server/modules/work/work.signals.js';
import { newTaskState, type TaskState } from '../../server/modules/work/work.state.js';
import type { FastCalendar } from './calendar.js';
import type { Org } from './org.js';
import type { Random } from './random.js';
import { PROGRESS_NOTES, TITLE_OBJECTS, TITLE_PERIODS, TITLE_TOPICS, TITLE_VERBS } from './scales.js';

export type Plan = 'assigned' | 'in_progress' | 'submitted' | 'completed_on_time' | 'completed_late' | 'cancelled';
export type TaskInsert = typeof tasks.$inferInsert;
export type EventInsert = typeof taskEvents.$inferInsert;
export interface GeneratedTask {
  row: TaskInsert;
  events: EventInsert[];
  /** Person indexes that handed the task on, and those who received it. */
  transfersAway: number[];
  transfersReceived: number[];
}
export interface TaskContext {
  random: Random;
  org: Org;
  calendar: FastCalendar;
  now: Date;
  today: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST_START = '2023-01-03';

/** What became of a task, by how long ago it was due: old work is mostly done, recent work mostly open. */
function planFor(random: Random, dueAgo: number): Plan {
  if (dueAgo <= 0) return random.weighted({ assigned: 18, in_progress: 55, submitted: 12, completed_on_time: 12, cancelled: 3 });
  if (dueAgo <= 45) return random.weighted({ completed_on_time: 45, completed_late: 20, submitted: 8, in_progress: 17, assigned: 4, cancelled: 6 });
  if (dueAgo <= 365) return random.weighted({ completed_on_time: 78, completed_late: 16, cancelled: 3, in_progress: 2, submitted: 0.7, assigned: 0.3 });
  return random.weighted({ completed_on_time: 80, completed_late: 16.5, cancelled: 3, in_progress: 0.4, submitted: 0.1 });
}

const between = (random: Random, from: number, to: number) => (to <= from ? from : from + Math.floor(random.next() * (to - from)));

export interface TaskShape {
  owner: number;
  plan?: Plan;
  /** Days before today the task started (default: any day since 2023). */
  startedDaysAgo?: [number, number];
  workingDays?: [number, number];
}

/** One task with its history, walked through the same state changes the commands make. */
export function makeTask(ctx: TaskContext, shape: TaskShape): GeneratedTask {
  const { random, org, calendar, now, today } = ctx;
  const nowMs = now.getTime() - 60_000;
  const people = org.people;
  const unitIndex = people[shape.owner].unit;
  const unit = org.units[unitIndex];
  const isHead = unit.members[0] === shape.owner;
  const parent = unit.parent === null ? null : org.units[unit.parent];
  const assigner = isHead ? (parent?.members[0] ?? shape.owner) : unit.members[0];

  const span = shape.startedDaysAgo ?? [1, daysBetween(FIRST_START, today)];
  const startDate = calendar.addWorkingDays(calendar.dayAt(today, -random.int(span[0], span[1])), 0);
  const [minDays, maxDays] = shape.workingDays ?? [3, 40];
  const originalDue = calendar.addWorkingDays(startDate, random.int(minDays, maxDays));
  const newDues: string[] = [];
  const extensions = shape.plan ? 0 : Number(random.weighted({ 0: 90, 1: 8, 2: 2 }));
  for (let i = 0, due = originalDue; i < extensions; i++) newDues.push((due = calendar.addWorkingDays(due, random.int(5, 10))));
  const finalDue = newDues[newDues.length - 1] ?? originalDue;
  const dueEnd = startOfLocalDay(finalDue, 1).getTime();
  let plan = shape.plan ?? planFor(random, daysBetween(finalDue, today));
  if (plan === 'completed_late' && dueEnd >= nowMs) plan = 'completed_on_time';
  // Extensions are granted on accepted work only.
  if (plan === 'assigned' && newDues.length > 0) plan = 'in_progress';

  const others = unit.members.filter((m) => m !== shape.owner);
  const transfers = plan === 'assigned' || isHead || others.length === 0 ? 0 : Number(random.weighted({ 0: 92.5, 1: 6, 2: 1.5 }));
  // A chain of earlier owners, each handing the task to the next, the last to the owner.
  const previousOwners: number[] = [];
  for (let i = 0; i < transfers; i++) {
    const candidates = others.filter((m) => m !== previousOwners[0]);
    previousOwners.unshift(random.pick(candidates.length > 0 ? candidates : others));
  }
  const assignedAt = Math.min(startOfLocalDay(startDate).getTime() + 8 * HOUR + random.int(0, 8 * HOUR), nowMs - 2 * HOUR);
  const topic = random.pick(TITLE_TOPICS);
  const title = `${random.pick(TITLE_VERBS)} ${random.pick(TITLE_OBJECTS)} về ${topic} ${random.pick(TITLE_PERIODS)} ${startDate.slice(0, 4)}`;

  const firstOwner = previousOwners[0] ?? shape.owner;
  let state: TaskState = newTaskState({
    ownerId: people[firstOwner].id,
    assignerId: people[assigner].id,
    unitId: unit.id,
    startDate,
    dueDate: originalDue,
    assignedAt: new Date(assignedAt),
  });
  const events: EventInsert[] = [];
  const actor = (person: number) => ({ actorPersonId: people[person].id, actorName: people[person].fullName });
  const base = { agencyId: org.agencyId };
  events.push({
    ...base,
    taskId: '',
    occurredAt: new Date(assignedAt),
    ...actor(assigner),
    kind: 'task.assigned',
    reason: null,
    before: {},
    after: { status: state.status, ownerId: state.ownerId, dueDate: originalDue, title },
  });
  const step = (kind: string, at: number, person: number, reason: string | null, change: Partial<TaskState>) => {
    const next = { ...state, ...change };
    events.push({ ...base, taskId: '', occurredAt: new Date(at), ...actor(person), kind, reason, ...differences(state, next) });
    state = next;
  };

  // Times of the story, in order: acceptance, work, submission, close.
  const closeBy = Math.min(plan === 'completed_late' ? dueEnd + random.int(1, 20) * DAY : dueEnd - HOUR, nowMs);
  const acceptedAt = between(random, assignedAt + HOUR, Math.min(assignedAt + 2 * DAY, (assignedAt + closeBy) / 2));
  const submittedAt = plan === 'completed_late' ? between(random, Math.max(dueEnd, acceptedAt + HOUR), closeBy) : between(random, acceptedAt + HOUR, closeBy);
  const completedAt = Math.min(submittedAt + random.int(HOUR, 3 * DAY), nowMs);

  if (plan !== 'assigned') {
    previousOwners.forEach((from, i) => {
      const to = previousOwners[i + 1] ?? shape.owner;
      const at = assignedAt + ((i + 1) * (acceptedAt - assignedAt)) / (transfers + 1);
      step('task.transferred', at, to, 'Không phù hợp chuyên môn', {
        status: 'in_progress',
        inProgressSince: new Date(at),
        ownerId: people[to].id,
        acceptedAt: new Date(at),
        openRequest: null,
        transferCount: state.transferCount + 1,
      });
    });
    if (transfers === 0 && state.status === 'assigned')
      step('task.accepted', acceptedAt, shape.owner, null, { status: 'in_progress', inProgressSince: new Date(acceptedAt), acceptedAt: new Date(acceptedAt) });
    newDues.forEach((due, i) =>
      step('task.extension_approved', acceptedAt + ((i + 1) * (submittedAt - acceptedAt)) / (newDues.length + 2), assigner, null, {
        dueDate: due,
        extensionCount: state.extensionCount + 1,
      }),
    );
  }
  const isDone = plan === 'submitted' || plan === 'completed_on_time' || plan === 'completed_late';
  const progressEvents = plan === 'in_progress' ? random.int(0, 2) : isDone ? random.int(0, 1) : 0;
  const workEnd = plan === 'in_progress' ? nowMs : submittedAt;
  for (let i = 1; i <= progressEvents; i++) {
    const at = acceptedAt + (i * (workEnd - acceptedAt)) / (progressEvents + 1);
    step('task.progress_reported', at, shape.owner, random.pick(PROGRESS_NOTES), {
      progressPercent: Math.min(90, 10 * random.int(1, 9)),
      lastProgressAt: new Date(at),
    });
  }
  if (plan === 'in_progress' && random.chance(0.08)) {
    const at = between(random, Math.max(acceptedAt, nowMs - 5 * DAY), nowMs);
    const request = {
      kind: 'extension' as const,
      openedAt: new Date(at),
      newDueDate: calendar.addWorkingDays(state.dueDate < today ? today : state.dueDate, 10),
      reason: 'Cần thêm thời gian lấy ý kiến',
    };
    step('task.extension_requested', at, shape.owner, request.reason, { openRequest: request });
  }
  if ((plan === 'completed_on_time' || plan === 'completed_late') && random.chance(0.03)) {
    const [first, back] = [submittedAt - (submittedAt - acceptedAt) / 3, submittedAt - (submittedAt - acceptedAt) / 6];
    step('task.submitted', first, shape.owner, 'Trình dự thảo', { status: 'submitted', submittedAt: new Date(first), progressPercent: 100, openRequest: null });
    step('task.returned_for_rework', back, assigner, 'Đề nghị bổ sung số liệu', {
      status: 'in_progress',
      inProgressSince: new Date(back),
      submittedAt: null,
      returnCount: state.returnCount + 1,
    });
  }
  if (isDone)
    step('task.submitted', submittedAt, shape.owner, 'Đã hoàn thành, trình lãnh đạo', {
      status: 'submitted',
      submittedAt: new Date(submittedAt),
      progressPercent: 100,
      openRequest: null,
    });
  if (plan === 'completed_on_time' || plan === 'completed_late') {
    step('task.result_accepted', completedAt, assigner, null, {
      status: 'completed',
      completedAt: new Date(completedAt),
      grade: random.pick([3, 4, 4, 4, 5, 5] as const),
    });
  }
  if (plan === 'cancelled')
    step('task.cancelled', between(random, acceptedAt + HOUR, closeBy), assigner, 'Không còn phù hợp', { status: 'cancelled', openRequest: null });

  const context = { instant: now, today };
  const signals = withEscalation(computeSignals(state, calendar, context), today, calendar);
  const columns = stateColumns(state, signals, outcomeOf(state, now));
  const id = random.uuid();
  for (const event of events) event.taskId = id;
  const last = events[events.length - 1].occurredAt;
  return {
    row: {
      id,
      agencyId: org.agencyId,
      unitId: unit.id,
      unitPath: unit.path,
      title,
      searchText: foldForSearch(title),
      description: `Thực hiện theo chỉ đạo của lãnh đạo về ${topic}.`,
      expectedOutput: 'Báo cáo kết quả bằng văn bản',
      priority: random.weighted({ low: 10, normal: 70, high: 15, urgent: 5 }),
      sourceKind: 'ad_hoc',
      assignerId: people[assigner].id,
      startDate,
      assignedAt: new Date(assignedAt),
      ...columns,
      version: events.length,
      createdAt: new Date(assignedAt),
      updatedAt: last,
    },
    events,
    transfersAway: previousOwners,
    transfersReceived: [...previousOwners.slice(1), ...(transfers > 0 ? [shape.owner] : [])],
  };
}
