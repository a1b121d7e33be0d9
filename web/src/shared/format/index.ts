export { DATE_FORMAT, formatDate, formatDateTime, fromIsoDate, toIsoDate } from './date';
export { foldText } from './fold';
