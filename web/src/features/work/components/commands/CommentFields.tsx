import { useTranslation } from 'react-i18next';
import { TextAreaField } from './TextAreaField';

export function CommentFields() {
  const { t } = useTranslation();
  return <TextAreaField name="text" label={t('taskAction.field.comment')} requiredMessage={t('taskAction.required.note')} max={4000} rows={4} />;
}
