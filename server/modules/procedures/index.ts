export { procedureRoutes } from './procedures.routes.js';
export type { ProceduresDeps } from './procedures.deps.js';
export { followStepTasks } from './procedures.task-hook.js';
export { procedureStepTaskSource } from './procedures.task-source.js';
export { createProcedure, decideVersion } from './procedures.service.js';
export { promiseRun, startRun, syncRun } from './procedures.runs.js';
export { getVersion } from './procedures.queries.js';
export { getRun } from './procedures.run-queries.js';
/** For the global search: the procedure list with its scope. */
export { listProcedures } from './procedures.queries.js';
export { cancelRun } from './procedures.cancel.js';
export { repairRuns, repairRunsForAllAgencies } from './procedures.repair.js';
/** For the periodic report: runs and steps per unit over a period, and the steps most often late. */
export { procedureFiguresByUnit, procedureLateSteps, type ProcedureLateStep, type ProcedureUnitRow } from './procedures.report-figures.js';
