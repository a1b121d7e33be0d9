import { Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { TaskListItem } from '../../../shared/contracts';

export interface PlainTaskColumn {
  key: string;
  title: string;
  /** Fixed width in pixels; the column without one (the title) takes the room the others leave. */
  width?: number;
  render: (task: TaskListItem) => ReactNode;
}

interface PlainTaskTableProps {
  /** Names the table and its scrolling area for screen readers. */
  label: string;
  columns: PlainTaskColumn[];
  tasks: TaskListItem[];
  isLoading: boolean;
  emptyText: string;
}

const MIN_TITLE_WIDTH = 280;

/**
 * A page of tasks as a plain HTML table, drawn like antd's: where a list neither sorts, filters nor
 * selects, antd's Table would still load its pager, select, tree and checkbox (about 80 KB, issue 30).
 */
export function PlainTaskTable({ label, columns, tasks, isLoading, emptyText }: PlainTaskTableProps) {
  const minWidth = columns.reduce((total, column) => total + (column.width ?? 0), MIN_TITLE_WIDTH);
  return (
    <Spin spinning={isLoading}>
      {/* Scrolls sideways on a narrow window: a tab stop with a name lets the keyboard scroll it (WCAG 2.1.1). */}
      <div className="plain-table-scroll" tabIndex={0} role="region" aria-label={label}>
        <table className="plain-table" style={{ minWidth }} aria-label={label}>
          <colgroup>
            {columns.map((column) => (
              <col key={column.key} style={column.width ? { width: column.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                {columns.map((column) => (
                  <td key={column.key}>{column.render(task)}</td>
                ))}
              </tr>
            ))}
            {tasks.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="plain-table-empty">
                  {!isLoading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </Spin>
  );
}
