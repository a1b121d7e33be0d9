import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeetingListItem } from '../../../shared/contracts/dissemination';
import { formatDateTime } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages, useDebouncedValue, useSearchText } from '../../../shared/ui';
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
  const [search, setSearch] = useState(useSearchText());
  // Searched on the server without diacritics, as the campaign and task lists are.
  const q = useDebouncedValue(search.trim(), 350);
  const pages = useCursorPages(`${view}:${q}`);
  const meetings = useMeetings(view, pages.cursor, undefined, q);
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
        scroll={{ x: 'max-content' }}
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
      {/* Not in the tab bar: a button inside its tablist is an accessibility error. */}
      <Card extra={<ExportButton path="/meetings" query={q ? { view, q } : { view }} />}>
        <Input.Search
          allowClear
          placeholder={t('dissemination.meetings.search')}
          aria-label={t('dissemination.meetings.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ maxWidth: 360, marginBottom: 12 }}
        />
        <Tabs
          activeKey={view}
          onChange={(key) => setParams(key === 'organised' ? { view: 'organised' } : {})}
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
