import type { FormInstance } from 'antd';
import { i18n, type Language, localize } from '../i18n';
import { ApiError } from './api-error';

/** "body.fullName" → "fullName"; "body.deputyIds.2" → "deputyIds". */
function formFieldOf(field: string): string {
  const [, name = field] = field.split('.');
  return name;
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
    const name = formFieldOf(fieldError.field);
    const text = localize(fieldError.message, language);
    if (registered.has(name)) byField.set(name, [...(byField.get(name) ?? []), text]);
    else unplaced.push(text);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size > 0 && unplaced.length === 0) return null;
  return [localize(error.text, language), ...unplaced].join(' — ');
}
