import type { AudienceInput, CoverageCounts } from '../../contracts/dissemination.js';
import type { acknowledgementEvents, disseminationAssignments, disseminationCampaigns, disseminationUnitCounters } from '../../server/db/schema/index.js';
import { startOfLocalDay } from '../../server/platform/calendar/dates.js';
import {
  countsOf,
  decidePersonAction,
  isDone,
  noFlags,
  type AssignmentFlags,
  type PersonAction,
  type Requirements,
} from '../../server/modules/dissemination/dissemination.rules.js';
import type { FastCalendar } from './calendar.js';
import { subtreeColumns, withSubtreeTotals } from './subtree-totals.js';
import type { Org } from './org.js';
import type { Random } from './random.js';

type CampaignInsert = typeof disseminationCampaigns.$inferInsert;
type AssignmentInsert = typeof disseminationAssignments.$inferInsert;
type AckEventInsert = typeof acknowledgementEvents.$inferInsert;
type CounterInsert = typeof disseminationUnitCounters.$inferInsert;

export interface DisseminationContext {
  random: Random;
  org: Org;
  calendar: FastCalendar;
  now: Date;
  today: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DEADLINE_WORKING_DAYS = 10;

/** Agency-wide campaigns of the last months, newest last: how far people got depends on the campaign's age. */
const CAMPAIGNS = [
  { title: 'Quán triệt Chỉ thị 24-CT/TU về tăng cường kỷ luật, kỷ cương, trách nhiệm trong thực thi công vụ', launchedDaysAgo: 150, requiresCommitment: true },
  { title: 'Quán triệt Quy chế làm việc của cơ quan (sửa đổi)', launchedDaysAgo: 90, requiresCommitment: false },
  { title: 'Quán triệt Quy định về trách nhiệm nêu gương của cán bộ, đảng viên', launchedDaysAgo: 40, requiresCommitment: true },
  { title: 'Quán triệt Kế hoạch chuyển đổi số năm 2027', launchedDaysAgo: 6, requiresCommitment: false },
  { title: 'Quán triệt Quy định về văn hóa công sở', launchedDaysAgo: 3, requiresCommitment: true },
] as const;

/** How far a person got, by the campaign's age (days since launch): old campaigns are mostly done, new ones mostly pending. */
function progressFor(random: Random, age: number, requiresCommitment: boolean): 'pending' | 'read' | 'acknowledged' | 'committed' {
  const committed = requiresCommitment ? 1 : 0;
  if (age >= 60) return random.weighted({ pending: 3, read: 3, acknowledged: 94 * (1 - committed * 0.9), committed: 94 * committed * 0.9 });
  if (age >= 20) return random.weighted({ pending: 8, read: 7, acknowledged: 85 * (1 - committed * 0.7), committed: 85 * committed * 0.7 });
  return random.weighted({ pending: 45, read: 25, acknowledged: 30 * (1 - committed * 0.4), committed: 30 * committed * 0.4 });
}

export interface GeneratedCampaign {
  campaign: CampaignInsert;
  assignments: AssignmentInsert[];
  events: AckEventInsert[];
  counters: CounterInsert[];
}

/**
 * One launched, agency-wide campaign with an assignment per person, each walked through the
 * module's own state machine (open → acknowledge → commit), its history, and the coverage
 * counters summed with the module's `countsOf` — the invariant the module keeps on every write.
 * `pendingFor` are people (indexes) left pending, e.g. the bench staff login on recent campaigns.
 */
export function makeCampaign(ctx: DisseminationContext, index: number, pendingFor: Set<number>): GeneratedCampaign | null {
  const spec = CAMPAIGNS[index];
  if (!spec) return null;
  const { random, org, calendar, now, today } = ctx;
  const nowMs = now.getTime() - 60_000;
  const root = org.units[0];
  const leader = org.people[org.bench.leader];
  const launchDate = calendar.addWorkingDays(calendar.dayAt(today, -spec.launchedDaysAgo), 0);
  const launchedAt = Math.min(startOfLocalDay(launchDate).getTime() + 8 * HOUR + random.int(0, 2 * HOUR), nowMs - HOUR);
  const dueDate = calendar.addWorkingDays(launchDate, DEADLINE_WORKING_DAYS);
  const dueEnd = startOfLocalDay(dueDate, 1).getTime();
  const audience: AudienceInput & { unitPaths: string[] } = {
    wholeAgency: true,
    unitIds: [],
    categories: [],
    partyMembersOnly: false,
    personIds: [],
    unitPaths: [],
  };
  const id = random.uuid();
  const requirements: Requirements = { requiresCommitment: spec.requiresCommitment, hasQuiz: false };
  const campaign: CampaignInsert = {
    id,
    agencyId: org.agencyId,
    unitId: root.id,
    unitPath: root.path,
    title: spec.title,
    description: 'Đề nghị toàn thể cán bộ, công chức, người lao động đọc, nghiên cứu và xác nhận.',
    status: 'launched',
    audience,
    deadlineWorkingDays: DEADLINE_WORKING_DAYS,
    dueDate,
    requiresCommitment: spec.requiresCommitment,
    quiz: null,
    round: 1,
    createdById: leader.id,
    createdAt: new Date(launchedAt - random.int(1, 5) * DAY),
    launchedAt: new Date(launchedAt),
    version: 2,
  };
  const assignments: AssignmentInsert[] = [];
  const events: AckEventInsert[] = [];
  const perUnit = new Map<number, CoverageCounts>();
  org.people.forEach((person, personIndex) => {
    const assignmentId = random.uuid();
    const progress = pendingFor.has(personIndex) ? 'pending' : progressFor(random, spec.launchedDaysAgo, spec.requiresCommitment);
    const steps: PersonAction[] = [];
    if (progress !== 'pending') steps.push({ name: 'open' });
    if (progress === 'acknowledged' || progress === 'committed') steps.push({ name: 'acknowledge' });
    if (progress === 'committed') steps.push({ name: 'commit', typedName: person.fullName, fullName: person.fullName });
    // Most act before the deadline; a few late.
    const until = Math.min(random.chance(0.85) ? dueEnd : nowMs, nowMs);
    const base = { agencyId: org.agencyId, assignmentId, campaignId: id, personId: person.id, round: 1, documents: [], detail: {} };
    events.push({ ...base, kind: 'assigned', occurredAt: new Date(launchedAt) });
    let flags: AssignmentFlags = noFlags;
    let at = launchedAt;
    for (const step of steps) {
      at = Math.min(at + random.int(10 * 60_000, Math.max(10 * 60_000, Math.floor((until - at) / 2))), nowMs);
      const decision = decidePersonAction(flags, requirements, step, new Date(at));
      if (!decision.ok) throw new Error(`generator walked a refused step: ${decision.code}`);
      flags = decision.next;
      events.push({ ...base, kind: step.name === 'open' ? 'opened' : step.name === 'acknowledge' ? 'acknowledged' : 'committed', occurredAt: new Date(at) });
    }
    const unit = org.units[person.unit];
    assignments.push({
      id: assignmentId,
      agencyId: org.agencyId,
      campaignId: id,
      personId: person.id,
      personName: person.fullName,
      unitId: unit.id,
      unitPath: unit.path,
      assignedAt: new Date(launchedAt),
      round: 1,
      ...flags,
      commitmentName: flags.committedAt ? person.fullName : null,
      isDone: isDone(flags, requirements),
    });
    const counts = countsOf(flags, requirements);
    const sum = perUnit.get(person.unit) ?? { assigned: 0, read: 0, acknowledged: 0, committed: 0, passed: 0, done: 0 };
    for (const key of Object.keys(sum) as (keyof CoverageCounts)[]) sum[key] += counts[key];
    perUnit.set(person.unit, sum);
  });
  const own = [...perUnit].map(([unitIndex, counts]) => ({ unitId: org.units[unitIndex].id, unitPath: org.units[unitIndex].path, counts }));
  const counters = withSubtreeTotals(own, ['assigned', 'read', 'acknowledged', 'committed', 'passed', 'done'] as const).map(
    ({ unitId, unitPath, own, subtree }) => ({
      agencyId: org.agencyId,
      campaignId: id,
      unitId,
      unitPath,
      ...own,
      ...subtreeColumns(subtree),
    }),
  );
  return { campaign, assignments, events, counters };
}

export const CAMPAIGN_COUNT = CAMPAIGNS.length;
