import type { Db } from '../../db/client.js';
import { startOfLocalDay } from '../../platform/calendar/dates.js';
import { conductFigures, type ConductFigures } from '../conduct/index.js';
import { disseminationFigures, type DisseminationFigures } from '../dissemination/index.js';
import { targetsDueIn, type TargetFigure } from '../documents/index.js';
import { feedbackFigures, type FeedbackFigures } from '../feedback/index.js';
import { childUnitsOf } from '../org/index.js';
import { type ReportWindow, taskOutcomesByUnit, taskRequestCounts } from '../work/index.js';
import { previousWindow } from './reports.rules.js';

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
}

const zero = (): OutcomeCounts => ({ completedOnTime: 0, completedLate: 0, openInTime: 0, openOverdue: 0 });
const add = (into: OutcomeCounts, row: OutcomeCounts) => {
  into.completedOnTime += row.completedOnTime;
  into.completedLate += row.completedLate;
  into.openInTime += row.openInTime;
  into.openOverdue += row.openOverdue;
};

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
): Promise<ReportFigures> {
  const dissemination = await disseminationFigures(db, window);
  const targets = await targetsDueIn(db, window);
  await progress(20);
  const outcomeRows = await taskOutcomesByUnit(db, window);
  const children = await childUnitsOf(db, window.agencyId, unit.id);
  // Each task counts once: in the child subtree holding its unit, or in the chosen unit's own row.
  const own = { name: `${unit.name} (trực tiếp)`, counts: zero() };
  const byChild = children.map((child) => ({ name: child.name, path: child.path, counts: zero() }));
  const taskTotals = zero();
  for (const row of outcomeRows) {
    add(taskTotals, row);
    add(byChild.find((child) => row.unitPath.startsWith(child.path))?.counts ?? own.counts, row);
  }
  const hasOwnTasks = Object.values(own.counts).some((count) => count > 0);
  const tasksByUnit = [...(hasOwnTasks ? [own] : []), ...byChild.map(({ name, counts }) => ({ name, counts }))];
  const previous = previousWindow(window.fromDate, window.toDate);
  const previousWindowOf = windowOf(window.agencyId, window.unitPath, previous.fromDate, previous.toDate, window.asOf);
  const previousTaskTotals = zero();
  for (const row of await taskOutcomesByUnit(db, previousWindowOf)) add(previousTaskTotals, row);
  await progress(45);
  const requests = await taskRequestCounts(db, window);
  await progress(60);
  const conduct = await conductFigures(db, window);
  await progress(70);
  const feedback = await feedbackFigures(db, window);
  const previousFeedback = await feedbackFigures(db, previousWindowOf);
  await progress(80);
  return { dissemination, targets, tasksByUnit, taskTotals, previousTaskTotals, requests, conduct, feedback, previousFeedback };
}
