import { Button, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScheduleEntry } from '../../../shared/contracts/schedule';
import { formatDate, formatDateTime, formatWeekday } from '../../../shared/format';
import { meetingPath } from '../../dissemination';

interface Row extends ScheduleEntry {
  daySpan: number;
  sessionSpan: number;
}

/** Lines merged by day and session, as the printed schedule shows them. */
function withSpans(entries: ScheduleEntry[]): Row[] {
  return entries.map((entry, i) => {
    const sameDay = (other: ScheduleEntry | undefined) => other?.day === entry.day;
    const sameSession = (other: ScheduleEntry | undefined) => sameDay(other) && other?.session === entry.session;
    const count = (same: (other: ScheduleEntry | undefined) => boolean) => {
      if (same(entries[i - 1])) return 0;
      let n = 1;
      while (same(entries[i + n])) n++;
      return n;
    };
    return { ...entry, daySpan: count(sameDay), sessionSpan: count(sameSession) };
  });
}

interface Props {
  entries: ScheduleEntry[];
  loading: boolean;
  canEdit: boolean;
  onEdit: (entry: ScheduleEntry) => void;
  onCancel: (entry: ScheduleEntry) => void;
}

export function ScheduleTable({ entries, loading, canEdit, onEdit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      bordered
      loading={loading}
      pagination={false}
      dataSource={withSpans(entries)}
      locale={{ emptyText: t('schedule.empty') }}
      scroll={{ x: 1100 }}
      columns={[
        {
          title: t('schedule.columns.day'),
          dataIndex: 'day',
          width: 110,
          onCell: (row) => ({ rowSpan: row.daySpan }),
          render: (day: string) => (
            <strong>
              {formatWeekday(new Date(`${day}T05:00:00Z`), language)}
              <br />
              {formatDate(day)}
            </strong>
          ),
        },
        {
          title: t('schedule.columns.session'),
          dataIndex: 'session',
          width: 70,
          onCell: (row) => ({ rowSpan: row.sessionSpan }),
          render: (s: ScheduleEntry['session']) => t(`schedule.session.${s}`),
        },
        { title: t('schedule.columns.time'), dataIndex: 'startTime', width: 70 },
        {
          title: t('schedule.columns.content'),
          dataIndex: 'content',
          render: (content: string, row) => (
            <Space direction="vertical" size={2}>
              {row.meetingId ? (
                <Link to={meetingPath(row.meetingId)}>{content}</Link>
              ) : (
                <span className={row.isCancelled ? 'schedule-cancelled' : undefined}>{content}</span>
              )}
              <Space size={4} wrap>
                {row.kind === 'meeting' && <Tag color="blue">{t('schedule.meeting')}</Tag>}
                {row.isCancelled && <Tag color="red">{t('schedule.cancelled')}</Tag>}
                {row.changeNote && (
                  <Tooltip title={row.changeNote}>
                    <Tag color="orange">
                      {t('schedule.adjusted')} {formatDateTime(row.changedAt)}
                    </Tag>
                  </Tooltip>
                )}
              </Space>
              {row.changeNote && <small className="schedule-change-note">{row.changeNote}</small>}
            </Space>
          ),
        },
        { title: t('schedule.columns.chair'), dataIndex: ['chair', 'name'], width: 150 },
        {
          title: t('schedule.columns.participants'),
          key: 'participants',
          width: 200,
          render: (_: unknown, row) => [row.participants, ...row.participantPeople.map((person) => person.name)].filter(Boolean).join('; '),
        },
        { title: t('schedule.columns.place'), dataIndex: 'place', width: 140 },
        { title: t('schedule.columns.preparingUnit'), dataIndex: ['preparingUnit', 'name'], width: 140 },
        ...(canEdit
          ? [
              {
                key: 'actions',
                width: 130,
                render: (_: unknown, row: Row) =>
                  row.kind === 'entry' &&
                  !row.isCancelled && (
                    <Space size={4}>
                      <Button size="small" onClick={() => onEdit(row)}>
                        {t('schedule.actions.edit')}
                      </Button>
                      <Button size="small" danger onClick={() => onCancel(row)}>
                        {t('schedule.actions.cancel')}
                      </Button>
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
