export { workRoutes } from './work.routes.js';
export type { WorkDeps } from './work.deps.js';
export { runSignalSweep, sweepAllAgencies } from './work.sweep.js';
export { createTask, type CreateTaskOptions } from './work.assign.js';
export { runCommand } from './work.service.js';
export type { TaskSourceVerifier, TaskSourceVerifiers } from './work.sources.js';
export type { WorkCommand } from './work.state.js';
export { workSubtreeMoved } from './work.subtree-moved.js';
export { findSourceTasks, type SourceTask } from './work.source-tasks.js';
export { personResponsibility, type PersonOpenTask } from './work.person-responsibility.js';
/** For the evaluation module: a period's task facts, assigners and transfers away over a subtree, as SQL to select from. */
export { evaluationAssigners, evaluationTaskFacts, evaluationTransfersAway, type EvaluationWindow } from './work.evaluation-facts.js';
export { countTasksBySignal } from './work.signal-counts.js';
export { taskOutcomesByUnit, taskRequestCounts, type ReportWindow, type TaskOutcomeRow } from './work.report-figures.js';
export { personTasksExport, personWorkSettingsExport } from './work.person-export.js';
export { recurringTasksForAllAgencies, runRecurringTasks } from './work.series-job.js';
/** Subtasks, checklists and recurring tasks, for the demo seed. */
export { createSubtask } from './work.subtasks.js';
export { addChecklistItem } from './work.checklist.js';
export { createSeries } from './work.series.js';
/** For the global search: the lists themselves, so a hit is exactly what the list would show. */
export { listTasks } from './work.queries.js';
/** For the explanations module: a task's owner and red state, and explanation steps on its timeline. */
export { recordTaskExplanationEvent, taskForExplanation, type TaskExplanationEventKind } from './work.explanation-item.js';
/** For the public accountability page: tasks completed and on time per month over a subtree, from the monthly counters. */
export { monthlyCompletions } from './work.period-counters.js';
