import '../feedback.css';
import { Checkbox, Flex, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { feedbackCategories, feedbackCategoryInfo, feedbackStatuses } from '../../../../../contracts/feedback-vocabulary';
import { formatDateTime } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
import { type QueueFilters, useFeedbackQueue } from '../api';
import { UnitPicker } from '../../org';
import { AcceptClock } from '../components/AcceptClock';
import { FeedbackStatusTag } from '../components/FeedbackStatusTag';
import { feedbackReportPath } from '../paths';
import type { FeedbackCategory, FeedbackStatus, FeedbackSummary } from '../types';

/** "Still being worked on": the queue's first view, so that answered and rejected reports do not bury the waiting ones. */
const OPEN = 'open';

/** The triage queue, oldest first, with the acceptance clock of each report; it opens on the reports not yet closed. */
export function FeedbackQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useState<FeedbackStatus | typeof OPEN | undefined>(OPEN);
  const [category, setCategory] = useState<FeedbackCategory | undefined>();
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [search, setSearch] = useState(useSearchText());
  const q = useDebouncedValue(search.trim(), 300);
  const filters: QueueFilters = {
    ...(status === OPEN ? { open: 'true' } : { status }),
    category,
    unitId,
    acceptOverdue: onlyOverdue ? 'true' : undefined,
    q: q || undefined,
  };
  const pages = useCursorPages(JSON.stringify(filters));
  const queue = useFeedbackQueue(filters, pages.cursor);

  const columns: TableColumnsType<FeedbackSummary> = [
    {
      key: 'reference',
      title: t('feedback.queue.reference'),
      render: (_, report) => (
        <Flex vertical>
          <Link to={feedbackReportPath(report.id)}>{report.reference}</Link>
          <Typography.Text type="secondary" className="queue-excerpt">
            {report.excerpt}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'category',
      title: t('feedback.queue.category'),
      width: 190,
      render: (_, report) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{localize(feedbackCategoryInfo[report.category].label, language)}</span>
          {report.level !== 'normal' && <Tag color={report.level === 'urgent' ? 'red' : 'orange'}>{t(`feedback.level.${report.level}`)}</Tag>}
          {report.isAnonymous && <Tag>{t('feedback.queue.anonymous')}</Tag>}
        </Flex>
      ),
    },
    { key: 'unit', title: t('feedback.queue.unit'), width: 180, render: (_, report) => report.unit.name },
    { key: 'status', title: t('feedback.queue.status'), width: 150, render: (_, report) => <FeedbackStatusTag status={report.status} /> },
    {
      key: 'clock',
      title: t('feedback.queue.clock'),
      width: 190,
      render: (_, report) => (
        <Flex vertical>
          <Typography.Text type="secondary">{formatDateTime(report.receivedAt)}</Typography.Text>
          <AcceptClock report={report} />
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('feedback.queue.title')} description={t('feedback.queue.description')} />
      <Flex gap={8} wrap className="queue-filters">
        <Input.Search
          allowClear
          aria-label={t('feedback.queue.search')}
          placeholder={t('feedback.queue.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="queue-search"
        />
        <Select<FeedbackStatus | typeof OPEN>
          allowClear
          aria-label={t('feedback.queue.status')}
          placeholder={t('feedback.queue.allStatuses')}
          value={status}
          onChange={setStatus}
          options={[
            { value: OPEN, label: t('feedback.queue.openStatuses') },
            ...feedbackStatuses.map((value) => ({ value, label: t(`feedback.status.${value}`) })),
          ]}
          className="queue-select"
        />
        <Select<FeedbackCategory>
          allowClear
          aria-label={t('feedback.queue.category')}
          placeholder={t('feedback.queue.allCategories')}
          value={category}
          onChange={setCategory}
          options={feedbackCategories.map((value) => ({ value, label: localize(feedbackCategoryInfo[value].label, language) }))}
          className="queue-select"
        />
        <UnitPicker<string>
          allowClear
          value={unitId}
          onChange={setUnitId}
          aria-label={t('feedback.queue.unit')}
          placeholder={t('feedback.queue.unit')}
          className="queue-select"
        />
        <Checkbox checked={onlyOverdue} onChange={(event) => setOnlyOverdue(event.target.checked)}>
          {t('feedback.queue.onlyOverdue')}
        </Checkbox>
        <ExportButton path="/feedback/reports" query={filters} />
      </Flex>
      {queue.isError && <QueryErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      <Table<FeedbackSummary>
        rowKey="id"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.isFetching}
        pagination={false}
        locale={{ emptyText: t('feedback.queue.empty') }}
        scroll={{ x: 800 }}
      />
      <CursorPager
        hasPrevious={pages.hasPrevious}
        nextCursor={queue.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        isLoading={queue.isFetching}
      />
    </>
  );
}
