import { ApiError } from '../../shared/api';
import { localize } from '../../shared/i18n';

/** The server's refusal in one line: its message, then each failing field's message (e.g. the step with nobody named). */
export function refusalText(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  return [localize(error.text), ...error.fieldErrors.map((field) => localize(field.message))].join(' — ');
}
