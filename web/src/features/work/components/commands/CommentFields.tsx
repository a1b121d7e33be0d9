import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/contracts';
import { MentionSelect } from '../../views/MentionSelect';
import { TextAreaField } from './TextAreaField';

export function CommentFields({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField name="text" label={t('taskAction.field.comment')} requiredMessage={t('taskAction.required.note')} max={4000} rows={4} />
      <MentionSelect taskId={task.id} />
    </>
  );
}
