import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager, type useCursorPages } from '../../../shared/ui';
import { TASK_PAGE_SIZE } from '../api';
import { listRange } from '../list-totals';

interface TaskListFooterProps {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null | undefined;
  isLoading: boolean;
  rowsOnPage: number;
  /** Known only where a counter already holds it; otherwise only the page's rows are named. */
  total: number | null;
}

/** "1–20 / 134" and the previous / next page buttons under a task list. */
export function TaskListFooter({ pages, nextCursor, isLoading, rowsOnPage, total }: TaskListFooterProps) {
  const { t } = useTranslation();
  const range = listRange(pages.index, TASK_PAGE_SIZE, rowsOnPage, total);
  return (
    <Flex justify="space-between" align="center" gap={8} wrap className="task-list-footer">
      <Typography.Text type="secondary" className="task-list-range" aria-live="polite">
        {range && (range.total === null ? `${range.from}–${range.to}` : t('workAssign.listRange', { ...range }))}
      </Typography.Text>
      <CursorPager hasPrevious={pages.hasPrevious} nextCursor={nextCursor} onPrevious={pages.previous} onNext={pages.next} isLoading={isLoading} />
    </Flex>
  );
}
