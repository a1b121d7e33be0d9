import '../documents.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { TraceLine } from '../../../shared/contracts/documents';
import { formatDate } from '../../../shared/format';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { taskPath } from '../../work/paths';
import { useTraceability } from '../api';
import { ProgressSummary } from '../components/ProgressSummary';
import { documentPath, planPath } from '../paths';
import { KeyboardScrollable } from '../../../shared/ui/KeyboardScrollable';

/** Row spans that merge a plan's, and a target's, consecutive lines into one cell, as a tree read top-down. */
function spansOf(lines: TraceLine[], keyOf: (line: TraceLine) => string) {
  const spans = lines.map(() => 0);
  for (let start = 0; start < lines.length;) {
    let end = start + 1;
    while (end < lines.length && keyOf(lines[end]) === keyOf(lines[start])) end++;
    spans[start] = end - start;
    start = end;
  }
  return spans;
}

const TRACE_TABLE_WIDTH = 1080;
const outcomeColor = { completed_on_time: 'green', completed_late: 'orange', open_in_time: 'blue', open_overdue: 'red' } as const;
const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "Truy vết": directive → plans → targets → tasks → outcome, with who is accountable for each line; exportable to Excel. */
export function TraceabilityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const trace = useTraceability(id);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(documentPath(id))}>
      {t('documents.detail.info')}
    </Button>
  );
  if (trace.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (trace.isError) {
    if (trace.error instanceof ApiError && (trace.error.status === 404 || trace.error.status === 400)) {
      return <Result status="404" title={t('documents.detail.notFound')} extra={back} />;
    }
    return <QueryErrorAlert error={trace.error} onRetry={() => void trace.refetch()} />;
  }
  const data = trace.data;

  const planSpans = spansOf(data.lines, (line) => line.plan.id);
  const targetSpans = spansOf(data.lines, (line) => `${line.plan.id}/${line.target?.id ?? ''}`);
  const planCell = (_: TraceLine, index?: number) => ({ rowSpan: planSpans[index ?? 0] });
  const targetCell = (_: TraceLine, index?: number) => ({ rowSpan: targetSpans[index ?? 0] });
  const columns = [
    {
      title: t('documents.trace.plan'),
      key: 'plan',
      width: 130,
      // The plan names the row: it stays in view while the table scrolls sideways.
      fixed: 'left' as const,
      onCell: planCell,
      render: (_: unknown, line: TraceLine) => (
        <Flex vertical>
          <Link to={planPath(line.plan.id)}>{line.plan.number}</Link>
          <Typography.Text type="secondary">{line.plan.unit.name}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('documents.trace.target'),
      key: 'target',
      width: 200,
      onCell: targetCell,
      render: (_: unknown, line: TraceLine) =>
        line.target ? (
          <Flex vertical>
            <span>{line.target.metric}</span>
            <Typography.Text type="secondary">
              {`${number.format(line.target.reachedValue)} / ${number.format(line.target.targetValue)} ${line.target.unitOfMeasure} · ${formatDate(line.target.deadline)}`}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('documents.trace.noTarget')}</Typography.Text>
        ),
    },
    {
      title: t('documents.trace.targetAccountable'),
      key: 'accountable',
      width: 150,
      onCell: targetCell,
      render: (_: unknown, line: TraceLine) =>
        line.target && (
          <Flex vertical>
            <Typography.Text strong>{line.target.accountablePerson.fullName}</Typography.Text>
            <Typography.Text type="secondary">{line.target.unit.name}</Typography.Text>
          </Flex>
        ),
    },
    {
      title: t('documents.trace.task'),
      key: 'task',
      width: 200,
      render: (_: unknown, line: TraceLine) =>
        line.task ? (
          <Link to={taskPath(line.task.id)}>{line.task.title}</Link>
        ) : (
          line.target && <Typography.Text type="secondary">{t('documents.trace.noTask')}</Typography.Text>
        ),
    },
    {
      title: t('documents.trace.owner'),
      key: 'owner',
      width: 140,
      render: (_: unknown, line: TraceLine) =>
        line.task && (
          <Flex vertical>
            <span>{line.task.owner.fullName}</span>
            <Typography.Text type="secondary">{line.task.unit.name}</Typography.Text>
          </Flex>
        ),
    },
    { title: t('documents.trace.dueDate'), key: 'due', width: 110, render: (_: unknown, line: TraceLine) => line.task && formatDate(line.task.dueDate) },
    {
      title: t('documents.trace.outcome'),
      key: 'outcome',
      width: 150,
      render: (_: unknown, line: TraceLine) =>
        line.task && (
          <Flex vertical gap={2} align="flex-start">
            <Typography.Text type="secondary">{t(`work.status.${line.task.status}`)}</Typography.Text>
            {line.task.outcome && <Tag color={outcomeColor[line.task.outcome]}>{t(`work.outcome.${line.task.outcome}`)}</Tag>}
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('documents.trace.title', { number: data.document.number })}
        description={t('documents.trace.description')}
        extra={
          <>
            {back}
            <ExportButton path={`/documents/${id}/traceability`} query={{}} label={t('documents.trace.export')} />
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={`${data.document.number} — ${data.document.title}`}>
          <Typography.Paragraph type="secondary">{`${data.document.issuingBody} · ${formatDate(data.document.issueDate)}`}</Typography.Paragraph>
          <ProgressSummary progress={data.progress} showTargets />
        </Card>
        {data.truncated && <Alert type="warning" showIcon title={t('documents.trace.truncated', { count: data.lines.length })} />}
        <Card size="small">
          {data.lines.length === 0 ? (
            <Empty description={t('documents.trace.noPlans')} />
          ) : (
            <KeyboardScrollable label={t('documents.trace.description')}>
              <Table<TraceLine>
                className="documents-trace-table"
                rowKey={(line) => `${line.plan.id}-${line.target?.id ?? ''}-${line.task?.id ?? ''}`}
                columns={columns}
                dataSource={data.lines}
                bordered
                pagination={false}
                tableLayout="fixed"
                // The columns add up to what a 1440 px screen leaves beside the menu; narrower screens
                // scroll sideways with the plan column held.
                scroll={{ x: TRACE_TABLE_WIDTH }}
              />
            </KeyboardScrollable>
          )}
        </Card>
      </Flex>
    </>
  );
}
