export const MY_WORK_PATH = '/viec-cua-toi';
export const TASK_PATH = '/viec/:id';
export const UNIT_WORK_PATH = '/viec-don-vi';
export const DASHBOARD_PATH = '/bang-theo-doi';
export const WORK_CALENDAR_PATH = '/lich-nhiem-vu';

export const taskPath = (id: string) => `/viec/${id}`;
export const RECURRING_TASKS_PATH = '/viec-dinh-ky';

/** The calendar and timeline of one plan's tasks. */
export const planTimelinePath = (planId: string) => `${WORK_CALENDAR_PATH}?planId=${encodeURIComponent(planId)}`;

/** Each person's choice of channel per kind of notification (their own settings, opened from the bell). */
export const NOTIFICATION_SETTINGS_PATH = '/cai-dat-thong-bao';
