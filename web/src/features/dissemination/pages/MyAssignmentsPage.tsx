import { Card, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssignmentListItem } from '../../../shared/contracts/dissemination';
import { formatDate } from '../../../shared/format';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { useMyAssignments } from '../api';
import { assignmentPath } from '../paths';

/** Every campaign given to me: unfinished first by default, or all with what I did. */
export function MyAssignmentsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<'pending' | 'all'>('pending');
  const pages = useCursorPages(state);
  const mine = useMyAssignments(state, pages.cursor);
  const columns = [
    {
      title: t('dissemination.create.name'),
      key: 'title',
      render: (_: unknown, row: AssignmentListItem) => <Link to={assignmentPath(row.id)}>{row.campaign.title}</Link>,
    },
    { title: t('dissemination.dueDate'), key: 'due', render: (_: unknown, row: AssignmentListItem) => formatDate(row.dueDate) },
    {
      title: t('dissemination.detail.stage'),
      key: 'stage',
      render: (_: unknown, row: AssignmentListItem) => (
        <>
          <Tag color={row.stage === 'done' ? 'green' : undefined}>{t(`dissemination.stage.${row.stage}`)}</Tag>
          {row.isOverdue && <Tag color="red">{t('dissemination.overdue')}</Tag>}
          {row.wasAskedAgain && row.stage !== 'done' && <Tag color="orange">{t('dissemination.askedAgain')}</Tag>}
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('dissemination.nav.mine')} description={t('dissemination.nav.mineDescription')} />
      <Card
        extra={
          <Segmented<'pending' | 'all'>
            value={state}
            onChange={setState}
            options={[
              { value: 'pending', label: t('dissemination.mine.pending') },
              { value: 'all', label: t('dissemination.mine.all') },
            ]}
          />
        }
      >
        {mine.isError && <QueryErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
        <Table
          rowKey="id"
          columns={columns}
          dataSource={mine.data?.items ?? []}
          loading={mine.isFetching}
          pagination={false}
          locale={{ emptyText: t('dissemination.mine.empty') }}
        />
        <CursorPager
          hasPrevious={pages.hasPrevious}
          nextCursor={mine.data?.nextCursor}
          onPrevious={pages.previous}
          onNext={pages.next}
          isLoading={mine.isFetching}
        />
      </Card>
    </>
  );
}
