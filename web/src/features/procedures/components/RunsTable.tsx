import { Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RunSummary } from '../../../shared/contracts/procedures';
import { formatDate, formatDateTime } from '../../../shared/format';
import { CursorPager, QueryErrorAlert } from '../../../shared/ui';
import { useRuns } from '../api';
import { runPath } from '../paths';

const stateColor = { running: 'blue', completed: 'green', cancelled: 'default' } as const;

/** The runs of one procedure, newest first, with where each one waits now. */
export function RunsTable({ procedureId }: { procedureId: string }) {
  const { t } = useTranslation();
  const [stack, setStack] = useState<string[]>([]);
  const runs = useRuns(procedureId, stack.at(-1));
  const columns = [
    { title: t('procedures.field.subjectTitle'), key: 'subject', render: (_: unknown, r: RunSummary) => <Link to={runPath(r.id)}>{r.subjectTitle}</Link> },
    { title: t('procedures.field.reference'), dataIndex: 'reference' },
    { title: t('procedures.field.edition'), dataIndex: 'edition', width: 90 },
    { title: t('procedures.field.startedAt'), key: 'started', render: (_: unknown, r: RunSummary) => formatDateTime(r.startedAt) },
    {
      title: t('procedures.field.dueDate'),
      key: 'due',
      render: (_: unknown, r: RunSummary) => (
        <>
          {formatDate(r.promisedDate ?? r.dueDate)} {r.isOverdue && <Tag color="red">{t('procedures.run.overdue')}</Tag>}
        </>
      ),
    },
    { title: t('procedures.field.waitingAt'), dataIndex: 'waitingAt' },
    {
      title: t('procedures.field.status'),
      key: 'state',
      render: (_: unknown, r: RunSummary) => <Tag color={stateColor[r.state]}>{t(`procedures.runState.${r.state}`)}</Tag>,
    },
  ];
  return (
    <>
      {runs.isError && <QueryErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={runs.data?.items ?? []}
        loading={runs.isFetching}
        pagination={false}
        locale={{ emptyText: t('procedures.detail.noRuns') }}
      />
      <CursorPager
        hasPrevious={stack.length > 0}
        nextCursor={runs.data?.nextCursor}
        onPrevious={() => setStack(stack.slice(0, -1))}
        onNext={(cursor) => setStack([...stack, cursor])}
        isLoading={runs.isFetching}
      />
    </>
  );
}
