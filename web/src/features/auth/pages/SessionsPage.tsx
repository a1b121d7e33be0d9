import { LogoutOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { ActiveSession } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useEndOtherSessions, useEndSession, useOwnSessions } from '../api';

/** The signed-in user's own sessions: where and when each was opened, last used; end one or all others. */
export function SessionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const sessions = useOwnSessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const failed = (error: unknown) => void message.error(error instanceof ApiError ? localize(error.text, language) : t('errors.crashTitle'));
  const items = sessions.data?.items ?? [];
  const hasOthers = items.some((session) => !session.isCurrent);

  const columns = [
    {
      title: t('auth.sessions.device'),
      key: 'device',
      render: (_: unknown, session: ActiveSession) => (
        <>
          {session.userAgent ?? t('auth.sessions.unknownDevice')} {session.isCurrent && <Tag color="green">{t('auth.sessions.current')}</Tag>}
        </>
      ),
    },
    { title: t('auth.sessions.address'), dataIndex: 'address', key: 'address', render: (value: string | null) => value ?? '—' },
    { title: t('auth.sessions.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (value: string) => formatDateTime(value) },
    { title: t('auth.sessions.lastSeenAt'), dataIndex: 'lastSeenAt', key: 'lastSeenAt', render: (value: string) => formatDateTime(value) },
    {
      title: '',
      key: 'end',
      render: (_: unknown, session: ActiveSession) =>
        !session.isCurrent && (
          <Popconfirm
            title={t('auth.sessions.endConfirm')}
            onConfirm={() => endOne.mutateAsync(session.id).then(() => message.success(t('auth.sessions.ended')), failed)}
          >
            <Button size="small" danger icon={<LogoutOutlined />}>
              {t('auth.sessions.end')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('auth.sessions.title')} />
      <Card
        extra={
          <Popconfirm
            title={t('auth.sessions.endOthersConfirm')}
            onConfirm={() => endOthers.mutateAsync().then(() => message.success(t('auth.sessions.ended')), failed)}
          >
            <Button danger disabled={!hasOthers} loading={endOthers.isPending}>
              {t('auth.sessions.endOthers')}
            </Button>
          </Popconfirm>
        }
      >
        <Typography.Paragraph type="secondary">{t('auth.sessions.hint', { minutes: sessions.data?.idleMinutes ?? 30 })}</Typography.Paragraph>
        {sessions.error ? (
          <QueryErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <Table rowKey="id" size="small" loading={sessions.isPending} dataSource={items} columns={columns} pagination={false} scroll={{ x: true }} />
        )}
      </Card>
    </>
  );
}
