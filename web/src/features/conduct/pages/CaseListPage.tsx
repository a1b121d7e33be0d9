import '../conduct.css';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseSignalKinds, caseSources, caseStatuses, type CaseListItem } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { type CaseFilters, useCasePage } from '../api';
import { CaseSignalTags, CaseStatusTag } from '../components/CaseTags';
import { OpenCaseDrawer } from '../components/OpenCaseDrawer';
import { casePath } from '../paths';
import { CASE_WORKER_ROLES } from '../roles';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';

/** Keyset-paged case list with filters; `mine` shows the cases where the viewer is the subject. */
export function CaseListPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [filters, setFilters] = useState<CaseFilters>(mine ? { mine: 'subject' } : {});
  const [search, setSearch] = useState(useSearchText());
  const q = useDebouncedValue(search, 300);
  const query = { ...filters, q: q || undefined };
  const pages = useCursorPages(JSON.stringify(query));
  const page = useCasePage(query, pages.cursor);
  const [isOpening, setOpening] = useState(false);
  const canOpen = !mine && isAllowed(user.roles, { roles: CASE_WORKER_ROLES });

  const columns = [
    {
      title: t('conduct.list.caseTitle'),
      key: 'title',
      render: (_: unknown, row: CaseListItem) => (
        <Flex vertical gap={2}>
          <Link to={casePath(row.id)} className="task-title-link">
            {row.title}
          </Link>
          <Typography.Text type="secondary" className="task-meta">
            {formatDate(row.createdAt)}
            {row.source ? ` · ${t(`conduct.source.${row.source}`)}` : ''}
          </Typography.Text>
          <CaseSignalTags signals={row.signals} confidentiality={row.confidentiality} />
        </Flex>
      ),
    },
    { title: t('conduct.list.subject'), key: 'subject', render: (_: unknown, row: CaseListItem) => row.subject.name },
    { title: t('conduct.list.status'), key: 'status', render: (_: unknown, row: CaseListItem) => <CaseStatusTag status={row.status} /> },
    { title: t('conduct.list.due'), key: 'due', render: (_: unknown, row: CaseListItem) => formatDate(row.handlingDueOn) },
    { title: t('conduct.list.inspector'), key: 'inspector', render: (_: unknown, row: CaseListItem) => row.handlingInspector?.fullName ?? t('common.none') },
  ];

  return (
    <>
      <PageHeader
        title={t(mine ? 'conduct.list.mineTitle' : 'conduct.list.title')}
        description={t(mine ? 'conduct.list.mineDescription' : 'conduct.list.description')}
        extra={
          canOpen && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
              {t('conduct.list.new')}
            </Button>
          )
        }
      />
      <Card size="small">
        {!mine && (
          <Flex gap={8} wrap className="filters-row">
            <Input.Search
              allowClear
              placeholder={t('conduct.list.search')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              className="filter-search"
              aria-label={t('conduct.list.search')}
            />
            <Select
              allowClear
              placeholder={t('conduct.list.allStatuses')}
              aria-label={t('conduct.list.status')}
              value={filters.status}
              onChange={(status) => setFilters({ ...filters, status })}
              options={caseStatuses.map((status) => ({ value: status, label: t(`conduct.status.${status}`) }))}
              className="filter-select"
            />
            <Select
              allowClear
              placeholder={t('conduct.list.allSources')}
              aria-label={t('conduct.list.allSources')}
              value={filters.source}
              onChange={(source) => setFilters({ ...filters, source })}
              options={caseSources.map((source) => ({ value: source, label: t(`conduct.source.${source}`) }))}
              className="filter-select"
            />
            <Select
              allowClear
              placeholder={t('conduct.list.allSignals')}
              aria-label={t('conduct.list.allSignals')}
              value={filters.signal}
              onChange={(signal) => setFilters({ ...filters, signal })}
              options={caseSignalKinds.map((signal) => ({ value: signal, label: t(`conduct.signal.${signal}`) }))}
              className="filter-select"
            />
            {isAllowed(user.roles, { roles: CASE_WORKER_ROLES }) && (
              <Checkbox
                checked={filters.mine === 'handling'}
                onChange={(event) => setFilters({ ...filters, mine: event.target.checked ? 'handling' : undefined })}
              >
                {t('conduct.list.handling')}
              </Checkbox>
            )}
            <ExportButton path="/conduct/cases" query={query} />
          </Flex>
        )}
        {page.isError && <QueryErrorAlert error={page.error} onRetry={() => void page.refetch()} />}
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={page.data?.items ?? []}
          loading={page.isFetching}
          pagination={false}
          locale={{ emptyText: t('conduct.list.empty') }}
          scroll={{ x: 720 }}
        />
        <CursorPager
          hasPrevious={pages.hasPrevious}
          nextCursor={page.data?.nextCursor}
          onPrevious={pages.previous}
          onNext={pages.next}
          isLoading={page.isFetching}
        />
      </Card>
      {canOpen && <OpenCaseDrawer open={isOpening} onClose={() => setOpening(false)} />}
    </>
  );
}
