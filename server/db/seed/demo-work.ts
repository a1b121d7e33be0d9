import type { CreateTaskBody } from '../../../contracts/work.js';
import { createTask, runCommand, type WorkCommand } from '../../modules/work/index.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import type { Db } from '../client.js';
import { demoWorkContext } from './demo-context.js';
import type { SeededAgency } from './demo-agency.js';

type Step = { as: string; daysAgo: number; command: WorkCommand | ((people: Map<string, string>) => WorkCommand) };
interface DemoTask {
  assigner: string;
  owner: string;
  unit: string;
  title: string;
  expectedOutput: string;
  startedDaysAgo: number;
  /** Due date relative to today, in calendar days (negative: already past). */
  dueInDays: number;
  steps: Step[];
}

const accept = (as: string, daysAgo: number): Step => ({ as, daysAgo, command: { name: 'accept' } });

/**
 * Demo tasks of Ban Tuyên giáo and the leadership, placed relative to today so every state a
 * user should recognise is on screen: due soon, overdue, awaiting acceptance or a decision,
 * transferred, extended, completed on time and late.
 */
const DEMO_TASKS: DemoTask[] = [
  {
    assigner: 'truongban',
    owner: 'staff1',
    unit: 'BTG',
    title: 'Xây dựng quy trình tiếp nhận, xử lý văn bản đến của Ban Tuyên giáo',
    expectedOutput: 'Dự thảo quy trình, sơ đồ các bước và người chịu trách nhiệm từng bước',
    startedDaysAgo: 12,
    dueInDays: 7,
    steps: [
      accept('canbo1', 11),
      { as: 'canbo1', daysAgo: 4, command: { name: 'reportProgress', percent: 40, note: 'Đã khảo sát các bước hiện hành, đang dự thảo sơ đồ' } },
    ],
  },
  {
    assigner: 'truongban',
    owner: 'staff2',
    unit: 'BTG',
    title: 'Tổng hợp kết quả tự kiểm tra 25 biểu hiện của cán bộ trong Ban',
    expectedOutput: 'Báo cáo tổng hợp, danh sách cán bộ chưa nộp phiếu tự kiểm tra',
    startedDaysAgo: 14,
    dueInDays: -2,
    steps: [accept('canbo2', 13)],
  },
  {
    assigner: 'truongban',
    owner: 'staff1',
    unit: 'BTG',
    title: 'Chuẩn bị đề cương tuyên truyền 25 biểu hiện vi phạm kỷ cương',
    expectedOutput: 'Đề cương tuyên truyền',
    startedDaysAgo: 3,
    dueInDays: 1,
    steps: [],
  },
  {
    assigner: 'truongban',
    owner: 'editor',
    unit: 'BTG',
    title: 'Đưa tin Hội nghị giao ban công tác tuyên giáo quý lên trang thông tin',
    expectedOutput: 'Bài viết và ảnh hội nghị',
    startedDaysAgo: 20,
    dueInDays: -15,
    steps: [
      accept('bientap', 20),
      { as: 'bientap', daysAgo: 18, command: { name: 'submit', note: 'Đã đăng bài, kèm đường dẫn' } },
      { as: 'truongban', daysAgo: 17, command: { name: 'acceptResult', grade: 5, note: 'Kịp thời, đầy đủ' } },
    ],
  },
  {
    assigner: 'truongban',
    owner: 'staff2',
    unit: 'BTG',
    title: 'Báo cáo quý về thực hiện Chỉ thị 24-CT/TU của Ban Tuyên giáo',
    expectedOutput: 'Báo cáo trình Thường trực',
    startedDaysAgo: 10,
    dueInDays: 10,
    steps: [
      accept('canbo2', 10),
      {
        as: 'canbo2',
        daysAgo: 8,
        command: { name: 'requestTransfer', reasonCode: 'workload', reason: 'Đang chủ trì tổng hợp quán triệt, đề nghị giao đồng chí khác' },
      },
      { as: 'truongban', daysAgo: 7, command: (people) => ({ name: 'approveTransfer', newOwnerId: people.get('staff1')! }) },
      { as: 'canbo1', daysAgo: 7, command: { name: 'respondToTransfer', response: 'accept' } },
    ],
  },
  {
    assigner: 'lanhdao',
    owner: 'propaganda_head',
    unit: 'BTG',
    title: 'Rà soát chương trình công tác năm của Ban Tuyên giáo',
    expectedOutput: 'Chương trình công tác đã rà soát, điều chỉnh',
    startedDaysAgo: 9,
    dueInDays: 6,
    steps: [
      accept('truongban', 9),
      {
        as: 'truongban',
        daysAgo: 2,
        command: {
          name: 'raiseDifficulty',
          description: 'Chưa có ý kiến của các Ban liên quan về các nội dung phối hợp',
          proposal: 'Đề nghị Văn phòng tổ chức họp liên Ban trong tuần, Ban Tuyên giáo chuẩn bị nội dung',
        },
      },
    ],
  },
  {
    assigner: 'truongban',
    owner: 'staff1',
    unit: 'BTG',
    title: 'Cập nhật danh mục tài liệu sinh hoạt chi bộ',
    expectedOutput: 'Danh mục tài liệu cập nhật',
    startedDaysAgo: 15,
    dueInDays: 3,
    steps: [
      accept('canbo1', 15),
      { as: 'canbo1', daysAgo: 9, command: { name: 'requestExtension', newDueDate: 'due+3', reason: 'Chờ Ban Tuyên giáo Thành ủy ban hành tài liệu mới' } },
      { as: 'truongban', daysAgo: 8, command: { name: 'decideExtension', decision: 'approve', reason: 'Đồng ý' } },
      { as: 'canbo1', daysAgo: 1, command: { name: 'submit', note: 'Đã cập nhật theo tài liệu mới' } },
    ],
  },
  {
    assigner: 'lanhdao',
    owner: 'inspector',
    unit: 'BTCKT',
    title: 'Kiểm tra việc thực hiện quy chế làm việc tại Văn phòng',
    expectedOutput: 'Báo cáo kết quả kiểm tra, kiến nghị',
    startedDaysAgo: 6,
    dueInDays: 12,
    steps: [accept('thanhtra', 6), { as: 'thanhtra', daysAgo: 1, command: { name: 'reportProgress', percent: 30, note: 'Đã làm việc với Chánh Văn phòng' } }],
  },
  {
    assigner: 'truongban',
    owner: 'staff2',
    unit: 'BTG',
    title: 'Tổng hợp dư luận xã hội tháng',
    expectedOutput: 'Báo cáo dư luận xã hội',
    startedDaysAgo: 25,
    dueInDays: -12,
    steps: [
      accept('canbo2', 24),
      { as: 'canbo2', daysAgo: 10, command: { name: 'submit', note: 'Nộp chậm do chờ số liệu' } },
      { as: 'truongban', daysAgo: 9, command: { name: 'acceptResult', grade: 3 } },
    ],
  },
  {
    assigner: 'lanhdao',
    owner: 'propaganda_head',
    unit: 'BTG',
    title: 'Xây dựng kế hoạch thực hiện Chỉ thị 24-CT/TU của Ban Tuyên giáo',
    expectedOutput: 'Kế hoạch được phê duyệt',
    startedDaysAgo: 30,
    dueInDays: -20,
    steps: [
      accept('truongban', 30),
      { as: 'truongban', daysAgo: 22, command: { name: 'submit', note: 'Trình dự thảo kế hoạch' } },
      { as: 'lanhdao', daysAgo: 21, command: { name: 'acceptResult', grade: 4 } },
    ],
  },
];

/** Creates the demo tasks through the work module itself, so events, counters and audit are real. */
export async function seedDemoWork(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { clock, deps, actor } = demoWorkContext(db, now, usernamePrefix);
  const today = localDateOf(now);
  const atDaysAgo = (days: number, hour = 9) => new Date(startOfLocalDay(addCalendarDays(today, -days)).getTime() + hour * 3_600_000);
  for (const demo of DEMO_TASKS) {
    clock.set(atDaysAgo(demo.startedDaysAgo, 8));
    const dueDate = addCalendarDays(today, demo.dueInDays);
    const body: CreateTaskBody = {
      title: demo.title,
      description: '',
      expectedOutput: demo.expectedOutput,
      unitId: seeded.unitIdByCode.get(demo.unit)!,
      ownerId: seeded.personIdByKey.get(demo.owner)!,
      collaboratorIds: [],
      collaboratorUnitIds: [],
      priority: 'normal',
      startDate: addCalendarDays(today, -demo.startedDaysAgo),
      due: { kind: 'date', dueDate },
      source: { kind: 'ad_hoc' },
    };
    const taskId = await createTask(deps, await actor(demo.assigner), body);
    for (const step of demo.steps) {
      clock.set(atDaysAgo(step.daysAgo, 10));
      const command = typeof step.command === 'function' ? step.command(seeded.personIdByKey) : step.command;
      const resolved = command.name === 'requestExtension' ? { ...command, newDueDate: addCalendarDays(dueDate, 3) } : command;
      await runCommand(deps, await actor(step.as), taskId, resolved);
    }
  }
}
