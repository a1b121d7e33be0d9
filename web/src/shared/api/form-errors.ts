import type { FormInstance } from 'antd';
import { i18n, type Language, localize } from '../i18n';
import { ApiError } from './api-error';

/**
 * "body.fullName" → "fullName"; "body.deputyIds.2" → "deputyIds"; "body.due.dueDate" → "due.dueDate"
 * when the form has that nested field, else "due".
 */
function formFieldOf(field: string, registered: ReadonlySet<string>): string {
  const path = field.split('.').slice(1);
  const nested = path.join('.');
  if (path.length > 1 && registered.has(nested)) return nested;
  return path[0] ?? field;
}

/**
 * Shows the server's field errors under the matching form fields, in the current language.
 * Returns the message to show above the form, or null when every error found its field.
 */
export function applyServerErrors(form: FormInstance, error: unknown, language: Language): string | null {
  if (!(error instanceof ApiError)) return i18n.t('errors.crashTitle');
  const registered = new Set(form.getFieldsError().map((entry) => entry.name.join('.')));
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const name = formFieldOf(fieldError.field, registered);
    const text = localize(fieldError.message, language);
    if (registered.has(name)) byField.set(name, [...(byField.get(name) ?? []), text]);
    else unplaced.push(text);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  if (byField.size > 0 && unplaced.length === 0) return null;
  return [localize(error.text, language), ...unplaced].join(' — ');
}
