import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { TaskListItem } from '../../../shared/contracts';
import { KeyboardScrollable } from '../../../shared/ui/KeyboardScrollable';
import { useTranslation } from 'react-i18next';

const MIN_TITLE_WIDTH = 280;

interface TaskTableProps {
  columns: TableColumnsType<TaskListItem>;
  tasks: TaskListItem[];
  isLoading: boolean;
  emptyText: ReactNode;
  /** Checkboxes for bulk actions (issue 28). */
  rowSelection?: TableProps<TaskListItem>['rowSelection'];
}

/** A page of tasks: the title column takes the room the fixed-width columns leave. */
export function TaskTable({ columns, tasks, isLoading, emptyText, rowSelection }: TaskTableProps) {
  const { t } = useTranslation();
  const width = columns.reduce((total, column) => total + Number(column.width ?? 0), MIN_TITLE_WIDTH);
  return (
    <KeyboardScrollable label={t('work.field.title')}>
      <Table<TaskListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={tasks}
        loading={isLoading}
        pagination={false}
        locale={{ emptyText }}
        scroll={{ x: width }}
        rowSelection={rowSelection}
      />
    </KeyboardScrollable>
  );
}
