/** Builders shared by the work rules tests: people, local times, tasks in a given status, valid commands. */
import { addCalendarDays, startOfLocalDay } from '../../platform/calendar/dates.js';
import { defaultWorkingCalendar } from '../../platform/calendar/working-days.js';
import { contextAt, newTaskState, type OpenRequest, type TaskState, type TaskStatus, type WorkCommand, type WorkCommandName } from './work.state.js';

export const calendar = defaultWorkingCalendar();
export const OWNER = 'owner-lan';
export const ASSIGNER = 'assigner-hung';
export const COLLEAGUE = 'colleague-minh';
export const OTHER_COLLEAGUE = 'colleague-thu';

/** A wall-clock time in Vietnam, e.g. at('2023-04-28', '16:30'). */
export function at(day: string, hhmm = '09:00'): Date {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return new Date(startOfLocalDay(day).getTime() + (hours * 60 + minutes) * 60_000);
}
export const on = (day: string, hhmm = '09:00') => contextAt(at(day, hhmm));

/** Assigned Thu 20/04/2023, due Fri 28/04/2023 — the day before the 29/4–3/5 holiday block. */
export const baseTask = (overrides: Partial<TaskState> = {}): TaskState => ({
  ...newTaskState({
    ownerId: OWNER,
    assignerId: ASSIGNER,
    unitId: 'unit-office',
    startDate: '2023-04-20',
    dueDate: '2023-04-28',
    assignedAt: at('2023-04-20'),
  }),
  ...overrides,
});

/** A consistent task in `status`, as the commands would have left it. */
export function taskIn(status: TaskStatus, overrides: Partial<TaskState> = {}): TaskState {
  const accepted = { acceptedAt: at('2023-04-21'), inProgressSince: at('2023-04-21') };
  const byStatus: Record<TaskStatus, Partial<TaskState>> = {
    assigned: {},
    in_progress: accepted,
    submitted: { ...accepted, submittedAt: at('2023-04-27'), progressPercent: 100 },
    completed: { ...accepted, submittedAt: at('2023-04-27'), completedAt: at('2023-04-28'), progressPercent: 100, grade: 4 },
    cancelled: accepted,
  };
  return baseTask({ ...byStatus[status], status, ...overrides });
}

export const requests = {
  difficulty: {
    kind: 'difficulty',
    openedAt: at('2023-04-24'),
    description: 'Thiếu số liệu của các phường',
    proposal: 'Đề nghị Văn phòng tổng hợp số liệu',
    proposedDueDate: '2023-05-05',
  },
  transferRequested: {
    kind: 'transfer',
    stage: 'requested',
    openedAt: at('2023-04-24'),
    reasonCode: 'wrong_unit',
    reason: 'Việc thuộc Ban Tuyên giáo',
    proposedOwnerId: null,
  },
  transferApproved: {
    kind: 'transfer',
    stage: 'approved',
    openedAt: at('2023-04-24'),
    reasonCode: 'workload',
    reason: 'Đang chủ trì hội nghị',
    proposedOwnerId: COLLEAGUE,
  },
  extension: { kind: 'extension', openedAt: at('2023-04-24'), newDueDate: '2023-05-05', reason: 'Chờ ý kiến các đơn vị' },
} satisfies Record<string, OpenRequest>;

/** A well-formed command of each kind for `task`: refusals then come from the rules, never from bad input. */
export function validCommand(name: WorkCommandName, task: TaskState, today: string, newOwnerId = COLLEAGUE): WorkCommand {
  const laterDate = addCalendarDays(task.dueDate > today ? task.dueDate : today, 7);
  switch (name) {
    case 'accept':
      return { name };
    case 'raiseDifficulty':
      return { name, description: 'Chưa có số liệu', proposal: 'Đề nghị lùi hạn một tuần', proposedDueDate: laterDate };
    case 'decideDifficulty':
      return { name, decision: 'approve_proposal', reason: 'Đồng ý đề xuất' };
    case 'reportProgress':
      return { name, percent: 60, note: 'Đã xong dự thảo' };
    case 'submit':
      return { name, note: 'Đã gửi báo cáo' };
    case 'acceptResult':
      return { name, grade: 4 };
    case 'returnForRework':
    case 'cancel':
    case 'rejectTransfer':
      return { name, reason: 'Chưa đạt yêu cầu' };
    case 'reopen':
      return { name, reason: 'Tiếp tục thực hiện', newDueDate: laterDate };
    case 'requestTransfer':
      return { name, reasonCode: 'workload', reason: 'Quá tải', newOwnerId };
    case 'approveTransfer':
      return { name, newOwnerId };
    case 'respondToTransfer':
      return { name, response: 'accept' };
    case 'requestExtension':
      return { name, newDueDate: laterDate, reason: 'Chờ số liệu' };
    case 'decideExtension':
      return { name, decision: 'approve', reason: '' };
    case 'comment':
      return { name, text: 'Đề nghị khẩn trương' };
    case 'extend':
      return { name, newDueDate: laterDate, reason: 'Chờ ý kiến cấp trên' };
  }
}
