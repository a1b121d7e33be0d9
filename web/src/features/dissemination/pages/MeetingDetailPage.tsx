import { App, Button, Card, Descriptions, Flex, Form, Input, List, Popconfirm, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { Invitation, Meeting } from '../../../shared/contracts/dissemination';
import { formatDateTime } from '../../../shared/format';
import { localize } from '../../../shared/i18n';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages } from '../../../shared/ui';
import { taskPath } from '../../work/paths';
import { useInvitations, useMeeting, useMeetingCommand } from '../api';
import { ConclusionTaskForm } from '../components/ConclusionTaskForm';
import { DocumentList } from '../components/DocumentList';
import { RecordLink } from '../../../shared/ui/RecordLink';
import { RequestExplanationButton } from '../../explanations/public';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';

const attendanceColor = { invited: 'default', present: 'green', absent_excused: 'orange', absent_unexcused: 'red' } as const;

function useRun() {
  const { message } = App.useApp();
  return async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) void message.success(done);
      return true;
    } catch (error) {
      void message.error(error instanceof ApiError ? localize(error.text) : String(error));
      return false;
    }
  };
}

/** A conference: details, check-in (code for the organiser, form for attendees), attendance, minutes, conclusions. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const command = useMeetingCommand(id);
  const run = useRun();
  if (meeting.isPending) return <Skeleton active />;
  if (meeting.isError) return <QueryErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  const manages = m.abilities.includes('manage');
  return (
    <>
      <PageHeader
        title={m.title}
        description={t('dissemination.meeting.chairLabel', { name: m.chair.fullName })}
        extra={
          m.abilities.includes('close') && (
            <Popconfirm
              title={t('dissemination.meeting.closeConfirm')}
              onConfirm={() => void run(() => command.mutateAsync({ command: 'close' }), t('common.saved'))}
            >
              <Button danger>{t('dissemination.meeting.close')}</Button>
            </Popconfirm>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('dissemination.meetings.time')}>
              {formatDateTime(m.startsAt)} – {formatDateTime(m.endsAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('dissemination.meetings.place')}>
              {m.place}
              {m.onlineLink && (
                <a href={m.onlineLink} target="_blank" rel="noreferrer">
                  {' '}
                  {t('dissemination.meetings.online')}
                </a>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('dissemination.meeting.unit')}>{m.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('dissemination.meeting.attendance')}>
              {t('dissemination.meeting.summary', {
                present: m.attendance.present,
                invited: m.attendance.invited,
                excused: m.attendance.absentExcused,
                unexcused: m.attendance.absentUnexcused,
              })}
            </Descriptions.Item>
          </Descriptions>
          {m.documents.length > 0 && <DocumentList documents={m.documents} />}
        </Card>
        {m.checkInCode && (
          <Card title={t('dissemination.meeting.code')}>
            <Typography.Title level={2} copyable className="check-in-code" data-testid="check-in-code">
              {m.checkInCode}
            </Typography.Title>
            <Typography.Text type="secondary">{t('dissemination.meeting.codeHint')}</Typography.Text>
          </Card>
        )}
        {m.myInvitation && <MyCheckIn meeting={m} onCheckIn={(code) => run(() => command.mutateAsync({ command: 'check-in', code }))} />}
        {manages && <AttendanceList meeting={m} />}
        <Card title={t('dissemination.meeting.minutes')}>
          {manages ? (
            <Form
              layout="vertical"
              initialValues={{ minutes: m.minutes }}
              onFinish={(values: { minutes: string }) =>
                void run(() => command.mutateAsync({ command: 'minutes', minutes: values.minutes }), t('common.saved'))
              }
            >
              <Form.Item name="minutes" rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={6} aria-label={t('dissemination.meeting.minutes')} />
              </Form.Item>
              <Button htmlType="submit">{t('dissemination.meeting.saveMinutes')}</Button>
            </Form>
          ) : (
            <Typography.Paragraph className="pre-line">{m.minutes}</Typography.Paragraph>
          )}
        </Card>
        <Conclusions meeting={m} />
      </Flex>
    </>
  );
}

function MyCheckIn({ meeting, onCheckIn }: { meeting: Meeting; onCheckIn: (code: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const invitation = meeting.myInvitation!;
  return (
    <Card title={t('dissemination.meeting.checkIn')} size="small">
      <Flex gap={8} align="center" wrap>
        <Tag color={attendanceColor[invitation.status]}>{t(`dissemination.attendance.${invitation.status}`)}</Tag>
        {invitation.status === 'present' && <span>{t('dissemination.meeting.checkedIn')}</span>}
        {meeting.abilities.includes('checkIn') && (
          <>
            <Input
              value={code}
              onChange={(event) => setCode(event.target.value)}
              maxLength={12}
              placeholder={t('dissemination.meeting.code')}
              aria-label={t('dissemination.meeting.code')}
              className="code-input"
            />
            <Button type="primary" disabled={code.trim().length < 4} onClick={() => void onCheckIn(code)}>
              {t('dissemination.meeting.checkIn')}
            </Button>
          </>
        )}
      </Flex>
    </Card>
  );
}

function AttendanceList({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const pages = useCursorPages(meeting.id);
  const invitations = useInvitations(meeting.id, pages.cursor, true);
  const command = useMeetingCommand(meeting.id);
  const run = useRun();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const mark = (personId: string, status: 'present' | 'absent_excused' | 'absent_unexcused') =>
    void run(() => command.mutateAsync({ command: 'attendance', personId, status, reason: status === 'present' ? undefined : reasons[personId] }));
  const columns = [
    { title: t('dissemination.detail.person'), key: 'person', render: (_: unknown, row: Invitation) => row.person.fullName },
    { title: t('dissemination.detail.unit'), key: 'unit', render: (_: unknown, row: Invitation) => row.unit.name },
    {
      title: t('dissemination.meeting.attendance'),
      key: 'status',
      render: (_: unknown, row: Invitation) => (
        <Flex vertical gap={2}>
          <Tag color={attendanceColor[row.status]}>{t(`dissemination.attendance.${row.status}`)}</Tag>
          {row.checkedInBySelf && <Typography.Text type="secondary">{t('dissemination.attendance.bySelf')}</Typography.Text>}
          {row.reason && <Typography.Text type="secondary">{row.reason}</Typography.Text>}
          {row.status === 'absent_unexcused' && (
            <RequestExplanationButton size="small" item={{ kind: 'attendance', meetingId: meeting.id, personId: row.person.id }} />
          )}
        </Flex>
      ),
    },
    ...(meeting.isClosed
      ? []
      : [
          {
            title: t('dissemination.meeting.mark'),
            key: 'mark',
            render: (_: unknown, row: Invitation) => (
              <Flex gap={4} wrap>
                <Button size="small" onClick={() => mark(row.person.id, 'present')}>
                  {t('dissemination.attendance.present')}
                </Button>
                <Input
                  size="small"
                  placeholder={t('dissemination.attendance.reason')}
                  value={reasons[row.person.id] ?? ''}
                  onChange={(event) => setReasons((all) => ({ ...all, [row.person.id]: event.target.value }))}
                  className="reason-input"
                />
                <Button size="small" disabled={!reasons[row.person.id]?.trim()} onClick={() => mark(row.person.id, 'absent_excused')}>
                  {t('dissemination.attendance.absent_excused')}
                </Button>
                <Button size="small" danger onClick={() => mark(row.person.id, 'absent_unexcused')}>
                  {t('dissemination.attendance.absent_unexcused')}
                </Button>
              </Flex>
            ),
          },
        ]),
  ];
  return (
    <Card title={t('dissemination.meeting.attendance')} extra={<ExportButton path={`/meetings/${meeting.id}/invitations`} query={{}} />}>
      <Table
        rowKey={(row) => row.person.id}
        size="small"
        columns={columns}
        dataSource={invitations.data?.items ?? []}
        loading={invitations.isFetching}
        pagination={false}
      />
      <CursorPager
        hasPrevious={pages.hasPrevious}
        nextCursor={invitations.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        isLoading={invitations.isFetching}
      />
    </Card>
  );
}

function Conclusions({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const command = useMeetingCommand(meeting.id);
  const run = useRun();
  const [assigning, setAssigning] = useState<string | null>(null);
  const manages = meeting.abilities.includes('manage');
  return (
    <Card title={t('dissemination.meeting.conclusions')}>
      <List
        dataSource={meeting.conclusions}
        renderItem={(conclusion) => (
          <List.Item
            key={conclusion.id}
            actions={[
              conclusion.taskId ? (
                <RecordLink key="task" to={taskPath(conclusion.taskId)} record={`/tasks/${conclusion.taskId}`}>
                  {t('dissemination.meeting.openTask')}
                </RecordLink>
              ) : (
                manages && (
                  <Button key="assign" size="small" onClick={() => setAssigning(conclusion.id)}>
                    {t('dissemination.meeting.toTask')}
                  </Button>
                )
              ),
            ]}
          >
            <Flex vertical gap={8} className="full-width">
              <span>{conclusion.text}</span>
              {assigning === conclusion.id && (
                <ConclusionTaskForm meetingId={meeting.id} conclusionId={conclusion.id} unitId={meeting.unit.id} onDone={() => setAssigning(null)} />
              )}
            </Flex>
          </List.Item>
        )}
      />
      {manages && (
        <Form layout="inline" onFinish={(values: { text: string }) => void run(() => command.mutateAsync({ command: 'conclusions', text: values.text }))}>
          <Form.Item name="text" rules={[{ required: true, whitespace: true }]} className="conclusion-input">
            <Input placeholder={t('dissemination.meeting.addConclusion')} aria-label={t('dissemination.meeting.addConclusion')} />
          </Form.Item>
          <Button htmlType="submit">{t('dissemination.meeting.addConclusion')}</Button>
        </Form>
      )}
    </Card>
  );
}
