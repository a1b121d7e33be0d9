import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../shared/contracts';

const OVERDUE_COLOR = '#cf1322';

/** The owner's reported progress; red while overdue, green once the task is completed. */
export function TaskProgress({ task, size = 'small' }: { task: Pick<TaskListItem, 'progressPercent' | 'status' | 'outcome'>; size?: 'small' | 'default' }) {
  const { t } = useTranslation();
  const isDone = task.status === 'completed';
  return (
    <Progress
      percent={isDone ? 100 : task.progressPercent}
      size={size}
      status={isDone ? 'success' : 'normal'}
      strokeColor={task.outcome === 'open_overdue' ? OVERDUE_COLOR : undefined}
      className="task-progress"
      aria-label={t('work.field.progress')}
    />
  );
}
