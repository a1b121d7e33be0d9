export { DATE_FORMAT, formatDate, formatDateTime, formatWeekday, fromIsoDate, toAgencyInstant, todayIso, toIsoDate } from './date';
export { foldText } from './fold';
