export { notificationRoutes } from './notifications.routes.js';
export { notifyPeople, type NewNotification } from './notifications.service.js';
export { digestAllAgencies, runDailyDigest } from './digest.js';
export { personNotificationPreferencesExport, personNotificationsExport } from './notifications.person-export.js';
export { sendImmediateMail } from './mail-now.js';
