import { Grid, type TableColumnsType, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../shared/contracts';
import { TaskActionButtons } from './commands/TaskActionButtons';
import { TaskCards } from './TaskCards';
import { TaskDueCell } from './TaskDueCell';
import { TaskProgress } from './TaskProgress';
import { TaskStatusTag } from './TaskStatusTag';
import { TaskTable } from './TaskTable';
import { TaskTitleCell } from './TaskTitleCell';

interface UnitTaskTableProps {
  tasks: TaskListItem[];
  isLoading: boolean;
  rowSelection?: TableProps<TaskListItem>['rowSelection'];
}

/** The unit's tasks with owner, deadline, status, progress and how often each changed hands. */
export function UnitTaskTable({ tasks, isLoading, rowSelection }: UnitTaskTableProps) {
  const { t } = useTranslation();
  // A phone shows cards; the one next step there is what the viewer may do at once.
  if (Grid.useBreakpoint().md === false)
    return (
      <TaskCards
        tasks={tasks}
        isLoading={isLoading}
        emptyText={t('work.unitBoard.empty')}
        actionsOf={(task) => <TaskActionButtons task={task} only={['accept', 'reportProgress', 'submit', 'acceptResult']} size="small" />}
      />
    );
  const columns: TableColumnsType<TaskListItem> = [
    { key: 'title', title: t('work.field.title'), render: (_, task) => <TaskTitleCell task={task} /> },
    { key: 'owner', title: t('work.field.owner'), render: (_, task) => <Typography.Text strong>{task.owner.fullName}</Typography.Text>, width: 160 },
    { key: 'due', title: t('work.field.dueDate'), render: (_, task) => <TaskDueCell task={task} />, width: 160 },
    { key: 'status', title: t('work.field.status'), render: (_, task) => <TaskStatusTag status={task.status} />, width: 135 },
    { key: 'progress', title: t('work.field.progress'), render: (_, task) => <TaskProgress task={task} />, width: 135 },
    { key: 'transfers', title: t('work.field.transfers'), render: (_, task) => task.counters.transfers, width: 85, align: 'center' },
    { key: 'extensions', title: t('work.field.extensions'), render: (_, task) => task.counters.extensions, width: 85, align: 'center' },
  ];
  return <TaskTable columns={columns} tasks={tasks} isLoading={isLoading} emptyText={t('work.unitBoard.empty')} rowSelection={rowSelection} />;
}
