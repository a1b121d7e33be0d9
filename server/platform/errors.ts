/** Typed domain errors. Services throw these; the HTTP error handler maps them once. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export interface FieldError {
  field: string;
  message: LocalizedText;
}

/** Extra members of a problem answer, beside code, message and field errors. */
export interface ProblemDetails {
  /** due_date_not_working_day: the first working day after the date given, to offer instead. */
  nextWorkingDay?: string;
}

export type ErrorKind = 'not_found' | 'forbidden' | 'conflict' | 'invalid_state' | 'validation' | 'unauthenticated' | 'too_many_requests';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly text: LocalizedText,
    readonly fields: FieldError[] = [],
    readonly details: ProblemDetails = {},
  ) {
    super(text.en);
    this.name = 'DomainError';
  }
}

export const notFound = (what: LocalizedText = { vi: 'Không tìm thấy bản ghi', en: 'Record not found' }) => new DomainError('not_found', 'not_found', what);

export const forbidden = (text: LocalizedText = { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' }) =>
  new DomainError('forbidden', 'forbidden', text);

export const conflict = (code: string, text: LocalizedText, fields: FieldError[] = [], details: ProblemDetails = {}) =>
  new DomainError('conflict', code, text, fields, details);

export const invalidState = (code: string, text: LocalizedText) => new DomainError('invalid_state', code, text);

export const validationError = (fields: FieldError[], text: LocalizedText = { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' }) =>
  new DomainError('validation', 'validation_failed', text, fields);

export const unauthenticated = (code = 'unauthenticated', text: LocalizedText = { vi: 'Vui lòng đăng nhập', en: 'Please sign in' }) =>
  new DomainError('unauthenticated', code, text);
