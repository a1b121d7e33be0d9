import type { Db } from '../../db/client.js';
import { startOfLocalDay } from '../../platform/calendar/dates.js';
import { type ConductCaseLine, conductCasesForConfidentialReport, conductFigures, type ConductFigures } from '../conduct/index.js';
import { disseminationFigures, type DisseminationFigures } from '../dissemination/index.js';
import { targetsDueIn, type TargetFigure } from '../documents/index.js';
import { feedbackFigures, type FeedbackFigures } from '../feedback/index.js';
import { ratingDistribution } from '../evaluation/index.js';
import { childUnitsOf } from '../org/index.js';
import { procedureFiguresByUnit, procedureLateSteps, type ProcedureLateStep } from '../procedures/index.js';
import { type ReportWindow, taskOutcomesByUnit, taskRequestCounts } from '../work/index.js';
import { previousWindow } from './reports.rules.js';

type Counts = Record<string, number>;

export interface OutcomeCounts {
  completedOnTime: number;
  completedLate: number;
  openInTime: number;
  openOverdue: number;
}

export interface ReportFigures {
  dissemination: DisseminationFigures;
  targets: TargetFigure[];
  tasksByUnit: { name: string; counts: OutcomeCounts }[];
  taskTotals: OutcomeCounts;
  previousTaskTotals: OutcomeCounts;
  requests: Record<string, number>;
  conduct: ConductFigures;
  feedback: FeedbackFigures;
  previousFeedback: FeedbackFigures;
  proceduresByUnit: { name: string; counts: ProcedureCounts }[];
  procedureTotals: ProcedureCounts;
  lateSteps: ProcedureLateStep[];
  ratingsByUnit: { name: string; counts: RatingCounts }[];
  ratingTotals: RatingCounts;
  /** Only in a report marked confidential: the cases with their subjects' names. */
  conductCases: ConductCaseLine[] | null;
}

export interface ProcedureCounts {
  runsStarted: number;
  runsFinished: number;
  stepsOnTime: number;
  stepsLate: number;
}

export interface RatingCounts {
  excellent: number;
  good: number;
  fulfilled: number;
  notFulfilled: number;
  notRated: number;
}

/**
 * Rows per unit path summed into the chosen unit's direct children (each row counts once: in the child
 * subtree holding its unit, or in the chosen unit's own line, shown only when it counted something).
 */
function byChildUnit<C extends Record<keyof C, number>>(
  unit: { name: string },
  children: { name: string; path: string }[],
  rows: ({ unitPath: string } & C)[],
  zero: () => C,
): { byUnit: { name: string; counts: C }[]; totals: C } {
  const own = { name: `${unit.name} (trực tiếp)`, counts: zero() };
  const byChild = children.map((child) => ({ name: child.name, path: child.path, counts: zero() }));
  const totals = zero();
  const add = (into: C, row: C) => {
    for (const key of Object.keys(into) as (keyof C)[]) (into as Counts)[key as string] += row[key];
  };
  for (const row of rows) {
    add(totals, row);
    add(byChild.find((child) => row.unitPath.startsWith(child.path))?.counts ?? own.counts, row);
  }
  const hasOwn = (Object.values(own.counts) as number[]).some((count) => count > 0);
  return { byUnit: [...(hasOwn ? [own] : []), ...byChild.map(({ name, counts }) => ({ name, counts }))], totals };
}

const zero = (): OutcomeCounts => ({ completedOnTime: 0, completedLate: 0, openInTime: 0, openOverdue: 0 });

export function windowOf(agencyId: string, unitPath: string, fromDate: string, toDate: string, asOf: Date): ReportWindow {
  return { agencyId, unitPath, fromDate, toDate, fromInstant: startOfLocalDay(fromDate), toInstant: startOfLocalDay(toDate, 1), asOf };
}

/**
 * Every figure of the report, read from the modules that own the data, one set-based statement each;
 * `progress` is told after each group so the web can show how far the run got.
 */
export async function gatherFigures(
  db: Db,
  unit: { id: string; name: string; path: string },
  window: ReportWindow,
  progress: (percent: number) => Promise<void>,
  options: { isConfidential: boolean } = { isConfidential: false },
): Promise<ReportFigures> {
  const dissemination = await disseminationFigures(db, window);
  const targets = await targetsDueIn(db, window);
  await progress(20);
  const children = await childUnitsOf(db, window.agencyId, unit.id);
  const { byUnit: tasksByUnit, totals: taskTotals } = byChildUnit(unit, children, await taskOutcomesByUnit(db, window), zero);
  const previous = previousWindow(window.fromDate, window.toDate);
  const previousWindowOf = windowOf(window.agencyId, window.unitPath, previous.fromDate, previous.toDate, window.asOf);
  const { totals: previousTaskTotals } = byChildUnit(unit, [], await taskOutcomesByUnit(db, previousWindowOf), zero);
  await progress(45);
  const requests = await taskRequestCounts(db, window);
  await progress(60);
  const conduct = await conductFigures(db, window);
  await progress(70);
  const feedback = await feedbackFigures(db, window);
  const previousFeedback = await feedbackFigures(db, previousWindowOf);
  await progress(80);
  const procedures = byChildUnit(unit, children, await procedureFiguresByUnit(db, window), () => ({
    runsStarted: 0,
    runsFinished: 0,
    stepsOnTime: 0,
    stepsLate: 0,
  }));
  const lateSteps = await procedureLateSteps(db, window);
  const ratings = byChildUnit(unit, children, await ratingDistribution(db, window), () => ({
    excellent: 0,
    good: 0,
    fulfilled: 0,
    notFulfilled: 0,
    notRated: 0,
  }));
  const conductCases = options.isConfidential ? await conductCasesForConfidentialReport(db, window) : null;
  await progress(90);
  return {
    dissemination,
    targets,
    tasksByUnit,
    taskTotals,
    previousTaskTotals,
    requests,
    conduct,
    feedback,
    previousFeedback,
    proceduresByUnit: procedures.byUnit,
    procedureTotals: procedures.totals,
    lateSteps,
    ratingsByUnit: ratings.byUnit,
    ratingTotals: ratings.totals,
    conductCases,
  };
}
