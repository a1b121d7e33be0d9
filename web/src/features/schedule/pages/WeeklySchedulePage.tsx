import { FileExcelOutlined, FileWordOutlined, GlobalOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Descriptions, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { ScheduleEntry, WeeklySchedule, WeeklyScheduleStatus } from '../../../shared/contracts/schedule';
import { formatDate, formatDateTime, todayIso } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { type ScheduleStep, useCancelEntry, useCreateSchedule, useMoveSchedule, useWeek } from '../api';
import { EntryDrawer } from '../components/EntryDrawer';
import { ScheduleTable } from '../components/ScheduleTable';
import { fileUrl, PUBLIC_SCHEDULE_PATH } from '../paths';
import '../schedule.css';

const statusColor: Record<WeeklyScheduleStatus, string> = { draft: 'default', submitted: 'gold', approved: 'cyan', published: 'green' };
const shift = (day: string, days: number) => {
  const date = new Date(`${day}T05:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The week's schedule: everyone reads it once published; the Office drafts, a leader approves. */
export function WeeklySchedulePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const day = params.get('tuan') ?? todayIso();
  const week = useWeek(day);
  const data = week.data;
  const goTo = (next: string) => setParams({ tuan: next });
  const [drawer, setDrawer] = useState<{ entry: ScheduleEntry | null } | null>(null);
  const create = useCreateSchedule();
  const scheduleId = data?.schedule?.id ?? '';
  const move = useMoveSchedule(scheduleId);
  const cancel = useCancelEntry(scheduleId);
  const report = (error: unknown) => void message.error(error instanceof ApiError ? error.text[language] : t('schedule.failed'));
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      void message.success(t('schedule.done'));
    } catch (error) {
      report(error);
    }
  };
  const askReason = (title: string, then: (reason: string) => Promise<unknown>) => {
    let reason = '';
    modal.confirm({
      title,
      content: <Input.TextArea aria-label={t('schedule.reason')} placeholder={t('schedule.reason')} onChange={(event) => (reason = event.target.value)} />,
      onOk: () => run(() => then(reason)),
    });
  };
  const publish = () => {
    let onPublicSite = false;
    modal.confirm({
      title: t('schedule.actions.publish'),
      content: <Checkbox onChange={(event) => (onPublicSite = event.target.checked)}>{t('schedule.onPublicSite')}</Checkbox>,
      onOk: () => run(() => move.mutateAsync({ name: 'publish', onPublicSite })),
    });
  };
  const step = (value: ScheduleStep) => run(() => move.mutateAsync(value));
  return (
    <>
      <PageHeader
        title={t('schedule.title')}
        description={data ? t('schedule.weekOf', { number: data.weekNumber, from: formatDate(data.weekStart), to: formatDate(data.weekEnd) }) : undefined}
        extra={
          <Space wrap>
            <Button icon={<LeftOutlined aria-hidden />} onClick={() => goTo(shift(data?.weekStart ?? day, -7))}>
              {t('schedule.previous')}
            </Button>
            <Button onClick={() => goTo(todayIso())}>{t('schedule.thisWeek')}</Button>
            <Button icon={<RightOutlined aria-hidden />} onClick={() => goTo(shift(data?.weekStart ?? day, 7))}>
              {t('schedule.next')}
            </Button>
            {data?.schedule && (
              <>
                <Button icon={<FileWordOutlined aria-hidden />} href={fileUrl(`/weekly-schedules/${data.schedule.id}/export.docx`)}>
                  {t('schedule.exportWord')}
                </Button>
                <Button icon={<FileExcelOutlined aria-hidden />} href={fileUrl(`/weekly-schedules/${data.schedule.id}/export.xlsx`)}>
                  {t('schedule.exportExcel')}
                </Button>
              </>
            )}
            {data?.schedule?.isPublic && (
              <Button icon={<GlobalOutlined aria-hidden />} href={`${PUBLIC_SCHEDULE_PATH}?tuan=${data.weekStart}`} target="_blank">
                {t('schedule.portal')}
              </Button>
            )}
          </Space>
        }
      />
      {week.isError && <QueryErrorAlert error={week.error} onRetry={() => void week.refetch()} />}
      {data && <ScheduleState week={data} />}
      {data && (
        <Space wrap style={{ marginBottom: 12 }}>
          {data.abilities.create && (
            <Button type="primary" loading={create.isPending} onClick={() => run(() => create.mutateAsync(data.weekStart))}>
              {t('schedule.actions.create')}
            </Button>
          )}
          {data.abilities.editEntries && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ entry: null })}>
              {t('schedule.actions.add')}
            </Button>
          )}
          {data.abilities.submit && (
            <Button type="primary" onClick={() => step({ name: 'submit' })}>
              {t('schedule.actions.submit')}
            </Button>
          )}
          {data.abilities.approve && (
            <Button type="primary" onClick={() => step({ name: 'approve' })}>
              {t('schedule.actions.approve')}
            </Button>
          )}
          {data.abilities.returnToDraft && (
            <Button onClick={() => askReason(t('schedule.actions.return'), (reason) => move.mutateAsync({ name: 'return', reason }))}>
              {t('schedule.actions.return')}
            </Button>
          )}
          {data.abilities.publish && (
            <Button type="primary" onClick={publish}>
              {t('schedule.actions.publish')}
            </Button>
          )}
        </Space>
      )}
      <Card>
        <ScheduleTable
          entries={data?.entries ?? []}
          loading={week.isPending}
          canEdit={!!data?.abilities.editEntries}
          onEdit={(entry) => setDrawer({ entry })}
          onCancel={(entry) => askReason(t('schedule.actions.cancel'), (reason) => cancel.mutateAsync({ entryId: entry.id, reason }))}
        />
      </Card>
      {data?.schedule && drawer && <EntryDrawer week={data} entry={drawer.entry} open onClose={() => setDrawer(null)} />}
    </>
  );
}

function ScheduleState({ week }: { week: WeeklySchedule }) {
  const { t } = useTranslation();
  const schedule = week.schedule;
  if (!schedule) return <p className="schedule-none">{t('schedule.none')}</p>;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('schedule.status.label')}>
        <Tag color={statusColor[schedule.status]}>{t(`schedule.status.${schedule.status}`)}</Tag>
        {schedule.isPublic && <Tag color="purple">{t('schedule.public')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('schedule.draftedBy')}>{schedule.draftedByName}</Descriptions.Item>
      {schedule.approvedByName && (
        <Descriptions.Item label={t('schedule.approvedBy')}>
          {schedule.approvedByName} · {formatDateTime(schedule.approvedAt)}
        </Descriptions.Item>
      )}
      {schedule.publishedByName && (
        <Descriptions.Item label={t('schedule.publishedBy')}>
          {schedule.publishedByName} · {formatDateTime(schedule.publishedAt)}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
