import { QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { type TaskFilters, type TaskView, useTaskPage } from '../api';
import { TaskListFooter } from './TaskListFooter';
import { TaskListTable } from './TaskListTable';

interface TaskPageListProps {
  view: TaskView;
  filters: TaskFilters;
  variant: 'mine' | 'decide';
  emptyText: string;
  /** How many tasks the list holds, when a counter already says; null shows the page's rows only. */
  total?: number | null;
}

/** One view of tasks, page by page ("Trang trước" / "Trang sau"), back to the first page when the filters change. */
export function TaskPageList({ view, filters, variant, emptyText, total = null }: TaskPageListProps) {
  const pages = useCursorPages(JSON.stringify([view, filters]));
  const tasks = useTaskPage(view, filters, pages.cursor);
  if (tasks.isError) return <QueryErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const items = tasks.data?.items ?? [];
  return (
    <>
      <TaskListTable tasks={items} isLoading={tasks.isFetching} variant={variant} emptyText={emptyText} />
      <TaskListFooter pages={pages} nextCursor={tasks.data?.nextCursor} isLoading={tasks.isFetching} rowsOnPage={items.length} total={total} />
    </>
  );
}
