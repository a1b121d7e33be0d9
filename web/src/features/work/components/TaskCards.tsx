import { Card, Empty, Flex, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import type { TaskListItem } from '../../../shared/contracts';
import { TaskDueCell } from './TaskDueCell';
import { TaskProgress } from './TaskProgress';
import { TaskStatusTag } from './TaskStatusTag';
import { TaskTitleCell } from './TaskTitleCell';

interface TaskCardsProps {
  tasks: TaskListItem[];
  isLoading: boolean;
  emptyText: string;
  /** The one next step a row offers (the same as the table's last column). */
  actionsOf: (task: TaskListItem) => ReactNode;
}

/** A phone's list of tasks: one card each with the title, owner, due date, state and next action, no sideways scrolling. */
export function TaskCards({ tasks, isLoading, emptyText, actionsOf }: TaskCardsProps) {
  if (isLoading && tasks.length === 0) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (tasks.length === 0) return <Empty description={emptyText} />;
  return (
    <Flex vertical gap={8} className="task-cards">
      {tasks.map((task) => (
        <Card key={task.id} size="small" className="task-card">
          <Flex vertical gap={6}>
            <TaskTitleCell task={task} showOwner />
            <Flex gap={8} wrap align="center" justify="space-between">
              <TaskDueCell task={task} />
              <TaskStatusTag status={task.status} />
            </Flex>
            <TaskProgress task={task} />
            {actionsOf(task)}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
