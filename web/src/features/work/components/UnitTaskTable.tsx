import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../shared/contracts';
import { TaskDueCell } from './TaskDueCell';
import { TaskProgress } from './TaskProgress';
import { TaskStatusTag } from './TaskStatusTag';
import { TaskTitleCell } from './TaskTitleCell';

interface UnitTaskTableProps {
  tasks: TaskListItem[];
  isLoading: boolean;
}

/** The unit's tasks with owner, deadline, status, progress and how often each changed hands. */
export function UnitTaskTable({ tasks, isLoading }: UnitTaskTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TaskListItem> = [
    { key: 'title', title: t('work.field.title'), render: (_, task) => <TaskTitleCell task={task} />, width: 320 },
    { key: 'owner', title: t('work.field.owner'), render: (_, task) => <Typography.Text strong>{task.owner.fullName}</Typography.Text>, width: 170 },
    { key: 'due', title: t('work.field.dueDate'), render: (_, task) => <TaskDueCell task={task} />, width: 170 },
    { key: 'status', title: t('work.field.status'), render: (_, task) => <TaskStatusTag status={task.status} />, width: 140 },
    { key: 'progress', title: t('work.field.progress'), render: (_, task) => <TaskProgress task={task} />, width: 140 },
    { key: 'transfers', title: t('work.field.transfers'), render: (_, task) => task.counters.transfers, width: 90, align: 'center' },
    { key: 'extensions', title: t('work.field.extensions'), render: (_, task) => task.counters.extensions, width: 90, align: 'center' },
  ];
  const width = columns.reduce((total, column) => total + Number(column.width ?? 0), 0);
  return (
    <Table<TaskListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks}
      loading={isLoading}
      pagination={false}
      locale={{ emptyText: t('work.unitBoard.empty') }}
      scroll={{ x: width }}
    />
  );
}
