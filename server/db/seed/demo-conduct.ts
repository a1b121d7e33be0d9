import { computeSuggestions, runCaseCommand, openCase, type CaseCommand } from '../../modules/conduct/index.js';
import { createTask, runCommand } from '../../modules/work/index.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import type { Db } from '../client.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';

type Step = { as: string; daysAgo: number; command: CaseCommand | ((today: string) => CaseCommand) };

/**
 * A few fictional conduct cases in different states, run through the conduct module itself (events,
 * audit and deadlines are real), then suggestions computed from the demo work history.
 */
export async function seedDemoConduct(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { clock, deps, actor } = demoWorkContext(db, now, usernamePrefix);
  const today = localDateOf(now);
  const day = (daysAgo: number) => addCalendarDays(today, -daysAgo);
  const at = (daysAgo: number, hour = 9) => new Date(startOfLocalDay(day(daysAgo)).getTime() + hour * 3_600_000);
  const person = (key: string) => seeded.personIdByKey.get(key)!;
  const movementStaff = seeded.members.find((member) => member.unitCode === 'BPT' && !member.isManager)!;
  const demos: { openedDaysAgo: number; body: Parameters<typeof openCase>[2]; steps: Step[] }[] = [
    {
      openedDaysAgo: 9,
      body: {
        subject: { kind: 'person', personId: person('staff1') },
        title: 'Chậm trễ xử lý văn bản đến, để quá hạn không báo cáo',
        description: 'Qua theo dõi trên hệ thống, 02 văn bản đến giao xử lý quá hạn trên 10 ngày làm việc mà không báo cáo khó khăn.',
        items: [{ catalog: 'related', code: 'R.TRE_HAN' }],
        source: 'supervisor',
        detectedOn: day(9),
        violationOn: day(30),
      },
      steps: [
        { as: 'thanhtra', daysAgo: 8, command: { name: 'verify', note: 'Đối chiếu sổ theo dõi văn bản đến và lịch sử xử lý trên hệ thống.' } },
        {
          as: 'thanhtra',
          daysAgo: 2,
          command: { name: 'requestExplanation', workingDays: 5, questions: 'Đề nghị đồng chí giải trình lý do chậm xử lý và không báo cáo khó khăn.' },
        },
      ],
    },
    {
      openedDaysAgo: 40,
      body: {
        subject: { kind: 'person', personId: person('staff2') },
        title: 'Vắng họp giao ban không có lý do',
        description: 'Vắng 02 buổi giao ban tuần của Ban không báo cáo lãnh đạo Ban.',
        items: [{ catalog: 'related', code: 'R.VAN_HOA_HOP' }],
        source: 'inspection',
        detectedOn: day(40),
        violationOn: day(45),
      },
      steps: [
        { as: 'thanhtra', daysAgo: 39, command: { name: 'verify', note: 'Đối chiếu sổ giao ban.' } },
        { as: 'thanhtra', daysAgo: 38, command: { name: 'requestExplanation', workingDays: 5, questions: 'Đề nghị giải trình lý do vắng họp.' } },
        {
          as: 'canbo2',
          daysAgo: 35,
          command: { name: 'submitExplanation', explanation: 'Tôi đi cơ sở theo phân công nhưng chưa báo cáo kịp thời, xin nhận khuyết điểm.' },
        },
        {
          as: 'thanhtra',
          daysAgo: 30,
          command: {
            name: 'conclude',
            isViolationConfirmed: true,
            severity: 'less_serious',
            conclusion: 'Có vi phạm văn hóa hội họp, mức độ ít nghiêm trọng, đã nhận khuyết điểm.',
          },
        },
        {
          as: 'lanhdao',
          daysAgo: 28,
          command: (t) => ({ name: 'decideMeasure', kind: 'criticism', decisionOn: addCalendarDays(t, -28), note: 'Phê bình trước Ban' }),
        },
        { as: 'thanhtra', daysAgo: 27, command: (t) => ({ name: 'notify', notifiedOn: addCalendarDays(t, -27), note: '' }) },
      ],
    },
    {
      openedDaysAgo: 5,
      body: {
        subject: { kind: 'person', personId: movementStaff.personId },
        title: 'Phản ánh: yêu cầu bổ sung giấy tờ ngoài quy định',
        description: 'Người dân phản ánh bị yêu cầu bổ sung giấy tờ không có trong thành phần hồ sơ.',
        items: [{ catalog: 'related', code: 'R.KEO_DAI' }],
        source: 'public_report',
        sourceReference: 'DEMO-PA-0001',
        reporter: { name: 'Người phản ánh (hư cấu)', contact: '0900 000 000', isAnonymous: false },
        confidentiality: 'confidential',
        detectedOn: day(5),
      },
      steps: [],
    },
    {
      openedDaysAgo: 15,
      body: {
        subject: { kind: 'unit', unitId: seeded.unitIdByCode.get('CB-BPT')! },
        subjectCategory: 'party_organisation',
        title: 'Chậm tổ chức kiểm điểm, khắc phục khuyết điểm sau đánh giá',
        description: 'Sau kiểm điểm cuối năm, chi bộ chưa xây dựng kế hoạch khắc phục các khuyết điểm đã chỉ ra.',
        items: [{ catalog: 'directive', code: 'N1.03' }],
        source: 'inspection',
        detectedOn: day(15),
        violationOn: day(60),
      },
      steps: [{ as: 'thanhtra', daysAgo: 14, command: { name: 'verify', note: 'Làm việc với cấp ủy chi bộ.' } }],
    },
    {
      openedDaysAgo: 20,
      body: {
        subject: { kind: 'person', personId: person('editor') },
        subjectCategory: 'public_employee',
        title: 'Phản ánh không đeo thẻ khi làm nhiệm vụ',
        description: 'Thông tin chưa đủ căn cứ xác định người vi phạm.',
        items: [{ catalog: 'related', code: 'R.THE_CONG_CHUC' }],
        source: 'signal',
        detectedOn: day(20),
      },
      steps: [{ as: 'thanhtra', daysAgo: 18, command: { name: 'dismiss', reason: 'Không đủ căn cứ xác định vi phạm.' } }],
    },
  ];
  for (const demo of demos) {
    clock.set(at(demo.openedDaysAgo, 8));
    const { id } = await openCase(deps, await actor('thanhtra'), demo.body);
    for (const step of demo.steps) {
      clock.set(at(step.daysAgo, 10));
      await runCaseCommand(deps, await actor(step.as), id, typeof step.command === 'function' ? step.command(today) : step.command);
    }
  }
  await seedNeglectedWork(seeded, { clock, deps, actor, at, day, usernamePrefix });
  clock.set(now);
  return computeSuggestions(deps, seeded.agencyId);
}

type DemoContext = ReturnType<typeof demoWorkContext> & {
  at: (daysAgo: number, hour?: number) => Date;
  day: (daysAgo: number) => string;
  usernamePrefix: string;
};

/**
 * Work left to lapse, made through the work module, so the suggestions have real facts behind them:
 * a task a month past due with no report, and a difficulty with a proposal its head never decided.
 */
async function seedNeglectedWork(seeded: SeededAgency, context: DemoContext) {
  const { clock, deps, actor, at, day, usernamePrefix } = context;
  const loginOf = (personId: string) => seeded.members.find((member) => member.personId === personId)!.username.slice(usernamePrefix.length);
  const staffOf = (unitCode: string) => seeded.members.filter((member) => member.unitCode === unitCode && !member.isManager);
  const tasks = [
    {
      unit: 'BPT',
      head: 'movement_head',
      owner: staffOf('BPT')[1],
      title: 'Tổng hợp kết quả cuộc vận động tháng',
      startedDaysAgo: 50,
      dueDaysAgo: 35,
      difficultyDaysAgo: null,
    },
    {
      unit: 'BDCPL',
      head: 'law_head',
      owner: staffOf('BDCPL')[0],
      title: 'Dự thảo báo cáo giám sát việc giải quyết kiến nghị cử tri',
      startedDaysAgo: 30,
      dueDaysAgo: -20,
      difficultyDaysAgo: 14,
    },
  ];
  for (const task of tasks) {
    const headLogin = loginOf(seeded.personIdByKey.get(task.head)!);
    const ownerLogin = loginOf(task.owner.personId);
    clock.set(at(task.startedDaysAgo, 8));
    const taskId = await createTask(deps, await actor(headLogin), {
      title: task.title,
      description: '',
      expectedOutput: 'Báo cáo trình lãnh đạo Ban',
      unitId: seeded.unitIdByCode.get(task.unit)!,
      ownerId: task.owner.personId,
      collaboratorIds: [],
      collaboratorUnitIds: [],
      priority: 'normal',
      startDate: day(task.startedDaysAgo),
      due: { kind: 'date', dueDate: day(task.dueDaysAgo) },
      source: { kind: 'ad_hoc' },
    });
    clock.set(at(task.startedDaysAgo - 1, 9));
    await runCommand(deps, await actor(ownerLogin), taskId, { name: 'accept' });
    if (task.difficultyDaysAgo !== null) {
      clock.set(at(task.difficultyDaysAgo, 10));
      await runCommand(deps, await actor(ownerLogin), taskId, {
        name: 'raiseDifficulty',
        description: 'Ba quận chưa gửi số liệu dù đã đôn đốc hai lần',
        proposal: 'Đề nghị Trưởng ban ký công văn đôn đốc và cho lùi hạn 05 ngày làm việc',
      });
    }
  }
}
