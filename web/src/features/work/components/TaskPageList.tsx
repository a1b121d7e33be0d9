import { CursorPager, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { type TaskFilters, type TaskView, useTaskPage } from '../api';
import { TaskListTable } from './TaskListTable';

interface TaskPageListProps {
  view: TaskView;
  filters: TaskFilters;
  variant: 'mine' | 'decide';
  emptyText: string;
}

/** One view of tasks, page by page ("Trang trước" / "Trang sau"), back to the first page when the filters change. */
export function TaskPageList({ view, filters, variant, emptyText }: TaskPageListProps) {
  const pages = useCursorPages(JSON.stringify([view, filters]));
  const tasks = useTaskPage(view, filters, pages.cursor);
  if (tasks.isError) return <QueryErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <>
      <TaskListTable tasks={tasks.data?.items ?? []} isLoading={tasks.isFetching} variant={variant} emptyText={emptyText} />
      <CursorPager
        hasPrevious={pages.hasPrevious}
        nextCursor={tasks.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        isLoading={tasks.isFetching}
      />
    </>
  );
}
