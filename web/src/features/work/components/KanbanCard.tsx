import { UserOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import type { TaskListItem } from '../../../shared/contracts';
import { taskPath } from '../paths';
import { TaskDueCell } from './TaskDueCell';
import { TaskProgress } from './TaskProgress';

/** A task on the Kanban board: title, owner, deadline with warnings, progress. */
export function KanbanCard({ task }: { task: TaskListItem }) {
  return (
    <Card size="small" className="kanban-card">
      <Link to={taskPath(task.id)} className="task-title-link">
        {task.title}
      </Link>
      <div>
        <Typography.Text type="secondary">
          <UserOutlined aria-hidden /> {task.owner.fullName}
        </Typography.Text>
      </div>
      <TaskDueCell task={task} />
      {task.status !== 'cancelled' && <TaskProgress task={task} />}
    </Card>
  );
}
