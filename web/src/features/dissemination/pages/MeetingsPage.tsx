import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeetingListItem } from '../../../shared/contracts/dissemination';
import { formatDateTime } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useMeetings } from '../api';
import { CreateMeetingDrawer } from '../components/CreateMeetingDrawer';
import { meetingPath } from '../paths';
import { ORGANISER_ROLES } from '../roles';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';

const attendanceColor = { invited: 'default', present: 'green', absent_excused: 'orange', absent_unexcused: 'red' } as const;

/** Conferences I am invited to, and those I organise or follow. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'organised' ? 'organised' : 'invited';
  const pages = useCursorPages(view);
  const meetings = useMeetings(view, pages.cursor);
  const [isCreating, setCreating] = useState(false);
  const isOrganiser = isAllowed(user.roles, { roles: ORGANISER_ROLES });
  const columns = [
    { title: t('dissemination.meeting.name'), key: 'title', render: (_: unknown, row: MeetingListItem) => <Link to={meetingPath(row.id)}>{row.title}</Link> },
    { title: t('dissemination.meetings.time'), key: 'time', render: (_: unknown, row: MeetingListItem) => formatDateTime(row.startsAt) },
    {
      title: t('dissemination.meetings.place'),
      key: 'place',
      render: (_: unknown, row: MeetingListItem) => row.place || (row.onlineLink ? t('dissemination.meetings.online') : ''),
    },
    {
      title: t('dissemination.meeting.attendance'),
      key: 'attendance',
      render: (_: unknown, row: MeetingListItem) => (
        <>
          {row.myInvitation && <Tag color={attendanceColor[row.myInvitation.status]}>{t(`dissemination.attendance.${row.myInvitation.status}`)}</Tag>}
          {row.isClosed && <Tag>{t('dissemination.meetings.closed')}</Tag>}
        </>
      ),
    },
  ];
  const list = (
    <>
      {meetings.isError && <QueryErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />}
      <Table
        rowKey="id"
        columns={columns}
        dataSource={meetings.data?.items ?? []}
        loading={meetings.isFetching}
        pagination={false}
        locale={{ emptyText: t('dissemination.meetings.empty') }}
      />
      <CursorPager
        hasPrevious={pages.hasPrevious}
        nextCursor={meetings.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        isLoading={meetings.isFetching}
      />
    </>
  );
  return (
    <>
      <PageHeader
        title={t('dissemination.meetings.title')}
        description={t('dissemination.nav.meetingsDescription')}
        extra={
          isOrganiser && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('dissemination.meetings.create')}
            </Button>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={view}
          onChange={(key) => setParams(key === 'organised' ? { view: 'organised' } : {})}
          tabBarExtraContent={<ExportButton path="/meetings" query={{ view }} />}
          items={[
            { key: 'invited', label: t('dissemination.meetings.invited'), children: view === 'invited' && list },
            ...(isOrganiser ? [{ key: 'organised', label: t('dissemination.meetings.organised'), children: view === 'organised' && list }] : []),
          ]}
        />
      </Card>
      <CreateMeetingDrawer open={isCreating} onClose={() => setCreating(false)} />
    </>
  );
}
