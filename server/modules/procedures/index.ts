export { procedureRoutes } from './procedures.routes.js';
export type { ProceduresDeps } from './procedures.deps.js';
export { followStepTasks } from './procedures.task-hook.js';
export { procedureStepTaskSource } from './procedures.task-source.js';
