import { addChecklistItem, createSeries, createSubtask, createTask } from '../../modules/work/index.js';
import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import type { Db } from '../client.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';

/**
 * Issue #28 on first start: the monthly report and the weekly briefing notes of Ban Tuyên giáo as
 * recurring tasks, and a conference split into subtasks with owners of their own and a checklist.
 */
export async function seedDemoStructure(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { deps, actor } = demoWorkContext(db, now, usernamePrefix);
  const today = localDateOf(now);
  const head = await actor('truongban');
  const unitId = seeded.unitIdByCode.get('BTG')!;
  const person = (key: string) => seeded.personIdByKey.get(key)!;
  const common = { description: '', priority: 'normal' as const, unitId, startsOn: today };
  await createSeries(deps, head, {
    ...common,
    title: 'Báo cáo kết quả công tác tháng của Ban Tuyên giáo',
    expectedOutput: 'Báo cáo tháng gửi Văn phòng cơ quan',
    ownerId: person('staff1'),
    schedule: { kind: 'monthly', day: 'last_working_day' },
    leadWorkingDays: 5,
  });
  await createSeries(deps, head, {
    ...common,
    title: 'Tổng hợp nội dung giao ban tuần',
    expectedOutput: 'Bản tổng hợp kết quả tuần, kiến nghị trình giao ban',
    ownerId: person('staff2'),
    schedule: { kind: 'weekly', weekday: 5 },
    leadWorkingDays: 2,
  });

  const dueIn = (days: number) => ({ kind: 'date' as const, dueDate: addCalendarDays(today, days) });
  const base = { description: '', collaboratorIds: [], collaboratorUnitIds: [], priority: 'normal' as const, unitId, startDate: today };
  const parentId = await createTask(deps, head, {
    ...base,
    title: 'Chuẩn bị hội nghị sơ kết công tác tuyên giáo 6 tháng',
    expectedOutput: 'Báo cáo sơ kết, tài liệu và chương trình hội nghị',
    ownerId: person('staff1'),
    due: dueIn(20),
    source: { kind: 'ad_hoc' },
  });
  for (const [owner, title, output, days] of [
    ['staff1', 'Dự thảo báo cáo sơ kết 6 tháng', 'Dự thảo báo cáo', 10],
    ['staff2', 'Chuẩn bị tài liệu và khánh tiết hội nghị', 'Bộ tài liệu, phòng họp sẵn sàng', 15],
  ] as const) {
    await createSubtask(deps, head, parentId, { ...base, title, expectedOutput: output, ownerId: person(owner), due: dueIn(days), source: { kind: 'ad_hoc' } });
  }
  const owner = await actor('canbo1');
  for (const text of ['Xin ý kiến lãnh đạo về thời gian, thành phần', 'Gửi giấy mời các chi bộ']) await addChecklistItem(deps, owner, parentId, { text });
}
