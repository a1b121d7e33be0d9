import { and, asc, eq } from 'drizzle-orm';
import { runCaseCommand, openCase, type CaseCommand } from '../../modules/conduct/index.js';
import { answerAppeal, appeal, closePeriod, decide, openPeriod, publishPeriod, review, selfAssess } from '../../modules/evaluation/index.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import { DomainError } from '../../platform/errors.js';
import type { Db } from '../client.js';
import { evaluationScorecards, units } from '../schema/index.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';

const firstOfMonth = (iso: string, offset: number) => {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 10);
};

/**
 * The demo agency's last three months evaluated through the evaluation module on the demo's real task history
 * (self-assessment, review, decision within the cap, publication, one appeal answered), one person disciplined
 * in the middle month and so rated D, and the current month open in self-assessment.
 */
export async function seedDemoEvaluation(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { clock, deps, actor } = demoWorkContext(db, now, usernamePrefix);
  const today = localDateOf(now);
  const calendar = await deps.calendars.get(seeded.agencyId);
  const at = (day: string, hour = 9) => new Date(startOfLocalDay(day).getTime() + hour * 3_600_000);
  const loginOf = new Map(seeded.members.map((member) => [member.personId, member.username.slice(usernamePrefix.length)]));
  const [root] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.agencyId, seeded.agencyId), eq(units.depth, 0)));
  const disciplined = seeded.members.find(
    (member) => member.unitCode === 'BTG' && !member.isManager && !['canbo1', 'canbo2'].includes(member.username.slice(usernamePrefix.length)),
  )!;
  const middleMonth = firstOfMonth(today, -2);
  await discipline({ deps, actor, clock }, disciplined.personId, disciplined.username.slice(usernamePrefix.length), middleMonth, at);

  for (const offset of [-3, -2, -1]) {
    const startsOn = firstOfMonth(today, offset);
    const opensOn = calendar.addWorkingDays(firstOfMonth(today, offset + 1), 1);
    if (opensOn >= today) continue;
    clock.set(at(opensOn));
    const { id: periodId } = await openPeriod(deps, await actor('lanhdao'), { unitId: root!.id, kind: 'month', startsOn, isOutstandingUnit: false });
    const cards = await db.select().from(evaluationScorecards).where(eq(evaluationScorecards.periodId, periodId)).orderBy(asc(evaluationScorecards.id));
    const as = (personId: string | null) => actor(personId ? loginOf.get(personId)! : 'lanhdao');
    clock.set(at(calendar.addWorkingDays(opensOn, 1), 10));
    for (const [index, card] of cards.entries())
      await selfAssess(deps, await as(card.personId), card.id, {
        general: 15 + (index % 6),
        bonus: (index % 3) * 2,
        comment: 'Hoàn thành các nhiệm vụ được giao trong tháng',
      });
    clock.set(at(calendar.addWorkingDays(opensOn, 3), 10));
    for (const card of cards)
      await review(deps, await as(card.reviewerId), card.id, {
        comment: 'Thống nhất với kết quả tự đánh giá',
        overrides: [],
        monthsWorked: null,
        monthsAbsent: null,
      });
    clock.set(at(calendar.addWorkingDays(opensOn, 5), 10));
    let lowered: string | null = null;
    for (const card of cards) {
      const decider = await as(card.deciderId);
      try {
        await decide(deps, decider, card.id, {});
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'cap_exceeded') throw error;
        await decide(deps, decider, card.id, { level: 'HTTNV', reason: 'Tỷ lệ loại A của đơn vị đã đủ theo Quyết định 3814-QĐ/TU' });
        lowered ??= card.id;
      }
    }
    await publishPeriod(deps, await actor('lanhdao'), periodId);
    const appealed = offset === -3 ? cards.find((card) => card.id === lowered) : undefined;
    if (appealed) {
      clock.set(at(calendar.addWorkingDays(opensOn, 6), 14));
      await appeal(deps, await as(appealed.personId), appealed.id, { reason: 'Điểm của tôi trên 90, đề nghị xem xét xếp loại A' });
      clock.set(at(calendar.addWorkingDays(opensOn, 8), 9));
      await answerAppeal(deps, await as(appealed.deciderId), appealed.id, {
        answer: 'Giữ nguyên loại B: đơn vị đã đủ tỷ lệ loại A (30 %); xếp theo điểm từ cao xuống thấp.',
      });
    }
    const closesOn = calendar.addWorkingDays(opensOn, 12);
    if (closesOn < today) {
      clock.set(at(closesOn));
      await closePeriod(deps, await actor('lanhdao'), periodId);
    }
  }
  clock.set(now);
  await openPeriod(deps, await actor('lanhdao'), { unitId: root!.id, kind: 'month', startsOn: firstOfMonth(today, 0), isOutstandingUnit: false });
}

/** A disciplinary case decided in the given month through the conduct module: reprimand, with its due process. */
async function discipline(
  context: Pick<ReturnType<typeof demoWorkContext>, 'deps' | 'actor' | 'clock'>,
  personId: string,
  login: string,
  monthStart: string,
  at: (day: string, hour?: number) => Date,
) {
  const { deps, actor, clock } = context;
  const day = (n: number) => addCalendarDays(monthStart, n);
  clock.set(at(day(-20), 8));
  const { id } = await openCase(deps, await actor('thanhtra'), {
    subject: { kind: 'person', personId },
    title: 'Đóng dấu văn bản chưa được lãnh đạo ký duyệt',
    description: 'Đóng dấu phát hành văn bản khi lãnh đạo Ban chưa ký duyệt.',
    items: [{ catalog: 'related', code: 'R.TRE_HAN' }],
    source: 'inspection',
    detectedOn: day(-20),
    violationOn: day(-25),
  });
  const steps: [string, number, CaseCommand][] = [
    ['thanhtra', -19, { name: 'verify', note: 'Đối chiếu sổ đăng ký văn bản đi.' }],
    ['thanhtra', -18, { name: 'requestExplanation', workingDays: 5, questions: 'Đề nghị giải trình việc đóng dấu văn bản chưa ký duyệt.' }],
    [login, -15, { name: 'submitExplanation', explanation: 'Tôi nhận khuyết điểm, do sơ suất khi chuẩn bị hồ sơ gấp.' }],
    [
      'thanhtra',
      -5,
      {
        name: 'conclude',
        isViolationConfirmed: true,
        severity: 'less_serious',
        conclusion: 'Có vi phạm quy định về phát hành văn bản, mức độ ít nghiêm trọng.',
      },
    ],
    ['lanhdao', 10, { name: 'decideMeasure', kind: 'discipline', formCode: 'khien_trach', decisionOn: day(10), decisionNumber: '12/QĐ-KL', note: '' }],
    ['thanhtra', 11, { name: 'notify', notifiedOn: day(11), note: '' }],
  ];
  for (const [as, offset, command] of steps) {
    clock.set(at(day(offset), 10));
    await runCaseCommand(deps, await actor(as), id, command);
  }
}
