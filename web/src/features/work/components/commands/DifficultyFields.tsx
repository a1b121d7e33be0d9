import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { FutureDateField } from './FutureDateField';
import { TextAreaField } from './TextAreaField';

/** A difficulty always comes with the owner's proposed solution, never as handing the task back. */
export function DifficultyFields() {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="info" showIcon title={t('taskAction.hint.difficulty')} className="form-alert" />
      <TextAreaField name="description" label={t('taskAction.field.difficulty')} requiredMessage={t('taskAction.required.difficulty')} />
      <TextAreaField name="proposal" label={t('taskAction.field.proposal')} requiredMessage={t('taskAction.required.proposal')} />
      <FutureDateField name="proposedDueDate" label={t('taskAction.field.proposedDueDate')} />
    </>
  );
}
