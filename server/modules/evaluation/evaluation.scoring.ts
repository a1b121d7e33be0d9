import type { OverridableFigure, ScoreLineKind } from '../../../contracts/evaluation-vocabulary.js';
import type { LocalizedText } from '../../platform/errors.js';
import type { Scheme } from './evaluation.schemes.js';

/** One line of a scorecard's explanation: what moved the score, by how many points, and what it refers to. */
export interface ScoreLine {
  kind: ScoreLineKind;
  label: LocalizedText;
  points: number;
  taskId?: string;
  caseId?: string;
}

/** What the work module knows of one task of the person in the period (work.evaluation-facts.ts). */
export interface TaskFact {
  taskId: string;
  title: string;
  isCompleted: boolean;
  /** Working days between the due date and the submission of the accepted result; 0 when on time. */
  workingDaysLate: number;
  grade: number | null;
  returnCount: number;
  extensionCount: number;
}

export interface Override {
  figure: OverridableFigure;
  value: number;
  reason: string;
}

/** Points are kept to hundredths, so a score is exactly the sum of its lines. */
export const roundPoints = (points: number) => Math.round(points * 100) / 100;
export const sumPoints = (lines: { points: number }[]) => roundPoints(lines.reduce((total, line) => total + Math.round(line.points * 100), 0) / 100);
// One formatter for all lines: toLocaleString builds a new one per call (a period's lines took a second).
const VIETNAMESE_POINTS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const shown = (points: number) => VIETNAMESE_POINTS.format(points);

/** Returns for rework are major errors; an accepted result graded 1–2 (of 5) counts as one more. */
export const majorErrorsOf = (fact: TaskFact) => fact.returnCount + (fact.grade !== null && fact.grade <= 2 ? 1 : 0);

/**
 * The task-result lines: the part's full points, then per task what it lost. Each task weighs the same
 * share of the part, split into quantity, quality and progress by the scheme's weights; an unfinished
 * task loses its whole share; a finished one loses 25 % of its quality points per major error and 25 %
 * of its progress points when late (Decree 335/2025). Extensions are shown as facts, without points.
 */
export function taskLines(scheme: Scheme, facts: TaskFact[]): ScoreLine[] {
  const max = scheme.parts.tasks;
  if (facts.length === 0) {
    return [
      {
        kind: 'tasks_base',
        points: max,
        label: {
          vi: `Không có nhiệm vụ đến hạn trong kỳ: ${max} điểm (người đánh giá có thể điều chỉnh, ghi rõ lý do)`,
          en: `No task due in the period: ${max} points (the reviewer may change it with a reason)`,
        },
      },
    ];
  }
  const lines: ScoreLine[] = [
    {
      kind: 'tasks_base',
      points: max,
      label: {
        vi: `Kết quả nhiệm vụ: ${facts.length} nhiệm vụ đến hạn trong kỳ, tối đa ${max} điểm`,
        en: `Task results: ${facts.length} tasks due in the period, at most ${max} points`,
      },
    },
  ];
  const share = max / facts.length;
  const { quality, progress } = scheme.taskWeights;
  for (const fact of facts) {
    const ref = { taskId: fact.taskId };
    if (!fact.isCompleted) {
      lines.push({
        kind: 'task_unfinished',
        points: -roundPoints(share),
        ...ref,
        label: { vi: `Nhiệm vụ "${fact.title}": chưa hoàn thành, −${shown(share)} điểm`, en: `Task "${fact.title}": not completed, −${shown(share)} points` },
      });
      continue;
    }
    const errors = majorErrorsOf(fact);
    if (errors > 0) {
      const lost = share * quality * Math.min(1, errors * scheme.deductions.qualityPerMajorError);
      lines.push({
        kind: 'task_quality',
        points: -roundPoints(lost),
        ...ref,
        label: {
          vi: `Nhiệm vụ "${fact.title}": ${errors} lỗi lớn (trả lại ${fact.returnCount} lần, chất lượng ${fact.grade ?? '—'}/5), −${errors * 25} % điểm chất lượng`,
          en: `Task "${fact.title}": ${errors} major errors (returned ${fact.returnCount} times, grade ${fact.grade ?? '—'}/5), −${errors * 25} % of quality points`,
        },
      });
    }
    if (fact.workingDaysLate > 0) {
      const lost = share * progress * scheme.deductions.progressPerDelay;
      lines.push({
        kind: 'task_progress',
        points: -roundPoints(lost),
        ...ref,
        label: {
          vi: `Nhiệm vụ "${fact.title}": hoàn thành trễ ${fact.workingDaysLate} ngày làm việc, −25 % điểm tiến độ`,
          en: `Task "${fact.title}": completed ${fact.workingDaysLate} working days late, −25 % of progress points`,
        },
      });
    }
    if (errors === 0 && fact.workingDaysLate === 0) {
      lines.push({
        kind: 'task_fact',
        points: 0,
        ...ref,
        label: {
          vi: `Nhiệm vụ "${fact.title}": hoàn thành đúng hạn${fact.grade ? `, chất lượng ${fact.grade}/5` : ''}`,
          en: `Task "${fact.title}": completed on time${fact.grade ? `, grade ${fact.grade}/5` : ''}`,
        },
      });
    }
    if (fact.extensionCount > 0) {
      lines.push({
        kind: 'task_fact',
        points: 0,
        ...ref,
        label: {
          vi: `Nhiệm vụ "${fact.title}": được gia hạn ${fact.extensionCount} lần (ghi nhận, không trừ điểm)`,
          en: `Task "${fact.title}": extended ${fact.extensionCount} times (noted, no deduction)`,
        },
      });
    }
  }
  return lines;
}

const figureNames: Record<OverridableFigure, LocalizedText> = {
  general: { vi: 'điểm tiêu chí chung', en: 'general criteria points' },
  tasks: { vi: 'điểm kết quả nhiệm vụ', en: 'task result points' },
  bonus: { vi: 'điểm thưởng', en: 'bonus points' },
};

export interface ScoreInput {
  scheme: Scheme;
  /** The general criteria as the person scored them, or null before self-assessment. */
  selfGeneral: number | null;
  selfBonus: number | null;
  taskLines: ScoreLine[];
  /** Facts with no points of their own (discipline facts, missing acknowledgements). */
  factLines: ScoreLine[];
  overrides: Override[];
}

/** The whole explanation: general criteria, task results, bonus, each reviewer change beside the computed value; the score is their sum. */
export function scoreLines(input: ScoreInput): { lines: ScoreLine[]; score: number } {
  const { scheme } = input;
  const general = Math.min(scheme.parts.general, input.selfGeneral ?? 0);
  const lines: ScoreLine[] = [
    {
      kind: 'general',
      points: general,
      label: {
        vi: `${scheme.generalLabel}: tự chấm ${shown(general)}/${scheme.parts.general}`,
        en: `General criteria: self-scored ${shown(general)}/${scheme.parts.general}`,
      },
    },
  ];
  lines.push(...input.taskLines);
  const bonus = scheme.parts.bonus > 0 ? Math.min(scheme.parts.bonus, input.selfBonus ?? 0) : 0;
  if (scheme.parts.bonus > 0)
    lines.push({
      kind: 'bonus',
      points: bonus,
      label: { vi: `Điểm thưởng đề xuất: ${shown(bonus)}/${scheme.parts.bonus}`, en: `Proposed bonus: ${shown(bonus)}/${scheme.parts.bonus}` },
    });
  const computed: Record<OverridableFigure, number> = { general, tasks: sumPoints(input.taskLines), bonus };
  for (const override of input.overrides) {
    const from = computed[override.figure];
    const name = figureNames[override.figure];
    lines.push({
      kind: 'override',
      points: roundPoints(override.value - from),
      label: {
        vi: `Người đánh giá sửa ${name.vi}: ${shown(from)} → ${shown(override.value)} (lý do: ${override.reason})`,
        en: `Reviewer changed ${name.en}: ${shown(from)} → ${shown(override.value)} (reason: ${override.reason})`,
      },
    });
    computed[override.figure] = override.value;
  }
  lines.push(...input.factLines);
  return { lines, score: sumPoints(lines) };
}

/** The largest value a figure may take under a scheme (overrides are checked against it). */
export const figureMaximum = (scheme: Scheme, figure: OverridableFigure) => scheme.parts[figure];
