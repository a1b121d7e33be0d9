export { scheduleRoutes } from './schedule.routes.js';
export type { ScheduleDeps } from './schedule.deps.js';
export { schedulePublicPages } from './schedule.pages.js';
export { addEntry, createSchedule, editEntry, moveSchedule } from './schedule.service.js';
