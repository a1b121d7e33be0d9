import '../work.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Form, Input, Modal, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../shared/format';
import { PageHeader, QueryErrorAlert, useServerFormErrors } from '../../../shared/ui';
import { taskPath } from '../paths';
import { type TaskSeries, useSeriesChange, useSeriesList } from './api';
import { CreateSeriesDrawer } from './CreateSeriesDrawer';
import { scheduleText } from './schedule-text';

type Change = { kind: 'skip' | 'end'; series: TaskSeries } | null;

/** Skipping an occurrence or ending a series, each with its reason. */
function ReasonModal({ change, onClose }: { change: Change; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ date?: string; reason: string }>();
  const { skip, end } = useSeriesChange();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const upcoming = change?.series.occurrences.filter((o) => o.state === 'upcoming') ?? [];
  const submit = async (values: { date?: string; reason: string }) => {
    if (!change) return;
    clearFormError();
    try {
      if (change.kind === 'skip') await skip.mutateAsync({ id: change.series.id, date: values.date ?? '', reason: values.reason });
      else await end.mutateAsync({ id: change.series.id, reason: values.reason });
      onClose();
    } catch (error) {
      reportError(error);
    }
  };
  const label = change?.kind === 'skip' ? t('workStructure.series.skip') : t('workStructure.series.end');
  return (
    <Modal
      title={change ? `${label}: ${change.series.title}` : ''}
      open={change !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      okButtonProps={{ danger: change?.kind === 'end' }}
      cancelText={t('common.cancel')}
      confirmLoading={skip.isPending || end.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={clearFormError} preserve={false} initialValues={{ date: upcoming[0]?.date }}>
        {formError && <Alert type="error" showIcon title={formError} className="form-alert" />}
        {change?.kind === 'skip' && (
          <Form.Item label={t('workStructure.series.occurrence')} name="date" rules={[{ required: true }]}>
            <Select options={upcoming.map((o) => ({ value: o.date, label: formatDate(o.date) }))} />
          </Form.Item>
        )}
        <Form.Item
          label={t('workStructure.series.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('workStructure.series.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const stateColors = { created: 'blue', skipped: 'default', upcoming: 'gold' } as const;

function SeriesCard({ series, onChange }: { series: TaskSeries; onChange: (change: Change) => void }) {
  const { t } = useTranslation();
  const isActive = series.status === 'active';
  return (
    <Card
      size="small"
      title={series.title}
      extra={
        series.canManage &&
        isActive && (
          <Space>
            <Button size="small" onClick={() => onChange({ kind: 'skip', series })} disabled={!series.occurrences.some((o) => o.state === 'upcoming')}>
              {t('workStructure.series.skip')}
            </Button>
            <Button size="small" danger onClick={() => onChange({ kind: 'end', series })}>
              {t('workStructure.series.end')}
            </Button>
          </Space>
        )
      }
    >
      <Flex vertical gap={6}>
        <Typography.Text>
          <Tag color={isActive ? 'green' : 'default'}>{t(`workStructure.status.${series.status}`)}</Tag>
          {scheduleText(t, series.schedule)} · {t('workStructure.series.leadShort', { n: series.leadWorkingDays })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('work.field.owner')}: {series.owner.fullName} · {series.unit.name} · {t('workStructure.series.by', { name: series.assigner.fullName })}
        </Typography.Text>
        {!isActive && (
          <Typography.Text type="secondary">
            {t('workStructure.series.endedText', { date: formatDateTime(series.endedAt), reason: series.endReason ?? '' })}
          </Typography.Text>
        )}
        <Flex gap={6} wrap aria-label={t('workStructure.series.occurrences')}>
          {series.occurrences.map((o) => (
            <Tag key={o.date} color={stateColors[o.state]} title={o.skippedReason ?? undefined}>
              {o.taskId ? <Link to={taskPath(o.taskId)}>{formatDate(o.date)}</Link> : formatDate(o.date)} · {t(`workStructure.occurrence.${o.state}`)}
            </Tag>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

/** "Việc định kỳ": the series the viewer is concerned with, their occurrences, and create / skip / end. */
export function RecurringTasksPage() {
  const { t } = useTranslation();
  const list = useSeriesList();
  const [isCreating, setCreating] = useState(false);
  const [change, setChange] = useState<Change>(null);
  return (
    <>
      <PageHeader
        title={t('workStructure.series.title')}
        description={t('workStructure.series.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('workStructure.series.create')}
          </Button>
        }
      />
      {list.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <Empty description={t('workStructure.series.empty')} />}
      <Flex vertical gap={12}>
        {list.data?.map((series) => (
          <SeriesCard key={series.id} series={series} onChange={setChange} />
        ))}
      </Flex>
      <CreateSeriesDrawer open={isCreating} onClose={() => setCreating(false)} />
      <ReasonModal change={change} onClose={() => setChange(null)} />
    </>
  );
}
