import { Typography } from 'antd';
import type { TaskListItem } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { TaskSignalTags } from './TaskSignalTags';

/** The due date (red when overdue) with the outcome and warning tags under it. */
export function TaskDueCell({ task }: { task: Pick<TaskListItem, 'dueDate' | 'outcome' | 'signals'> }) {
  const isOverdue = task.outcome === 'open_overdue' || task.outcome === 'completed_late';
  return (
    <div>
      <Typography.Text strong={isOverdue} type={isOverdue ? 'danger' : undefined} className="nowrap">
        {formatDate(task.dueDate)}
      </Typography.Text>
      <div>
        <TaskSignalTags signals={task.signals} outcome={task.outcome} />
      </div>
    </div>
  );
}
