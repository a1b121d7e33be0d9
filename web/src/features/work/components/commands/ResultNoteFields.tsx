import { useTranslation } from 'react-i18next';
import { TextAreaField } from './TextAreaField';

/** What was produced, for the assigner to review. */
export function ResultNoteFields() {
  const { t } = useTranslation();
  return <TextAreaField name="note" label={t('taskAction.field.resultNote')} requiredMessage={t('taskAction.required.note')} rows={4} />;
}
