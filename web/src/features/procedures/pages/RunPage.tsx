import { App, Button, Card, Descriptions, Flex, Form, Input, Spin, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Run } from '../../../shared/contracts/procedures';
import { formatDate, formatDateTime, toIsoDate } from '../../../shared/format';
import { DateInput, PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { usePromise, useRun } from '../api';
import { CancelRunButton } from '../components/CancelRunButton';
import { refusalText } from '../errors';
import { fileUrl, procedurePath } from '../paths';

type Line = Run['steps'][number];
const HOURS_PER_DAY = 7.5;

/** One run and its hand-over slip (phiếu kiểm soát quá trình), printable, with the late run's promised date. */
export function RunPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const run = useRun(id);
  const promise = usePromise();
  const [form] = Form.useForm<{ promisedDate: Dayjs; reason: string }>();
  if (run.isLoading) return <Spin />;
  if (run.isError || !run.data) return <QueryErrorAlert error={run.error} onRetry={() => void run.refetch()} />;
  const r = run.data;
  const hours = (value: number | null) =>
    value === null ? '' : `${t('procedures.run.hours', { hours: value })} (${Math.round((value / HOURS_PER_DAY) * 10) / 10})`;
  const outcome = (line: Line) =>
    line.state === 'done' ? (
      <Tag color={line.isLate ? 'red' : 'green'}>{t(line.isLate ? 'procedures.run.late' : 'procedures.run.onTime')}</Tag>
    ) : (
      <Tag>{t(`procedures.stepState.${line.state}`)}</Tag>
    );
  const columns = [
    { title: t('procedures.field.position'), dataIndex: 'position', width: 48 },
    {
      title: t('procedures.field.stepName'),
      key: 'name',
      render: (_: unknown, l: Line) => (l.taskId ? <Link to={`/viec/${l.taskId}`}>{l.name}</Link> : l.name),
    },
    { title: t('procedures.field.person'), key: 'person', render: (_: unknown, l: Line) => l.person.fullName },
    { title: t('procedures.field.holder'), key: 'holder', render: (_: unknown, l: Line) => l.holder?.fullName ?? '' },
    { title: t('procedures.field.receivedAt'), key: 'received', render: (_: unknown, l: Line) => (l.receivedAt ? formatDateTime(l.receivedAt) : '') },
    { title: t('procedures.field.handedOverAt'), key: 'handed', render: (_: unknown, l: Line) => (l.handedOverAt ? formatDateTime(l.handedOverAt) : '') },
    { title: t('procedures.field.limit'), key: 'limit', render: (_: unknown, l: Line) => hours(l.limitHours) },
    { title: t('procedures.field.usedHours'), key: 'used', render: (_: unknown, l: Line) => hours(l.usedHours) },
    { title: t('procedures.field.dueDate'), key: 'due', render: (_: unknown, l: Line) => (l.dueDate ? formatDate(l.dueDate) : '') },
    { title: t('procedures.field.outcome'), key: 'outcome', render: (_: unknown, l: Line) => outcome(l) },
  ];
  const submitPromise = async (values: { promisedDate: Dayjs; reason: string }) => {
    try {
      await promise.mutateAsync({ id: r.id, promisedDate: toIsoDate(values.promisedDate), reason: values.reason });
      form.resetFields();
    } catch (error) {
      void message.error(refusalText(error));
    }
  };
  return (
    <>
      <PageHeader
        title={`${t('procedures.run.slip')}: ${r.subjectTitle}`}
        description={
          <Link to={procedurePath(r.procedure.id)}>{`${r.procedure.code} — ${r.procedure.title} (${t('procedures.field.edition')} ${r.edition})`}</Link>
        }
        extra={
          <>
            <Button onClick={() => window.print()}>{t('procedures.run.print')}</Button>
            <Button href={fileUrl(`/procedure-runs/${r.id}/slip.xlsx`)}>{t('procedures.run.exportSlip')}</Button>
            {r.abilities.canCancel && <CancelRunButton run={r} />}
          </>
        }
      />
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('procedures.field.reference')}>{r.reference}</Descriptions.Item>
          <Descriptions.Item label={t('procedures.field.startedAt')}>{`${formatDateTime(r.startedAt)} — ${r.startedBy.fullName}`}</Descriptions.Item>
          <Descriptions.Item label={t('procedures.field.dueDate')}>
            {formatDate(r.dueDate)} {r.isOverdue && <Tag color="red">{t('procedures.run.overdue')}</Tag>} <Tag>{t(`procedures.runState.${r.state}`)}</Tag>
          </Descriptions.Item>
          {r.promisedDate && (
            <Descriptions.Item label={t('procedures.run.promisedDate')}>
              {t('procedures.run.promised', { count: r.promiseCount, date: formatDate(r.promisedDate), reason: r.promiseReason ?? '' })}
            </Descriptions.Item>
          )}
          {r.cancellation && (
            <Descriptions.Item label={t('procedures.runState.cancelled')} span={3}>
              {t('procedures.run.cancelled', { at: formatDateTime(r.cancellation.at), by: r.cancellation.by?.fullName ?? '', reason: r.cancellation.reason })}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Table rowKey="stepId" size="small" columns={columns} dataSource={r.steps} pagination={false} aria-label={t('procedures.run.slip')} />
      </Card>
      {r.abilities.canPromise && (
        <Card title={t('procedures.run.promise')} className="procedure-promise">
          <Form form={form} layout="inline" onFinish={(values) => void submitPromise(values)}>
            <Form.Item name="promisedDate" label={t('procedures.run.promisedDate')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="reason" label={t('procedures.run.reason')} rules={[{ required: true, whitespace: true }]}>
              <Input style={{ minWidth: 280 }} />
            </Form.Item>
            <Flex>
              <Button htmlType="submit" loading={promise.isPending}>
                {t('procedures.run.promise')}
              </Button>
            </Flex>
          </Form>
        </Card>
      )}
    </>
  );
}
