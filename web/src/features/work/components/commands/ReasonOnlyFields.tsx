import { useTranslation } from 'react-i18next';
import { TextAreaField } from './TextAreaField';

/** Returning, cancelling, rejecting or refusing: a reason is always required. */
export function ReasonOnlyFields() {
  const { t } = useTranslation();
  return <TextAreaField name="reason" label={t('taskAction.field.reason')} requiredMessage={t('taskAction.required.reason')} />;
}
