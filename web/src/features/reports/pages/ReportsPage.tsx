import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Form, InputNumber, Progress, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../shared/api';
import type { ReportRun } from '../../../shared/contracts/reports';
import { formatDate, formatDateTime, toIsoDate } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { UnitTreeSelect } from '../../org';
import { reportFileUrl, useReportRuns, useRequestReport } from '../api';

type Kind = 'month' | 'quarter' | 'half_year' | 'year' | 'range';
interface FormValues {
  unitId: string;
  kind: Kind;
  year: number;
  number?: number;
  range?: [Dayjs, Dayjs];
  layout?: 'party' | 'administrative';
  isConfidential?: boolean;
}

const numbers: Record<Kind, number> = { month: 12, quarter: 4, half_year: 2, year: 0, range: 0 };

/** A leader asks for a draft Directive 24 report and downloads the Word file once it is made. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form) ?? 'quarter';
  const runs = useReportRuns();
  const request = useRequestReport();
  const submit = async (values: FormValues) => {
    const period =
      values.kind === 'range'
        ? { kind: 'range' as const, fromDate: toIsoDate(values.range![0]), toDate: toIsoDate(values.range![1]) }
        : values.kind === 'year'
          ? { kind: 'year' as const, year: values.year }
          : { kind: values.kind, year: values.year, number: values.number ?? 1 };
    try {
      await request.mutateAsync({ unitId: values.unitId, period, layout: values.layout, place: 'Hà Nội', isConfidential: values.isConfidential ?? false });
      message.success(t('reports.queued'));
    } catch (error) {
      applyServerErrors(form, error, i18n.language === 'en' ? 'en' : 'vi');
    }
  };
  const statusTag = (run: ReportRun) =>
    run.status === 'running' || run.status === 'queued' ? (
      <Progress percent={run.percent} size="small" style={{ width: 140 }} />
    ) : (
      <Tag color={run.status === 'done' ? 'green' : 'red'}>{t(`reports.status.${run.status}`)}</Tag>
    );
  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.description')} />
      {runs.data?.canGenerate && (
        <Card>
          <Form
            form={form}
            layout="inline"
            onFinish={submit}
            initialValues={{ kind: 'quarter', year: new Date().getFullYear(), number: Math.floor(new Date().getMonth() / 3) + 1 }}
          >
            <Form.Item name="unitId" label={t('reports.unit')} rules={[{ required: true, message: t('reports.unitRequired') }]} style={{ minWidth: 280 }}>
              <UnitTreeSelect />
            </Form.Item>
            <Form.Item name="kind" label={t('reports.period')}>
              <Select
                style={{ width: 150 }}
                options={(['month', 'quarter', 'half_year', 'year', 'range'] as const).map((value) => ({ value, label: t(`reports.kinds.${value}`) }))}
              />
            </Form.Item>
            {kind !== 'range' && (
              <Form.Item name="year" label={t('reports.year')}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
            )}
            {numbers[kind] > 0 && (
              <Form.Item name="number" label={t(`reports.numberOf.${kind}`)}>
                <Select style={{ width: 90 }} options={Array.from({ length: numbers[kind] }, (_, index) => ({ value: index + 1, label: String(index + 1) }))} />
              </Form.Item>
            )}
            {kind === 'range' && (
              <Form.Item name="range" label={t('reports.range')} rules={[{ required: true, message: t('reports.rangeRequired') }]}>
                <DatePicker.RangePicker format="DD/MM/YYYY" />
              </Form.Item>
            )}
            <Form.Item name="layout" label={t('reports.layout')}>
              <Select
                allowClear
                placeholder={t('reports.layoutAuto')}
                style={{ width: 200 }}
                options={[
                  { value: 'administrative', label: t('reports.layouts.administrative') },
                  { value: 'party', label: t('reports.layouts.party') },
                ]}
              />
            </Form.Item>
            {runs.data.canGenerateConfidential && (
              <Form.Item name="isConfidential" valuePropName="checked">
                <Checkbox>{t('reports.confidential')}</Checkbox>
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" icon={<FileWordOutlined aria-hidden />} loading={request.isPending}>
              {t('reports.generate')}
            </Button>
          </Form>
          <p style={{ marginTop: 12, color: '#6b7280' }}>{t('reports.cutoffHelp')}</p>
        </Card>
      )}
      <Card style={{ marginTop: 16 }}>
        {runs.isError && <QueryErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
        <Table<ReportRun>
          rowKey="id"
          size="small"
          loading={runs.isPending}
          dataSource={runs.data?.items ?? []}
          pagination={false}
          columns={[
            {
              title: t('reports.period'),
              dataIndex: 'periodLabel',
              render: (label: string, run) => (
                <>
                  {`${label} (${formatDate(run.fromDate)} – ${formatDate(run.toDate)})`}{' '}
                  {run.isConfidential && <Tag color="red">{t('reports.confidentialTag')}</Tag>}
                </>
              ),
            },
            { title: t('reports.layout'), dataIndex: 'layout', render: (layout: ReportRun['layout']) => t(`reports.layouts.${layout}`) },
            { title: t('reports.requestedBy'), dataIndex: 'requestedByName' },
            { title: t('reports.cutoff'), dataIndex: 'dataCutoffAt', render: (value: string | null) => formatDateTime(value) },
            { title: t('reports.statusTitle'), key: 'status', render: (_: unknown, run) => statusTag(run) },
            {
              key: 'file',
              render: (_: unknown, run) =>
                run.status === 'done' ? (
                  <Button size="small" icon={<DownloadOutlined aria-hidden />} href={reportFileUrl(run.id)}>
                    {t('reports.download')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
