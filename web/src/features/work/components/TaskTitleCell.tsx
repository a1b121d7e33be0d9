import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskListItem } from '../../../shared/contracts';
import { taskPath } from '../paths';
import { priorityColors } from '../work-labels';
import { TaskRequestTag } from './TaskRequestTag';

/** The title linking to the task, its unit and assigner, and what is pending on it. */
export function TaskTitleCell({ task, showOwner }: { task: TaskListItem; showOwner?: boolean }) {
  const { t } = useTranslation();
  const person = showOwner ? `${t('work.field.owner')}: ${task.owner.fullName}` : `${t('work.field.assigner')}: ${task.assigner.fullName}`;
  return (
    <div className="task-title-cell">
      <Link to={taskPath(task.id)} className="task-title-link">
        {task.title}
      </Link>
      <div>
        <Typography.Text type="secondary" className="task-meta">
          {task.unit.name} · {person}
        </Typography.Text>
      </div>
      <div className="task-tags">
        {(task.priority === 'high' || task.priority === 'urgent') && <Tag color={priorityColors[task.priority]}>{t(`work.priority.${task.priority}`)}</Tag>}
        <TaskRequestTag task={task} />
      </div>
    </div>
  );
}
