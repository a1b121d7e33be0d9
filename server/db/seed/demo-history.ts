import { createTask, runCommand, type WorkCommand } from '../../modules/work/index.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import type { Db } from '../client.js';
import { demoWorkContext } from './demo-context.js';
import type { SeededAgency } from './demo-agency.js';
import { seededRandom } from './demo-names.js';

const TITLES = [
  'Rà soát văn bản hướng dẫn',
  'Tổng hợp ý kiến góp ý dự thảo',
  'Chuẩn bị nội dung hội nghị giao ban',
  'Báo cáo tình hình thực hiện nhiệm vụ tháng',
  'Xây dựng kế hoạch giám sát',
  'Trả lời kiến nghị của cử tri',
  'Cập nhật cơ sở dữ liệu cán bộ',
  'Đôn đốc các đơn vị gửi báo cáo',
  'Soạn thảo công văn hướng dẫn',
  'Tổ chức lớp bồi dưỡng nghiệp vụ',
  'Kiểm tra hồ sơ lưu trữ',
  'Tổng hợp phản ánh của Nhân dân',
];
type Scenario = 'on_time' | 'late' | 'transferred' | 'extended' | 'difficulty' | 'returned' | 'open';
const SCENARIOS: [Scenario, number][] = [
  ['on_time', 35],
  ['late', 12],
  ['transferred', 8],
  ['extended', 8],
  ['difficulty', 7],
  ['returned', 5],
  ['open', 25],
];

/**
 * A few hundred tasks over the last four months, assigned by each unit head to their staff, with
 * the histories an agency really has: on time, late, transferred, extended, difficulties, returns.
 * Made through the work module, so every event, counter and audit row is real. Deterministic.
 */
export async function seedDemoHistory(db: Db, now: Date, seeded: SeededAgency, count: number) {
  const random = seededRandom(2411);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const { clock, deps, actor } = demoWorkContext(db, now);
  const calendar = await deps.calendars.get(seeded.agencyId);
  const today = localDateOf(now);
  const teams = [...new Set(seeded.members.map((m) => m.unitCode))]
    .map((unitCode) => ({
      unitCode,
      head: seeded.members.find((m) => m.unitCode === unitCode && m.isHead),
      staff: seeded.members.filter((m) => m.unitCode === unitCode && !m.isManager),
    }))
    .filter((team) => team.head && team.staff.length >= 2);

  for (let n = 0; n < count; n++) {
    const team = teams[n % teams.length];
    const [owner, other] = [pick(team.staff), pick(team.staff)];
    const startDate = calendar.addWorkingDays(addCalendarDays(today, -(7 + Math.floor(random() * 113))), 0);
    let dueDate = calendar.addWorkingDays(startDate, 5 + Math.floor(random() * 10));
    // Work left open is recent work: long-forgotten open tasks would make every unit look negligent.
    const drawn = weighted(random());
    const scenario = drawn === 'open' && dueDate < addCalendarDays(today, -3) ? 'on_time' : drawn;
    let day = startDate;
    const at = (date: string, hour: number) => new Date(startOfLocalDay(date).getTime() + hour * 3_600_000);
    clock.set(at(startDate, 8));
    const taskId = await createTask(deps, await actor(team.head!.username), {
      title: `${pick(TITLES)} (${n + 1})`,
      description: '',
      expectedOutput: 'Văn bản, báo cáo kết quả',
      unitId: seeded.unitIdByCode.get(team.unitCode)!,
      ownerId: owner.personId,
      collaboratorIds: [],
      collaboratorUnitIds: [],
      priority: random() < 0.15 ? 'high' : 'normal',
      startDate,
      due: { kind: 'date', dueDate },
      source: { kind: 'ad_hoc' },
    });
    let currentOwner = owner;
    /** Runs a step a few working days later, unless that day has not come yet. */
    const step = async (username: string, afterDays: number, command: WorkCommand) => {
      const next = calendar.addWorkingDays(day, afterDays);
      if (next > today || (next === today && now.getTime() < at(next, 11).getTime())) return false;
      day = next;
      clock.set(at(day, 9 + Math.floor(random() * 7)));
      await runCommand(deps, await actor(username), taskId, command);
      return true;
    };
    const head = team.head!.username;
    if (!(await step(owner.username, 0, { name: 'accept' }))) continue;
    if (scenario === 'transferred' && other.personId !== owner.personId) {
      if (
        !(await step(owner.username, 1, {
          name: 'requestTransfer',
          reasonCode: pick(['workload', 'expertise', 'absence'] as const),
          reason: 'Đề nghị giao đồng chí khác phụ trách',
        }))
      )
        continue;
      if (!(await step(head, 1, { name: 'approveTransfer', newOwnerId: other.personId }))) continue;
      if (!(await step(other.username, 0, { name: 'respondToTransfer', response: 'accept' }))) continue;
      currentOwner = other;
    }
    if (scenario === 'extended') {
      const newDueDate = addCalendarDays(dueDate, 7);
      if (!(await step(owner.username, 2, { name: 'requestExtension', newDueDate, reason: 'Chờ số liệu của đơn vị phối hợp' }))) continue;
      if (!(await step(head, 1, { name: 'decideExtension', decision: 'approve', reason: 'Đồng ý' }))) continue;
      dueDate = newDueDate;
    }
    if (scenario === 'difficulty') {
      if (
        !(await step(owner.username, 2, {
          name: 'raiseDifficulty',
          description: 'Thiếu thông tin từ đơn vị liên quan',
          proposal: 'Đề nghị lãnh đạo Ban chủ trì buổi làm việc với đơn vị liên quan',
        }))
      )
        continue;
      if (!(await step(head, 1, { name: 'decideDifficulty', decision: 'approve_proposal', reason: 'Đồng ý, Ban sẽ chủ trì làm việc' }))) continue;
    }
    if (!(await step(currentOwner.username, 1, { name: 'reportProgress', percent: 50, note: 'Đã hoàn thành phần lớn nội dung' }))) continue;
    if (scenario === 'open') continue;
    const working = calendar.workingDaysBetween(day, dueDate);
    const toSubmit = scenario === 'late' ? Math.max(1, working + 1 + Math.floor(random() * 3)) : Math.max(0, Math.min(working - 1, 2));
    if (!(await step(currentOwner.username, toSubmit, { name: 'submit', note: 'Trình kết quả' }))) continue;
    if (scenario === 'returned') {
      if (!(await step(head, 1, { name: 'returnForRework', reason: 'Bổ sung số liệu so sánh cùng kỳ' }))) continue;
      if (!(await step(currentOwner.username, 1, { name: 'submit', note: 'Đã bổ sung theo yêu cầu' }))) continue;
    }
    await step(head, 1, {
      name: 'acceptResult',
      grade: (scenario === 'late' ? 2 + Math.floor(random() * 2) : 3 + Math.floor(random() * 3)) as 1 | 2 | 3 | 4 | 5,
    });
  }
}

function weighted(value: number): Scenario {
  const total = SCENARIOS.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = value * total;
  for (const [scenario, weight] of SCENARIOS) if ((threshold -= weight) < 0) return scenario;
  return 'open';
}
