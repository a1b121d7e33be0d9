import type { FormInstance } from 'antd';
import { useState } from 'react';
import { applyServerErrors } from '../api';
import { useLanguage } from '../i18n';

/** Puts a failed request's field errors on the form and keeps the remaining message for an Alert. */
export function useServerFormErrors(form: FormInstance) {
  const language = useLanguage();
  const [formError, setFormError] = useState<string | null>(null);
  return {
    formError,
    clearFormError: () => setFormError(null),
    reportError: (error: unknown) => setFormError(applyServerErrors(form, error, language)),
  };
}
