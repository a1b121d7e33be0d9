import { useTranslation } from 'react-i18next';
import { FutureDateField } from './FutureDateField';
import { TextAreaField } from './TextAreaField';

export function ExtensionFields() {
  const { t } = useTranslation();
  return (
    <>
      <FutureDateField name="newDueDate" label={t('taskAction.field.newDueDate')} requiredMessage={t('taskAction.required.newDueDate')} />
      <TextAreaField name="reason" label={t('taskAction.field.reason')} requiredMessage={t('taskAction.required.reason')} />
    </>
  );
}
