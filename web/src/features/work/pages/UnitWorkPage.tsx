import '../work.css';
import { AppstoreOutlined, PlusOutlined, TableOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue } from '../../../shared/ui';
import { type TaskFilters, useDashboard, useTaskPage, useWarningListTotal } from '../api';
import { TaskKanban } from '../components/TaskKanban';
import { UnitTaskFilters } from '../components/UnitTaskFilters';
import { TaskListFooter } from '../components/TaskListFooter';
import { UnitTaskTable } from '../components/UnitTaskTable';
import { countedUnitOf, unitBoardTotal } from '../list-totals';
import { unitBoardFiltersOf, unitBoardSearchOf } from '../remembered-filters';
import { useRememberedParams } from '../use-remembered-params';
import { BulkActionsBar } from '../views/BulkActionsBar';
import { SavedViewsBar } from '../views/SavedViewsBar';

const CreateTaskDrawer = lazy(() => import('../components/CreateTaskDrawer').then((m) => ({ default: m.CreateTaskDrawer })));
const TaskImportDrawer = lazy(() => import('../components/TaskImportDrawer').then((m) => ({ default: m.TaskImportDrawer })));

type Layout = 'table' | 'kanban';

/** "Việc của đơn vị": every task in the viewer's units, filtered, as a table or a Kanban board, exportable. */
export function UnitWorkPage() {
  const { t } = useTranslation();
  // The filters live in the address (the dashboard drills down with ?unitId= and ?signal=) and are
  // remembered for the next visit.
  const [params, setParams] = useRememberedParams('unitBoard');
  const { filters, search } = unitBoardFiltersOf(params);
  const setFilters = (next: TaskFilters) => setParams(unitBoardSearchOf(next, search), { replace: true });
  const setSearch = (words: string) => setParams(unitBoardSearchOf(filters, words), { replace: true });
  const [layout, setLayout] = useState<Layout>('table');
  const [isCreating, setCreating] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const q = useDebouncedValue(search.trim(), 350);
  const applied: TaskFilters = { ...filters, q: q || undefined };
  const pages = useCursorPages(JSON.stringify(applied));
  const tasks = useTaskPage('unit', applied, pages.cursor);
  const items = tasks.data?.items ?? [];
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  // A total only where the dashboard's counters already hold it: one unit's open tasks, not narrowed.
  const countedUnit = countedUnitOf(applied);
  const dashboard = useDashboard(countedUnit ?? undefined, { enabled: countedUnit !== null });
  // A warning's list (the dashboard's and the bell's links) has no counter: the server counts it.
  const warningTotal = useWarningListTotal('unit', applied);

  const selected = items.filter((task) => selectedIds.includes(task.id));
  const applyView = ({ q: words, ...saved }: TaskFilters) => setParams(unitBoardSearchOf(saved, words ?? ''), { replace: true });

  return (
    <>
      <PageHeader
        title={t('work.unitBoard.title')}
        description={t('work.nav.unitWorkDescription')}
        extra={
          <Flex gap={8} wrap>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('work.myWork.assign')}
            </Button>
            <ExportButton path="/tasks" query={{ view: 'unit', ...applied }} />
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('taskImport.open')}
            </Button>
          </Flex>
        }
      />
      <Card>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <UnitTaskFilters value={filters} onChange={setFilters} search={search} onSearchChange={setSearch} />
          <Segmented<Layout>
            aria-label={t('work.unitBoard.viewMode')}
            value={layout}
            onChange={setLayout}
            options={[
              { value: 'table', label: t('work.unitBoard.viewTable'), icon: <TableOutlined aria-hidden /> },
              { value: 'kanban', label: t('work.unitBoard.viewKanban'), icon: <AppstoreOutlined aria-hidden /> },
            ]}
          />
        </Flex>
        <Flex justify="flex-end" className="saved-views-row">
          <SavedViewsBar filters={applied} onApply={applyView} />
        </Flex>
        <BulkActionsBar tasks={selected} view="unit" onDone={() => setSelectedIds([])} />
        {tasks.isError ? (
          <QueryErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : (
          <>
            {layout === 'table' ? (
              <UnitTaskTable
                tasks={items}
                isLoading={tasks.isFetching}
                rowSelection={{ selectedRowKeys: selectedIds, onChange: (keys) => setSelectedIds(keys.map(String)) }}
              />
            ) : (
              <TaskKanban tasks={items} isLoading={tasks.isFetching} statuses={applied.status} />
            )}
            <TaskListFooter
              pages={pages}
              nextCursor={tasks.data?.nextCursor}
              isLoading={tasks.isFetching}
              rowsOnPage={items.length}
              total={unitBoardTotal(applied, dashboard.data) ?? warningTotal}
            />
          </>
        )}
      </Card>
      {isCreating && (
        <Suspense fallback={null}>
          <CreateTaskDrawer open={isCreating} onClose={() => setCreating(false)} />
        </Suspense>
      )}
      {isImporting && (
        <Suspense fallback={null}>
          <TaskImportDrawer open={isImporting} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </>
  );
}
