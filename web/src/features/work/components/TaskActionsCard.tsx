import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/contracts';
import { TaskActionButtons } from './commands/TaskActionButtons';

/** Exactly the actions the server says this viewer may take now. */
export function TaskActionsCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('work.field.actions')} className="task-actions-card">
      {task.abilities.length > 0 ? <TaskActionButtons task={task} /> : <Typography.Text type="secondary">{t('work.detail.noActions')}</Typography.Text>}
    </Card>
  );
}
