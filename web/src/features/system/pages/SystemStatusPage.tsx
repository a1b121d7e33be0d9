import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobRunStatus, SystemStatus } from '../../../shared/contracts/system-status';
import { formatDateTime } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useSystemStatus } from '../api';

const stateColor: Record<JobRunStatus['state'], string> = { ok: 'green', failed: 'red', running: 'blue' };
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function StateTag({ state }: { state: JobRunStatus['state'] }) {
  const { t } = useTranslation();
  return <Tag color={stateColor[state]}>{t(`system.state.${state}`)}</Tag>;
}

function BackupCard({ backup }: { backup: SystemStatus['backup'] }) {
  const { t } = useTranslation();
  const last = backup.lastRun;
  return (
    <Card title={t('system.backup.title')}>
      <Flex vertical gap={12}>
        {!backup.isScheduled && <Alert type="warning" showIcon title={t('system.backup.notScheduled')} />}
        {backup.isOverdue && <Alert type="error" showIcon title={t('system.backup.overdue')} />}
        {last?.state === 'failed' && <Alert type="error" showIcon title={t('system.backup.failed')} description={last.error} />}
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('system.backup.lastRun')}>
            {last ? (
              <Flex gap={8} wrap>
                {formatDateTime(last.startedAt)} <StateTag state={last.state} />
              </Flex>
            ) : (
              t('system.backup.never')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('system.backup.lastSuccess')}>
            {backup.lastSuccessAt ? formatDateTime(backup.lastSuccessAt) : t('system.backup.never')}
          </Descriptions.Item>
          <Descriptions.Item label={t('system.backup.file')}>{last?.file ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('system.backup.size')}>{last?.bytes == null ? '—' : megabytes(last.bytes)}</Descriptions.Item>
          <Descriptions.Item label={t('system.backup.contents')}>
            {last?.rows == null ? '—' : t('system.backup.rowsAndFiles', { rows: last.rows, files: last.files ?? 0 })}
          </Descriptions.Item>
          <Descriptions.Item label={t('system.backup.keep')}>
            {backup.isScheduled ? t('system.backup.keepCount', { count: backup.keep }) : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Flex>
    </Card>
  );
}

function JobsCard({ jobs }: { jobs: JobRunStatus[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('system.jobs.title')}>
      <Table<JobRunStatus>
        rowKey="job"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={jobs}
        locale={{ emptyText: t('system.jobs.empty') }}
        columns={[
          { title: t('system.jobs.job'), dataIndex: 'job', render: (job: string) => t(`system.job.${job}`, { defaultValue: job }) },
          { title: t('system.jobs.runKey'), dataIndex: 'runKey' },
          { title: t('system.jobs.startedAt'), dataIndex: 'startedAt', render: (value: string) => formatDateTime(value) },
          { title: t('system.jobs.finishedAt'), dataIndex: 'finishedAt', render: (value: string | null) => (value ? formatDateTime(value) : '—') },
          { title: t('system.jobs.state'), dataIndex: 'state', render: (state: JobRunStatus['state']) => <StateTag state={state} /> },
          { title: t('system.jobs.error'), dataIndex: 'error', render: (error: string | null) => error ?? '' },
        ]}
      />
    </Card>
  );
}

/** What an administrator checks first each morning: is the system current, backed up, and are its daily jobs running. */
export function SystemStatusPage() {
  const { t } = useTranslation();
  const status = useSystemStatus();
  const data = status.data;
  return (
    <>
      <PageHeader
        title={t('system.nav.title')}
        description={t('system.nav.description')}
        extra={
          <Button icon={<ReloadOutlined aria-hidden />} loading={status.isFetching} onClick={() => void status.refetch()}>
            {t('system.refresh')}
          </Button>
        }
      />
      {status.isError && <QueryErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {data && (
        <Flex vertical gap={16}>
          <Card title={t('system.server.title')}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
              <Descriptions.Item label={t('system.server.version')}>{data.version}</Descriptions.Item>
              <Descriptions.Item label={t('system.server.checkedAt')}>{formatDateTime(data.checkedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('system.server.database')}>
                {t(`system.server.kind.${data.database.kind}`)} {data.database.serverVersion}
              </Descriptions.Item>
              <Descriptions.Item label={t('system.server.migration')}>
                <Flex gap={8} wrap>
                  {data.migration.applied ?? '—'}
                  <Tag color={data.migration.isCurrent ? 'green' : 'red'}>
                    {data.migration.isCurrent ? t('system.server.current') : t('system.server.behind', { expected: data.migration.expected })}
                  </Tag>
                </Flex>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <BackupCard backup={data.backup} />
          <JobsCard jobs={data.jobs} />
        </Flex>
      )}
    </>
  );
}
