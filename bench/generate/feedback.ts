import { type FeedbackCategory, type FeedbackLevel, TRACKING_CODE_LENGTH, trackingCodeAlphabet } from '../../contracts/feedback.js';
import type { publicReportEvents, publicReports } from '../../server/db/schema/index.js';
import { reporterActor } from '../../server/modules/feedback/feedback.deps.js';
import { acceptDueAt, decide, type FeedbackCommand, resolveDueAt, type ReportState } from '../../server/modules/feedback/feedback.rules.js';
import { hashTrackingCode } from '../../server/modules/feedback/feedback.tracking.js';
import { localDateOf } from '../../server/platform/calendar/dates.js';
import type { WorkingCalendar } from '../../server/platform/calendar/working-days.js';
import { foldForSearch } from '../../server/platform/search-text.js';
import type { Org } from './org.js';
import type { Random } from './random.js';

type ReportInsert = typeof publicReports.$inferInsert;
type ReportEventInsert = typeof publicReportEvents.$inferInsert;

export interface FeedbackContext {
  random: Random;
  org: Org;
  /** The server's own calendar: acceptance and urgent limits are counted in its working hours. */
  calendar: WorkingCalendar;
  now: Date;
}
export interface GeneratedReport {
  row: ReportInsert;
  events: ReportEventInsert[];
}

const HOUR = 3_600_000;
const CONTENTS: Record<FeedbackCategory, string[]> = {
  harassment: ['Bị yêu cầu nộp thêm giấy tờ không có trong danh mục thủ tục công khai', 'Cán bộ gợi ý "bồi dưỡng" để hồ sơ được giải quyết nhanh hơn'],
  delay: ['Hồ sơ nộp đã quá hẹn nhưng chưa có kết quả, gọi điện không ai nghe', 'Văn bản đề nghị phối hợp gửi hai tuần chưa được trả lời'],
  avoiding_responsibility: [
    'Các bộ phận đùn đẩy nhau, không ai nhận giải quyết kiến nghị',
    'Được hướng dẫn sang đơn vị khác nhiều lần mà không có văn bản trả lời',
  ],
  attitude: ['Cán bộ tiếp nhận trả lời cộc lốc, không hướng dẫn hồ sơ cần bổ sung', 'Thái độ thiếu tôn trọng khi người dân hỏi về tiến độ hồ sơ'],
  corruption_signs: ['Có dấu hiệu thu tiền ngoài quy định khi xác nhận hồ sơ', 'Nghi ngờ cán bộ nhận quà để ưu tiên giải quyết hồ sơ'],
  other: ['Đề nghị công khai lịch tiếp công dân của lãnh đạo', 'Kiến nghị bố trí thêm chỗ ngồi chờ tại bộ phận một cửa'],
};
const CATEGORY_WEIGHTS: Record<FeedbackCategory, number> = {
  delay: 40,
  attitude: 20,
  avoiding_responsibility: 15,
  harassment: 10,
  corruption_signs: 5,
  other: 10,
};
/** A tracking code as the module issues them, drawn from the seed. */
const trackingCode = (random: Random) => Array.from({ length: TRACKING_CODE_LENGTH }, () => trackingCodeAlphabet[random.int(0, 31)]).join('');
const REJECTION = 'Nội dung là tố cáo, hướng dẫn gửi theo kênh tố cáo';

/** The steps a report has been through by its age: most are answered within weeks, recent ones still wait. */
function pathFor(random: Random, ageDays: number): FeedbackCommand['name'][] {
  const fate = random.weighted({ answered: 75, rejected: 12, open: 13 });
  if (fate === 'rejected') return ['reject'];
  const reach = ageDays < 1 ? random.int(0, 1) : ageDays < 10 ? random.int(1, 3) : fate === 'open' ? random.int(1, 2) : 3;
  return (['accept', 'route', 'answer'] as const).slice(0, reach);
}

/**
 * One public report received `ageDays` ago about a random unit, walked through the module's own
 * `decide` by the triage inspectors. Reporters are anonymous (no sealed identity to generate) and
 * staff evidence files are not generated; the stored clocks are the module's own.
 */
export function makeReport(ctx: FeedbackContext, sequence: number, ageDays: number): GeneratedReport {
  const { random, org, calendar, now } = ctx;
  const id = random.uuid();
  const receivedAt = new Date(now.getTime() - ageDays * 24 * HOUR - random.int(0, 23) * HOUR);
  const category = random.weighted(CATEGORY_WEIGHTS);
  const level: FeedbackLevel = random.weighted({ normal: 85, urgent: 10, complex: 5 });
  const unitIndex = org.units.length > 1 ? random.int(1, org.units.length - 1) : 0;
  const unit = org.units[unitIndex];
  const official = random.chance(0.4) && unit.members.length > 0 ? org.people[random.pick(unit.members)].fullName : '';
  const content = random.pick(CONTENTS[category]);
  // Unique by construction: the day and the sequence number (six base-32 digits).
  const reference = `PA-${localDateOf(receivedAt).slice(2).replace(/-/g, '')}-${sequence.toString(32).toUpperCase().padStart(6, '0')}`;
  const inspector = org.people[random.pick(org.inspectors.length > 0 ? org.inspectors : [org.bench.leader])];
  const handlerUnit = org.units[inspector.unit];
  const acceptDue = acceptDueAt(calendar, receivedAt);
  let state: ReportState = { status: 'received', category, level, isAnonymous: true, caseId: null, ratingScore: null };
  const events: ReportEventInsert[] = [
    {
      agencyId: org.agencyId,
      reportId: id,
      occurredAt: receivedAt,
      actorPersonId: null,
      actorName: reporterActor.name,
      kind: 'received',
      reason: null,
      change: { reference, category, unitId: unit.id, isAnonymous: true },
    },
  ];
  const row: ReportInsert = {
    id,
    agencyId: org.agencyId,
    reference,
    trackingHash: hashTrackingCode(trackingCode(random)),
    category,
    level,
    status: 'received',
    unitId: unit.id,
    unitPath: unit.path,
    officialName: official,
    content,
    occurredOn: localDateOf(new Date(receivedAt.getTime() - random.int(0, 20) * 24 * HOUR)),
    searchText: foldForSearch(`${reference} ${official} ${content}`),
    isAnonymous: true,
    identitySealed: null,
    receivedAt,
    acceptDueAt: acceptDue,
    updatedAt: receivedAt,
  };
  let at = receivedAt.getTime();
  for (const name of pathFor(random, ageDays)) {
    // Accepted mostly within its 8 working hours (one in ten late); later steps days apart.
    const step =
      name === 'accept' || name === 'reject'
        ? (acceptDue.getTime() - receivedAt.getTime()) * (random.chance(0.1) ? 1.3 : random.next() * 0.9)
        : random.int(1, 10) * 24 * HOUR;
    const next = at + Math.max(HOUR / 4, step);
    if (next > now.getTime()) break;
    at = next;
    const command: FeedbackCommand =
      name === 'reject' ? { name, reason: REJECTION } : name === 'answer' ? { name, hasStaffEvidence: true } : ({ name } as FeedbackCommand);
    const decision = decide(state, ['triage'], command);
    if (!decision.ok) break;
    const when = new Date(at);
    const change: Record<string, unknown> = {};
    if (name === 'accept') Object.assign(row, { acceptedAt: when, resolveDueAt: resolveDueAt(calendar, level, when) });
    if (name === 'reject') row.rejectionReason = REJECTION;
    if (name === 'route') {
      Object.assign(row, { handlerUnitId: handlerUnit.id, handlerUnitPath: handlerUnit.path, handlerPersonId: inspector.id });
      Object.assign(change, { handlerUnitId: handlerUnit.id, handlerPersonId: inspector.id });
    }
    if (name === 'answer') Object.assign(row, { answer: 'Đơn vị đã kiểm tra, chấn chỉnh cán bộ liên quan và giải quyết hồ sơ của ông/bà.', answeredAt: when });
    events.push({
      agencyId: org.agencyId,
      reportId: id,
      occurredAt: when,
      actorPersonId: inspector.id,
      actorName: inspector.fullName,
      kind: decision.event!,
      reason: name === 'reject' ? REJECTION : null,
      change,
    });
    state = { ...state, status: decision.status };
  }
  // Waiting past its limit: the minutes-apart check has told the triage team already.
  const isOverdueWaiting = state.status === 'received' && acceptDue < now;
  return {
    row: {
      ...row,
      status: state.status,
      acceptOverdueNoticedAt: isOverdueWaiting ? new Date(acceptDue.getTime() + 5 * 60_000) : null,
      version: events.length,
      updatedAt: new Date(at),
    },
    events,
  };
}
