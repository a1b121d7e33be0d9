import { useTranslation } from 'react-i18next';
import { FutureDateField } from './FutureDateField';
import { TextAreaField } from './TextAreaField';

export function ReopenFields() {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField name="reason" label={t('taskAction.field.reason')} requiredMessage={t('taskAction.required.reason')} />
      <FutureDateField name="newDueDate" label={t('taskAction.field.newDueDate')} />
    </>
  );
}
