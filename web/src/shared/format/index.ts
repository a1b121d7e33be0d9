export { DATE_FORMAT, formatDate, formatDateTime, fromIsoDate, todayIso, toIsoDate } from './date';
export { foldText } from './fold';
