export const MY_WORK_PATH = '/viec-cua-toi';
export const TASK_PATH = '/viec/:id';
export const UNIT_WORK_PATH = '/viec-don-vi';
export const DASHBOARD_PATH = '/bang-theo-doi';
export const WORK_CALENDAR_PATH = '/lich-nhiem-vu';

export const taskPath = (id: string) => `/viec/${id}`;
export const RECURRING_TASKS_PATH = '/viec-dinh-ky';
