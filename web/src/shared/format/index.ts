export { DATE_FORMAT, formatDate, formatDateTime, fromIsoDate, toAgencyInstant, todayIso, toIsoDate } from './date';
export { foldText } from './fold';
