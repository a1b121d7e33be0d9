import { createDocument } from '../../modules/documents/index.js';
import {
  actOnAssignment,
  addConclusion,
  checkIn,
  closeCampaign,
  closeMeeting,
  conclusionToTask,
  createCampaign,
  createMeeting,
  getMeeting,
  launchCampaign,
  markAttendance,
  recordMinutes,
} from '../../modules/dissemination/index.js';
import { runCommand } from '../../modules/work/index.js';
import type { FileStore } from '../../platform/files.js';
import { queryRows, type Db } from '../client.js';
import { sql } from 'drizzle-orm';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';
import { seedCurrentCampaign } from './demo-dissemination-current.js';
import { attachDemoText } from './demo-document-files.js';
import { GUIDANCE_BODY } from './demo-document-texts.js';

/** The agency Party Committee's guidance on the 25 manifestations (fictional number, as the demo plan's). */
const GUIDANCE = {
  kind: 'guidance' as const,
  number: '05-HD/ĐU',
  title: 'Hướng dẫn nhận diện 25 biểu hiện vi phạm kỷ cương, kỷ luật, trách nhiệm giải quyết công việc theo Chỉ thị số 24-CT/TU',
  summary: 'Phụ lục 25 biểu hiện theo ba nhóm, kèm ví dụ trong công việc của cơ quan và cách tự kiểm tra hằng tháng.',
  issuingBody: 'Đảng ủy Cơ quan Ủy ban MTTQ Việt Nam thành phố Hà Nội',
  issueDate: '2023-10-25',
  signer: 'Nguyễn Quốc Bảo',
};

/** Hà Nội local time on a date of the demo (UTC+7, no daylight saving). */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

/** People who stayed away from the conference: with a reason, and the one without. */
const EXCUSED: Record<string, string> = {
  finance_head: 'Đi công tác tại Ủy ban MTTQ huyện Ba Vì',
  propaganda_deputy: 'Nghỉ ốm, có giấy của cơ sở y tế',
};
const UNEXCUSED = 'staff2';

/**
 * History: the conference of 02/11/2023 that disseminated Directive 24 to the whole agency, and
 * the campaign that followed it (the directive and the 25 manifestations, signed commitment),
 * closed after its deadline with most people acknowledged, many committed, a few behind. Now: the
 * campaign running this week (seedCurrentCampaign). Everything goes through the module's own
 * services, so counters, history and audit are what real use would leave.
 */
export async function seedDemoDissemination(db: Db, now: Date, seeded: SeededAgency, directiveId: string, files: FileStore, usernamePrefix = '') {
  const { clock, deps: base, actor } = demoWorkContext(db, now, usernamePrefix);
  const deps = { ...base, files };
  const member = (key: string) => seeded.members.find((m) => m.personId === seeded.personIdByKey.get(key))!;
  const actorOf = (personId: string) => actor(seeded.members.find((m) => m.personId === personId)!.username.slice(usernamePrefix.length));
  const leader = await actor('lanhdao');
  const root = seeded.unitIdByCode.get('MTTQ-HN')!;

  clock.set(at('2023-10-26', '09:00'));
  const guidanceId = await createDocument(deps, leader, GUIDANCE);
  await attachDemoText(deps, leader, guidanceId, { ...GUIDANCE, body: GUIDANCE_BODY });
  clock.set(at('2023-10-27', '08:30'));
  const campaignId = await createCampaign(deps, leader, {
    title: 'Quán triệt Chỉ thị số 24-CT/TU và 25 biểu hiện vi phạm kỷ cương, kỷ luật',
    description: 'Mỗi cán bộ, đảng viên, người lao động đọc Chỉ thị và Hướng dẫn nhận diện 25 biểu hiện, xác nhận đã nắm nội dung và ký cam kết không vi phạm.',
    unitId: root,
    documents: [{ documentId: directiveId }, { documentId: guidanceId }],
    audience: { wholeAgency: true, unitIds: [], categories: [], partyMembersOnly: false, personIds: [] },
    deadline: { kind: 'date', dueDate: '2023-11-16' },
    requiresCommitment: true,
    quiz: null,
  });
  const meetingId = await createMeeting(deps, leader, {
    title: 'Hội nghị quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy',
    unitId: root,
    startsAt: at('2023-11-02', '08:00').toISOString(),
    endsAt: at('2023-11-02', '11:00').toISOString(),
    place: 'Hội trường tầng 2, số 9 Lê Thánh Tông, Hoàn Kiếm',
    onlineLink: null,
    chairId: seeded.personIdByKey.get('vice2')!,
    documents: [{ documentId: directiveId }, { documentId: guidanceId }],
    inviteeUnitIds: [root],
    inviteePersonIds: [],
    campaignId,
  });

  const invited = await queryRows<{ person_id: string }>(
    db,
    sql`select person_id from meeting_invitations where meeting_id = ${meetingId} order by person_name, person_id`,
  );
  const absent = new Set([...Object.keys(EXCUSED), UNEXCUSED].map((key) => seeded.personIdByKey.get(key)!));
  const code = (await getMeeting(deps, leader, meetingId)).checkInCode!;
  for (const [index, { person_id: personId }] of invited.entries()) {
    if (absent.has(personId)) continue;
    clock.set(new Date(at('2023-11-02', '07:35').getTime() + index * 25_000));
    // Most check themselves in with the code on the screen; the organiser records the rest.
    if (index % 4 === 3) await markAttendance(deps, leader, meetingId, { personId, status: 'present' });
    else await checkIn(deps, await actorOf(personId), meetingId, code);
  }
  clock.set(at('2023-11-02', '10:50'));
  for (const [key, reason] of Object.entries(EXCUSED))
    await markAttendance(deps, leader, meetingId, { personId: seeded.personIdByKey.get(key)!, status: 'absent_excused', reason });
  await recordMinutes(
    deps,
    leader,
    meetingId,
    'Đồng chí Nguyễn Quốc Bảo, Phó Chủ tịch kiêm Bí thư Đảng ủy cơ quan chủ trì. Đồng chí Chánh Văn phòng quán triệt toàn văn Chỉ thị số 24-CT/TU ngày 07/8/2023 và Hướng dẫn nhận diện 25 biểu hiện. Ý kiến thảo luận của các Ban tập trung vào việc cá thể hóa trách nhiệm, không né tránh, đùn đẩy, và thời hạn xử lý văn bản.',
  );
  const conclusions = [
    'Văn phòng chủ trì xây dựng Kế hoạch thực hiện Chỉ thị của Đảng ủy cơ quan, trình trước ngày 10/11/2023',
    'Các Ban, Văn phòng rà soát quy trình công việc, cá thể hóa trách nhiệm từng người',
    '100% cán bộ, đảng viên, người lao động xác nhận đã đọc và ký cam kết trên hệ thống trước ngày 16/11/2023',
  ];
  const conclusionIds = [];
  for (const text of conclusions) {
    clock.advanceMs(60_000);
    conclusionIds.push(await addConclusion(deps, leader, meetingId, text));
  }

  clock.set(at('2023-11-02', '11:05'));
  await launchCampaign(deps, leader, campaignId);
  clock.set(at('2023-11-02', '11:10'));
  await closeMeeting(deps, leader, meetingId);
  const officeHead = member('office_head');
  const planTask = await conclusionToTask(deps, leader, meetingId, conclusionIds[0], {
    ownerId: officeHead.personId,
    unitId: seeded.unitIdByCode.get('VP')!,
    dueDate: '2023-11-10',
    expectedOutput: 'Dự thảo Kế hoạch thực hiện Chỉ thị trình Thường trực Đảng ủy',
  });
  const office = await actor('office.head');
  clock.set(at('2023-11-02', '14:00'));
  await runCommand(deps, office, planTask, { name: 'accept' });
  clock.set(at('2023-11-09', '16:00'));
  await runCommand(deps, office, planTask, { name: 'submit', note: 'Đã trình dự thảo Kế hoạch số 12-KH/ĐU' });
  clock.set(at('2023-11-10', '09:00'));
  await runCommand(deps, leader, planTask, { name: 'acceptResult', grade: 5 });

  await actOnCampaign(deps, actorOf, campaignId, absent);
  clock.set(at('2023-11-20', '16:00'));
  await closeCampaign(deps, leader, campaignId, 'Văn phòng đã tổng hợp kết quả, báo cáo Thường trực Đảng ủy');
  const current = await seedCurrentCampaign({ deps, actor, actorOf, now, unitId: root });
  return { campaignId, meetingId, guidanceId, currentCampaignId: current.campaignId, ruleId: current.documentId };
}

/**
 * Most read and acknowledge within the fortnight; about two in three also sign; every eleventh
 * person has not acknowledged (some opened the documents only), the absentee without reason among them.
 */
async function actOnCampaign(
  deps: ReturnType<typeof demoWorkContext>['deps'],
  actorOf: (personId: string) => Promise<Parameters<typeof actOnAssignment>[1]>,
  campaignId: string,
  absent: Set<string>,
) {
  const { clock } = deps;
  const assignments = await queryRows<{ id: string; person_id: string; person_name: string }>(
    deps.db,
    sql`select id, person_id, person_name from dissemination_assignments where campaign_id = ${campaignId} order by person_name, id`,
  );
  const workingDays = [
    '2023-11-02',
    '2023-11-03',
    '2023-11-06',
    '2023-11-07',
    '2023-11-08',
    '2023-11-09',
    '2023-11-10',
    '2023-11-13',
    '2023-11-14',
    '2023-11-15',
    '2023-11-16',
  ];
  for (const [index, assignment] of assignments.entries()) {
    const actor = await actorOf(assignment.person_id);
    const day = workingDays[(index * 7) % workingDays.length];
    const isLaggard = index % 11 === 5 || (absent.has(assignment.person_id) && index % 2 === 0);
    clock.set(new Date(`${day}T14:${String(index % 60).padStart(2, '0')}:00+07:00`));
    if (isLaggard && index % 3 === 0) continue;
    await actOnAssignment(deps, actor, assignment.id, { name: 'open' });
    if (isLaggard) continue;
    clock.advanceMs(20 * 60_000);
    await actOnAssignment(deps, actor, assignment.id, { name: 'acknowledge' });
    if (index % 3 === 2) continue;
    clock.advanceMs(5 * 60_000);
    await actOnAssignment(deps, actor, assignment.id, { name: 'commit', typedName: assignment.person_name });
  }
}
