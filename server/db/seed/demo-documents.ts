import type { CreateTaskBody } from '../../../contracts/work.js';
import { addTarget, createDocument, createPlan } from '../../modules/documents/index.js';
import { createTask, runCommand, type WorkCommand } from '../../modules/work/index.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import type { FileStore } from '../../platform/files.js';
import type { Db } from '../client.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';
import { attachDemoText } from './demo-document-files.js';
import { DIRECTIVE_BODY, PLAN_BODY } from './demo-document-texts.js';

/** Chỉ thị 24-CT/TU as docs/shared BRIEF §1 records it (07/8/2023, Ban Thường vụ Thành ủy Hà Nội). */
const DIRECTIVE = {
  kind: 'directive' as const,
  number: '24-CT/TU',
  title: 'Về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội',
  summary:
    'Yêu cầu các cấp ủy, tổ chức đảng quán triệt Chỉ thị và 25 biểu hiện vi phạm kỷ cương, kỷ luật, trách nhiệm giải quyết công việc (Phụ lục), xây dựng kế hoạch thực hiện của từng cơ quan, đơn vị.',
  issuingBody: 'Ban Thường vụ Thành ủy Hà Nội',
  issueDate: '2023-08-07',
  signer: 'Đinh Tiến Dũng',
};

/**
 * The agency's own plan (the number is fictional), issued after the Party Committee meeting of
 * 02/11/2023 that disseminated the directive; its targets follow what that meeting asked for.
 */
const PLAN = {
  number: '12-KH/ĐU',
  title: 'Kế hoạch thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc',
  summary: '',
  issuingBody: 'Đảng ủy Cơ quan Ủy ban MTTQ Việt Nam thành phố Hà Nội',
  issueDate: '2023-11-10',
  signer: 'Nguyễn Quốc Bảo',
  objectives:
    'Quán triệt Chỉ thị và 25 biểu hiện đến toàn thể cán bộ, đảng viên, người lao động; không né tránh, đùn đẩy trách nhiệm; mỗi Ban, Văn phòng xây dựng quy trình công việc, cá thể hóa trách nhiệm từng người; rà soát chương trình, kế hoạch công tác; kịp thời đánh giá chỉ tiêu, nhiệm vụ.',
};

/** `as` and `assigner` are demo logins; `owner` and `accountable` are person keys. */
type Step = { as: string; daysAgo: number; command: WorkCommand };
interface DemoTarget {
  metric: string;
  unitOfMeasure: string;
  targetValue: number;
  reachedValue: number;
  unit: string;
  accountable: string;
  tasks: { assigner: string; owner: string; unit: string; title: string; expectedOutput: string; startedDaysAgo: number; dueInDays: number; steps: Step[] }[];
}

const accept = (as: string, daysAgo: number): Step => ({ as, daysAgo, command: { name: 'accept' } });
const submit = (as: string, daysAgo: number, note: string): Step => ({ as, daysAgo, command: { name: 'submit', note } });
const approve = (as: string, daysAgo: number, grade: 1 | 2 | 3 | 4 | 5): Step => ({ as, daysAgo, command: { name: 'acceptResult', grade } });

const TARGETS: DemoTarget[] = [
  {
    metric: 'Cán bộ, đảng viên, người lao động được quán triệt Chỉ thị 24-CT/TU và 25 biểu hiện',
    unitOfMeasure: '%',
    targetValue: 100,
    reachedValue: 100,
    unit: 'DU',
    accountable: 'vice2',
    tasks: [
      {
        assigner: 'lanhdao',
        owner: 'office_head',
        unit: 'VP',
        title: 'Quán triệt Chỉ thị 24-CT/TU cho cán bộ mới tuyển dụng trong năm',
        expectedOutput: 'Buổi quán triệt, danh sách cán bộ mới đã xác nhận trên hệ thống',
        startedDaysAgo: 40,
        dueInDays: -30,
        steps: [accept('office.head', 40), submit('office.head', 32, 'Đã quán triệt, 100% cán bộ mới xác nhận'), approve('lanhdao', 31, 5)],
      },
    ],
  },
  {
    metric: 'Các Ban, Văn phòng ban hành quy trình công việc, cá thể hóa trách nhiệm từng người',
    unitOfMeasure: 'quy trình',
    targetValue: 6,
    reachedValue: 2,
    unit: 'VP',
    accountable: 'office_head',
    tasks: [
      {
        assigner: 'lanhdao',
        owner: 'staff1',
        unit: 'BTG',
        title: 'Xây dựng quy trình công việc của Ban Tuyên giáo, rõ người, rõ việc, rõ thời hạn',
        expectedOutput: 'Quy trình được Trưởng ban ký ban hành',
        startedDaysAgo: 20,
        dueInDays: 5,
        steps: [
          accept('canbo1', 19),
          { as: 'canbo1', daysAgo: 3, command: { name: 'reportProgress', percent: 60, note: 'Đã xong dự thảo, đang lấy ý kiến các đồng chí trong Ban' } },
        ],
      },
      {
        assigner: 'lanhdao',
        owner: 'office_head',
        unit: 'VP',
        title: 'Xây dựng quy trình tiếp nhận, xử lý văn bản của Văn phòng',
        expectedOutput: 'Quy trình ban hành',
        startedDaysAgo: 25,
        dueInDays: -4,
        steps: [accept('office.head', 24)],
      },
    ],
  },
  {
    metric: 'Ban rà soát, điều chỉnh chương trình công tác năm theo Chỉ thị',
    unitOfMeasure: 'Ban',
    targetValue: 5,
    reachedValue: 3,
    unit: 'BTG',
    accountable: 'propaganda_head',
    tasks: [
      {
        assigner: 'truongban',
        owner: 'staff2',
        unit: 'BTG',
        title: 'Rà soát chương trình công tác năm của Ban Tuyên giáo theo Chỉ thị 24-CT/TU',
        expectedOutput: 'Chương trình công tác điều chỉnh',
        startedDaysAgo: 18,
        dueInDays: -8,
        steps: [accept('canbo2', 18), submit('canbo2', 6, 'Nộp chậm do chờ ý kiến các Ban'), approve('truongban', 5, 3)],
      },
    ],
  },
  {
    metric: 'Cán bộ, công chức ký cam kết không vi phạm 25 biểu hiện',
    unitOfMeasure: 'người',
    targetValue: 60,
    reachedValue: 48,
    unit: 'BTCKT',
    accountable: 'org_head',
    tasks: [
      {
        assigner: 'lanhdao',
        owner: 'inspector',
        unit: 'BTCKT',
        title: 'Kiểm tra việc ký cam kết và thực hiện cam kết tại các Ban',
        expectedOutput: 'Báo cáo kết quả kiểm tra',
        startedDaysAgo: 5,
        dueInDays: 15,
        steps: [],
      },
    ],
  },
];

/**
 * Registers the directive (on its arrival in 2023) and the agency's plan (on its issue date), each
 * with a readable file, then this year's targets of the plan and their linked tasks placed around
 * today, all through the modules' own services.
 */
export async function seedDemoDocuments(db: Db, now: Date, seeded: SeededAgency, files: FileStore, usernamePrefix = '') {
  const { clock, deps: base, actor } = demoWorkContext(db, now, usernamePrefix);
  const deps = { ...base, files };
  const today = localDateOf(now);
  const atDaysAgo = (days: number, hour: number) => new Date(startOfLocalDay(addCalendarDays(today, -days)).getTime() + hour * 3_600_000);
  const office = await actor('lanhdao');
  clock.set(new Date('2023-08-10T09:00:00+07:00'));
  const directiveId = await createDocument(deps, office, DIRECTIVE);
  await attachDemoText(deps, office, directiveId, { ...DIRECTIVE, body: DIRECTIVE_BODY });
  clock.set(new Date('2023-11-10T15:00:00+07:00'));
  const { objectives, ...planDocument } = PLAN;
  const planId = await createPlan(deps, office, {
    ...planDocument,
    objectives,
    implementsDocumentId: directiveId,
    unitId: seeded.unitIdByCode.get('MTTQ-HN')!,
  });
  await attachDemoText(deps, office, planId, { ...planDocument, body: PLAN_BODY(objectives) });
  const deadline = `${today.slice(0, 4)}-12-31`;
  for (const target of TARGETS) {
    clock.set(atDaysAgo(60, 9));
    const targetId = await addTarget(deps, office, planId, {
      metric: target.metric,
      unitOfMeasure: target.unitOfMeasure,
      targetValue: target.targetValue,
      reachedValue: target.reachedValue,
      deadline,
      unitId: seeded.unitIdByCode.get(target.unit)!,
      accountablePersonId: seeded.personIdByKey.get(target.accountable)!,
    });
    for (const demo of target.tasks) {
      clock.set(atDaysAgo(demo.startedDaysAgo, 8));
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
        due: { kind: 'date', dueDate: addCalendarDays(today, demo.dueInDays) },
        source: { kind: 'plan_target', id: targetId },
      };
      // The seed made the target a moment ago: the source needs no second check.
      const taskId = await createTask(deps, await actor(demo.assigner), body, { isSourceVerified: true });
      for (const step of demo.steps) {
        clock.set(atDaysAgo(step.daysAgo, 10));
        await runCommand(deps, await actor(step.as), taskId, step.command);
      }
    }
  }
  return { directiveId, planId };
}
