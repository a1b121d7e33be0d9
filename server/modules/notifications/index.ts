export { notificationRoutes } from './notifications.routes.js';
export { notificationsInsert, notifyPeople, type NewNotification } from './notifications.service.js';
export { digestAllAgencies, runDailyDigest } from './digest.js';
