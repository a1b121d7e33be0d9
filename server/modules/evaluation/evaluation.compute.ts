import { sql } from 'drizzle-orm';
import type { OverridableFigure, PeriodKind, RatingLevel } from '../../../contracts/evaluation-vocabulary.js';
import { queryRows, type Tx } from '../../db/client.js';
import { formatVietnameseDate } from '../../platform/calendar/dates.js';
import { disciplinesDecidedIn, type DisciplineInPeriod } from '../conduct/index.js';
import { disseminationEvaluationFacts } from '../dissemination/index.js';
import { evaluationAssigners, evaluationTaskFacts, evaluationTransfersAway, type EvaluationWindow } from '../work/index.js';
import { levelOf } from './evaluation.rules.js';
import { type PersonCategory, SCHEME_REFERENCE, schemeByCode, schemeFor } from './evaluation.schemes.js';
import { type ScoreLine, scoreLines, type TaskFact, taskLines } from './evaluation.scoring.js';

export interface PeriodWindow extends EvaluationWindow {
  periodId: string;
  kind: PeriodKind;
}

const CATEGORIES: PersonCategory[] = ['cadre', 'civil_servant', 'worker'];

/**
 * Everyone in the subtree (active, or left during the period) gets a scorecard in one INSERT … SELECT: the
 * scheme by category, the reviewer = whoever assigned most of their tasks due in the period (else their unit's
 * head, or for a head the parent unit's head), the decider = their unit's head (for a head: the parent unit's
 * head; none: the leaders). Returns how many were created.
 */
export async function insertScorecards(tx: Tx, window: PeriodWindow, selfDueOn: string, now: Date): Promise<number> {
  const schemes = CATEGORIES.map((category) => [category, schemeFor(category, window.kind, window.from)?.code ?? null] as const).filter(
    (pair): pair is [PersonCategory, string] => pair[1] !== null,
  );
  if (schemes.length === 0) return 0;
  const values = sql.join(
    schemes.map(([category, code]) => sql`(${category}, ${code})`),
    sql`, `,
  );
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
    with assigners as (${evaluationAssigners(window)}),
    top_assigner as (select distinct on (owner_id) owner_id, assigner_id from assigners order by owner_id, tasks desc, assigner_id)
    insert into evaluation_scorecards (agency_id, period_id, person_id, unit_id, unit_path, category, scheme_code, reviewer_id, decider_id, is_unit_head, state, step_due_on, updated_at)
    select p.agency_id, ${window.periodId}, p.id, p.unit_id, p.unit_path, p.category, s.code,
      coalesce(ta.assigner_id, case when head.person_id is distinct from p.id then head.person_id end, case when parent_head.person_id is distinct from p.id then parent_head.person_id end),
      case when head.person_id is distinct from p.id then head.person_id when parent_head.person_id is distinct from p.id then parent_head.person_id end,
      coalesce(head.person_id = p.id, false), 'self_assessment', ${selfDueOn}, ${now.toISOString()}::timestamptz
    from people p
    join (values ${values}) as s(category, code) on s.category = p.category::text
    join units u on u.id = p.unit_id
    left join unit_managers head on head.unit_id = p.unit_id and head.role = 'head'
    left join unit_managers parent_head on parent_head.unit_id = u.parent_id and parent_head.role = 'head'
    left join top_assigner ta on ta.owner_id = p.id
    where p.agency_id = ${window.agencyId} and p.unit_path like ${`${window.unitPath}%`} and (p.status = 'active' or p.left_on >= ${window.from})
    on conflict (period_id, person_id) do nothing
    returning id`,
  );
  return rows.length;
}

/** Copies the period's task facts from the work tables for the scorecards still open to computing, in one INSERT … SELECT. */
export async function refreshTaskFacts(tx: Tx, window: PeriodWindow): Promise<void> {
  const open = sql`s.period_id = ${window.periodId} and s.state in ('self_assessment', 'review')`;
  await tx.execute(sql`delete from evaluation_task_facts f using evaluation_scorecards s where f.scorecard_id = s.id and ${open}`);
  await tx.execute(sql`
    insert into evaluation_task_facts (scorecard_id, task_id, title, is_completed, working_days_late, grade, return_count, extension_count)
    select s.id, f.task_id, f.title, f.is_completed, f.working_days_late, f.grade, f.return_count, f.extension_count
    from (${evaluationTaskFacts(window)}) f join evaluation_scorecards s on s.period_id = ${window.periodId} and s.person_id = f.owner_id
    where ${open}`);
}

interface ScoringRow {
  id: string;
  person_id: string;
  scheme_code: string;
  self_general: string | null;
  self_bonus: string | null;
  overrides: { figure: OverridableFigure; value: number; reason: string }[];
  months_worked: number | null;
  months_absent: number | null;
  tasks: {
    task_id: string;
    title: string;
    is_completed: boolean;
    working_days_late: number;
    grade: number | null;
    return_count: number;
    extension_count: number;
  }[];
  missing_acknowledgements: number | null;
  unexcused_absences: number | null;
  transfers_away: number | null;
}

const factLinesOf = (row: ScoringRow, disciplines: DisciplineInPeriod[]): ScoreLine[] => {
  const lines: ScoreLine[] = disciplines.map((d) => ({
    kind: 'discipline',
    points: 0,
    caseId: d.caseId,
    label: {
      vi: `Bị kỷ luật ${d.formName ?? ''} ngày ${formatVietnameseDate(d.decisionOn)}${d.decisionNumber ? ` (${d.decisionNumber})` : ''}: xếp mức thấp nhất`,
      en: `Disciplined (${d.formName ?? ''}) on ${d.decisionOn}: lowest level`,
    },
  }));
  const fact = (count: number | null, vi: string, en: string) =>
    count
      ? lines.push({
          kind: 'fact',
          points: 0,
          label: {
            vi: `${vi}: ${count} (ghi nhận để người đánh giá xem xét, không tự trừ điểm)`,
            en: `${en}: ${count} (for the reviewer, no automatic deduction)`,
          },
        })
      : 0;
  fact(row.missing_acknowledgements, 'Chưa xác nhận quán triệt đúng hạn', 'Acknowledgements missing or late');
  fact(row.unexcused_absences, 'Vắng họp không lý do', 'Meetings missed without a reason');
  fact(row.transfers_away, 'Nhiệm vụ chuyển cho người khác trong kỳ', 'Tasks transferred away in the period');
  return lines;
};

const BATCH = 2000;

/**
 * Scores the period's scorecards still open to computing (or the one given): one SELECT reads their stored task
 * facts with the facts of dissemination, the transfers away and their self-scores; the rules compute lines, score
 * and level in memory; one UPDATE per 2,000 scorecards writes them back. No statement per person.
 */
export async function scoreScorecards(tx: Tx, window: PeriodWindow, now: Date, one?: { scorecardId: string; personId: string }): Promise<number> {
  const only = one ? sql` and s.id = ${one.scorecardId}` : sql``;
  // For one scorecard the facts are read for its person only (the filter reaches inside the grouped subqueries).
  const ofPerson = one ? sql` where person_id = ${one.personId}` : sql``;
  const rows = await queryRows<ScoringRow>(
    tx,
    sql`
    with dissemination as (select * from (${disseminationEvaluationFacts(window)}) d${ofPerson}),
    transfers as (select person_id, count(*)::int as transfers_away from (${evaluationTransfersAway(window)}) t${ofPerson} group by person_id)
    select s.id, s.person_id, s.scheme_code, s.self_general, s.self_bonus, s.overrides, s.months_worked, s.months_absent,
      coalesce((select jsonb_agg(to_jsonb(f) order by f.task_id) from evaluation_task_facts f where f.scorecard_id = s.id), '[]'::jsonb) as tasks,
      d.missing_acknowledgements, d.unexcused_absences, tr.transfers_away
    from evaluation_scorecards s
    left join dissemination d on d.person_id = s.person_id
    left join transfers tr on tr.person_id = s.person_id::text
    where s.period_id = ${window.periodId} and s.state in ('self_assessment', 'review')${only}`,
  );
  const disciplines = await disciplinesDecidedIn(tx, window.agencyId, window);
  const byPerson = new Map<string, DisciplineInPeriod[]>();
  for (const d of disciplines) byPerson.set(d.personId, [...(byPerson.get(d.personId) ?? []), d]);
  const computed = rows.map((row) => {
    const scheme = schemeByCode(row.scheme_code);
    const facts: TaskFact[] = row.tasks.map((t) => ({
      taskId: t.task_id,
      title: t.title,
      isCompleted: t.is_completed,
      workingDaysLate: t.working_days_late,
      grade: t.grade,
      returnCount: t.return_count,
      extensionCount: t.extension_count,
    }));
    const personDisciplines = byPerson.get(row.person_id) ?? [];
    const { lines, score } = scoreLines({
      scheme,
      selfGeneral: row.self_general === null ? null : Number(row.self_general),
      selfBonus: row.self_bonus === null ? null : Number(row.self_bonus),
      taskLines: taskLines(scheme, facts),
      factLines: factLinesOf(row, personDisciplines),
      overrides: row.overrides,
    });
    const outcome = levelOf(
      { scheme, score, disciplines: personDisciplines, monthsWorked: row.months_worked, monthsAbsent: row.months_absent, isYear: window.kind === 'year' },
      SCHEME_REFERENCE.edgeRules,
    );
    const reviewerFacts = {
      missingAcknowledgements: row.missing_acknowledgements ?? 0,
      unexcusedAbsences: row.unexcused_absences ?? 0,
      transfersAway: row.transfers_away ?? 0,
    };
    return { id: row.id, lines, score, level: outcome.level as RatingLevel | null, is_rated: outcome.isRated, reasons: outcome.reasons, facts: reviewerFacts };
  });
  for (let at = 0; at < computed.length; at += BATCH) {
    const batch = computed.slice(at, at + BATCH);
    await tx.execute(sql`
      update evaluation_scorecards s set lines = c.lines, score = c.score, computed_level = c.level::rating_level, level_reasons = c.reasons, is_rated = c.is_rated,
        facts = c.facts, computed_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as c(id uuid, lines jsonb, score numeric, level text, is_rated boolean, reasons jsonb, facts jsonb)
      where s.id = c.id`);
  }
  return computed.length;
}
