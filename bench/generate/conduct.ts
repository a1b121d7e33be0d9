import type { CaseSource } from '../../contracts/conduct-vocabulary.js';
import type { conductCaseEvents, conductCaseItems, conductCases } from '../../server/db/schema/index.js';
import { appealDueOn, explanationDueOn, handlingDueOn } from '../../server/modules/conduct/conduct.deadlines.js';
import { decide, type CaseCommand, type CaseState } from '../../server/modules/conduct/conduct.rules.js';
import { computeCaseSignals, signalColumns } from '../../server/modules/conduct/conduct.signals.js';
import { addCalendarDays, daysBetween, startOfLocalDay } from '../../server/platform/calendar/dates.js';
import type { WorkingCalendar } from '../../server/platform/calendar/working-days.js';
import { foldForSearch } from '../../server/platform/search-text.js';
import type { Org } from './org.js';
import type { Random } from './random.js';

type CaseInsert = typeof conductCases.$inferInsert;
type CaseItemInsert = typeof conductCaseItems.$inferInsert;
type CaseEventInsert = typeof conductCaseEvents.$inferInsert;

export interface CatalogItem {
  catalogId: string;
  catalogVersion: string;
  code: string;
  text: string;
}
export interface ConductContext {
  random: Random;
  org: Org;
  /** The server's own calendar: the module's deadline functions take one (a few hundred cases only). */
  calendar: WorkingCalendar;
  today: string;
  items: CatalogItem[];
  /** Person index → the category column of the generated people row. */
  categoryOf: (person: number) => 'cadre' | 'civil_servant' | 'worker';
}
export interface GeneratedCase {
  row: CaseInsert;
  items: CaseItemInsert[];
  events: CaseEventInsert[];
}

const HOUR = 3_600_000;
const CATEGORY = { cadre: 'cadre', civil_servant: 'civil_servant', worker: 'public_employee' } as const;
const TITLES = [
  'Đi muộn, về sớm nhiều lần trong tháng',
  'Chậm giải quyết hồ sơ của công dân',
  'Không thực hiện nhiệm vụ được giao đúng hạn',
  'Thái độ thiếu chuẩn mực khi tiếp công dân',
  'Sử dụng thời giờ làm việc vào việc riêng',
  'Không báo cáo kết quả thực hiện nhiệm vụ',
  'Đùn đẩy trách nhiệm trong phối hợp công tác',
  'Vắng mặt không lý do tại hội nghị',
];

/** The due-process path a case has walked by now: older cases went further. */
function pathFor(random: Random, ageDays: number): CaseCommand['name'][] {
  const full = ['verify', 'requestExplanation', 'submitExplanation', 'conclude', 'decideMeasure', 'notify', 'close'] as const;
  const kind = random.weighted({ full: 75, dismissed: 12, cleared: 8, deferred: 5 });
  const reach = Math.min(full.length, Math.max(0, Math.floor(ageDays / 14) + random.int(-2, 1)));
  if (kind === 'dismissed') return reach >= 1 ? ['verify', 'dismiss'] : ['dismiss'];
  if (kind === 'deferred' && reach >= 2) return ['verify', 'defer'];
  if (kind === 'cleared' && reach >= 4)
    return ['verify', 'requestExplanation', 'submitExplanation', 'conclude', 'notify', 'close'].slice(0, Math.min(6, reach)) as CaseCommand['name'][];
  return full.slice(0, reach);
}

function commandOf(random: Random, name: CaseCommand['name'], on: string, isCleared: boolean): CaseCommand {
  switch (name) {
    case 'verify':
      return { name, note: 'Xác minh, thu thập thông tin' };
    case 'requestExplanation':
      return { name, workingDays: 5, questions: 'Đề nghị giải trình về nội dung phản ánh' };
    case 'submitExplanation':
      return { name, explanation: 'Tôi xin giải trình như sau…' };
    case 'conclude':
      return isCleared
        ? { name, isViolationConfirmed: false, conclusion: 'Không có vi phạm' }
        : { name, isViolationConfirmed: true, severity: random.weighted({ less_serious: 80, serious: 18, very_serious: 2 }), conclusion: 'Có vi phạm' };
    case 'decideMeasure':
      return { name, kind: random.weighted({ reminder: 60, criticism: 40 }), decisionOn: on, note: '' };
    case 'notify':
      return { name, notifiedOn: on, note: '' };
    case 'close':
      return { name, note: 'Hết thời hạn khiếu nại' };
    case 'defer':
      return { name, legalReason: 'serious_illness', reason: 'Đang điều trị bệnh hiểm nghèo' };
    case 'dismiss':
      return { name, reason: 'Thông tin không có cơ sở' };
    default:
      throw new Error(`not generated: ${name}`);
  }
}

/** One case, recorded then walked through the module's own `decide`, with the deadlines and signals the service derives. */
export function makeCase(ctx: ConductContext, detectedDaysAgo: number): GeneratedCase {
  const { random, org, calendar, today, items } = ctx;
  const inspectorIndex = random.pick(org.inspectors.length > 0 ? org.inspectors : [org.bench.leader]);
  const inspector = org.people[inspectorIndex];
  let subjectIndex = random.int(0, org.people.length - 1);
  if (subjectIndex === inspectorIndex) subjectIndex = (subjectIndex + 1) % org.people.length;
  const isUnit = random.chance(0.08) && org.units.length > 1;
  const subject = org.people[subjectIndex];
  const unitIndex = isUnit ? random.int(1, org.units.length - 1) : subject.unit;
  const unit = org.units[unitIndex];
  const detectedOn = addCalendarDays(today, -detectedDaysAgo);
  const violationOn = random.chance(0.85) ? addCalendarDays(detectedOn, -random.int(0, 60)) : null;
  const source: CaseSource = random.weighted({ inspection: 50, supervisor: 35, self_criticism: 15 });
  const title = random.pick(TITLES);
  const subjectName = isUnit ? org.rows.units[unitIndex].name : subject.fullName;
  // A collective answers through its head.
  const answerer = org.people[isUnit ? (unit.members[0] ?? subjectIndex) : subjectIndex];
  const id = random.uuid();
  let state: CaseState = {
    status: 'recorded',
    subjectKind: isUnit ? 'unit' : 'person',
    subjectCategory: isUnit ? 'party_organisation' : CATEGORY[ctx.categoryOf(subjectIndex)],
    confidentiality: random.chance(0.1) ? 'confidential' : 'normal',
    detectedOn,
    violationOn,
    isHandlingExtended: false,
    explanationDueOn: null,
    isViolationConfirmed: null,
    severity: null,
    measureKind: null,
    disciplineFormCode: null,
    decisionOn: null,
    decisionNumber: null,
    notifiedOn: null,
    appealDueOn: null,
    deferredFrom: null,
    deferralReason: null,
    handlingInspectorId: inspector.id,
  };
  const recordedAt = startOfLocalDay(detectedOn).getTime() + 8 * HOUR + random.int(0, 8 * HOUR);
  const dueOn = handlingDueOn(calendar, detectedOn, false);
  const chosen = [random.pick(items), random.pick(items)]
    .filter((item, i, all) => all.findIndex((other) => other.code === item.code) === i)
    .slice(0, random.int(1, 2));
  const actor = { actorPersonId: inspector.id, actorName: inspector.fullName };
  const events: CaseEventInsert[] = [
    {
      agencyId: org.agencyId,
      caseId: id,
      occurredAt: new Date(recordedAt),
      ...actor,
      kind: 'case.recorded',
      reason: null,
      before: {},
      after: {
        status: 'recorded',
        subjectKind: state.subjectKind,
        subjectCategory: state.subjectCategory,
        handlingDueOn: dueOn,
        items: chosen.map((item) => item.code),
        confidentiality: state.confidentiality,
      },
    },
  ];
  const content: Partial<CaseInsert> = {};
  const path = pathFor(random, detectedDaysAgo);
  // Concluded without a violation: notified straight away, no measure.
  const isCleared = path.includes('notify') && !path.includes('decideMeasure');
  let day = detectedOn;
  let at = recordedAt;
  for (const name of path) {
    // Each step a few days after the last, never after today; the explanation waits for its deadline at most.
    const next = addCalendarDays(day, name === 'close' && state.appealDueOn ? daysBetween(day, state.appealDueOn) + random.int(1, 10) : random.int(2, 12));
    if (next > today) break;
    day = next;
    at = Math.max(at + HOUR, startOfLocalDay(day).getTime() + 8 * HOUR + random.int(0, 8 * HOUR));
    const command = commandOf(random, name, day, isCleared);
    const context = {
      today: day,
      explanationDueOn: command.name === 'requestExplanation' ? explanationDueOn(calendar, day, command.workingDays) : undefined,
      appealDueOn: command.name === 'notify' ? appealDueOn(calendar, command.notifiedOn) : undefined,
    };
    const bySubject = command.name === 'submitExplanation';
    const decision = decide(state, [bySubject ? 'subject' : 'handling_inspector'], command, context);
    if (!decision.ok) break;
    const who = bySubject ? { actorPersonId: answerer.id, actorName: answerer.fullName } : actor;
    events.push({
      agencyId: org.agencyId,
      caseId: id,
      occurredAt: new Date(at),
      ...who,
      kind: decision.event.kind,
      reason: decision.event.reason,
      before: { status: state.status },
      after: decision.event.after,
    });
    state = decision.next;
    if (command.name === 'submitExplanation') Object.assign(content, { explanation: command.explanation, explainedAt: new Date(at) });
    if (command.name === 'conclude') content.conclusion = command.conclusion;
    if (command.name === 'close') content.closedReason = command.note;
    if (command.name === 'dismiss') content.closedReason = command.reason;
  }
  const signals = computeCaseSignals(
    { status: state.status, handlingDueOn: dueOn, explanationDueOn: state.explanationDueOn, appealDueOn: state.appealDueOn, violationOn: state.violationOn },
    today,
  );
  const { handlingInspectorId, ...rest } = state;
  return {
    row: {
      id,
      agencyId: org.agencyId,
      subjectPersonId: isUnit ? null : subject.id,
      subjectUnitId: unit.id,
      subjectUnitPath: unit.path,
      subjectName,
      title,
      searchText: foldForSearch(`${title} ${subjectName}`),
      description: 'Nội dung phản ánh, kết quả kiểm tra ban đầu.',
      source,
      sourceId: null,
      sourceReference: null,
      reporter: null,
      ...rest,
      handlingInspectorId,
      openedById: inspector.id,
      handlingDueOn: dueOn,
      deferralReason: state.deferralReason,
      ...content,
      ...signalColumns(signals),
      version: events.length,
      createdAt: new Date(recordedAt),
      updatedAt: new Date(at),
    },
    items: chosen.map((item) => ({
      agencyId: org.agencyId,
      caseId: id,
      catalogId: item.catalogId,
      catalogVersion: item.catalogVersion,
      itemCode: item.code,
      itemText: item.text,
    })),
    events,
  };
}
