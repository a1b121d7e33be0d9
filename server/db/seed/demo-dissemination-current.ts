import { sql } from 'drizzle-orm';
import { createDocument } from '../../modules/documents/index.js';
import { actOnAssignment, createCampaign, launchCampaign } from '../../modules/dissemination/index.js';
import type { Actor } from '../../platform/actor.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import type { FileStore } from '../../platform/files.js';
import { queryRows } from '../client.js';
import type { demoWorkContext } from './demo-context.js';
import { attachDemoText } from './demo-document-files.js';
import { RULE_BODY } from './demo-document-texts.js';

type Context = {
  deps: ReturnType<typeof demoWorkContext>['deps'] & { files: FileStore };
  actor: (username: string) => Promise<Actor>;
  actorOf: (personId: string) => Promise<Actor>;
  now: Date;
  unitId: string;
};

/** The demo logins who have not acknowledged yet, so a staff member and a head see the campaign waiting. */
const STILL_TO_ACKNOWLEDGE = ['canbo1', 'truongban'];

/**
 * The campaign running now: the Party Committee's rule on handling work and public-service culture
 * (fictional, issued ten days ago), launched to the whole agency last week with its deadline next
 * week; about three in five have acknowledged, some have only opened it, the rest not yet.
 */
export async function seedCurrentCampaign({ deps, actor, actorOf, now, unitId }: Context) {
  const { clock } = deps;
  const calendar = await deps.calendars.get((await actor('lanhdao')).agencyId);
  const today = localDateOf(now);
  const workingDayOnOrBefore = (day: string): string => (calendar.isWorkingDay(day) ? day : workingDayOnOrBefore(addCalendarDays(day, -1)));
  const at = (day: string, hour: number) => new Date(startOfLocalDay(day).getTime() + hour * 3_600_000);
  const leader = await actor('lanhdao');

  const issueDate = workingDayOnOrBefore(addCalendarDays(today, -10));
  const rule = {
    kind: 'decision' as const,
    number: '08-QĐ/ĐU',
    title: 'Quy định về trách nhiệm giải quyết công việc và văn hóa công vụ của cán bộ, đảng viên, người lao động cơ quan',
    summary: 'Thời hạn nhận việc, đề xuất gia hạn, xử lý văn bản đến và ứng xử khi tiếp người dân; căn cứ đánh giá, xếp loại hằng tháng.',
    issuingBody: 'Đảng ủy Cơ quan Ủy ban MTTQ Việt Nam thành phố Hà Nội',
    issueDate,
    signer: 'Nguyễn Quốc Bảo',
  };
  clock.set(at(issueDate, 15));
  const documentId = await createDocument(deps, leader, rule);
  await attachDemoText(deps, leader, documentId, { ...rule, body: RULE_BODY });

  const launchDay = workingDayOnOrBefore(addCalendarDays(today, -6));
  const fiveWorkingDaysOn = calendar.addWorkingDays(today, 5);
  // Next week, on a working day; a long holiday could push that too far, so then a week from today.
  const dueDate = fiveWorkingDaysOn <= addCalendarDays(today, 9) ? fiveWorkingDaysOn : addCalendarDays(today, 7);
  clock.set(at(launchDay, 9));
  const campaignId = await createCampaign(deps, leader, {
    title: `Quán triệt Quy định số 08-QĐ/ĐU về trách nhiệm giải quyết công việc và văn hóa công vụ`,
    description: 'Mỗi cán bộ, đảng viên, người lao động đọc Quy định và xác nhận đã nắm nội dung trước hạn.',
    unitId,
    documents: [{ documentId }],
    audience: { wholeAgency: true, unitIds: [], categories: [], partyMembersOnly: false, personIds: [] },
    deadline: { kind: 'date', dueDate },
    requiresCommitment: false,
    quiz: null,
  });
  clock.set(at(launchDay, 10));
  await launchCampaign(deps, leader, campaignId);

  const pending = new Set(await Promise.all(STILL_TO_ACKNOWLEDGE.map(async (login) => (await actor(login)).personId)));
  const assignments = await queryRows<{ id: string; person_id: string }>(
    deps.db,
    sql`select id, person_id from dissemination_assignments where campaign_id = ${campaignId} order by person_name, id`,
  );
  // The working days since the launch whose afternoon has already come.
  const days: string[] = [];
  for (let day = launchDay; day <= today; day = addCalendarDays(day, 1)) if (calendar.isWorkingDay(day) && at(day, 15) < now) days.push(day);
  for (const [index, assignment] of assignments.entries()) {
    if (pending.has(assignment.person_id) || index % 5 === 4 || days.length === 0) continue;
    const person = await actorOf(assignment.person_id);
    clock.set(new Date(at(days[index % days.length], 14).getTime() + (index % 50) * 60_000));
    await actOnAssignment(deps, person, assignment.id, { name: 'open' });
    if (index % 5 === 3) continue;
    clock.advanceMs(15 * 60_000);
    await actOnAssignment(deps, person, assignment.id, { name: 'acknowledge' });
  }
  clock.set(now);
  return { campaignId, documentId };
}
