import '../conduct.css';
import { ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Suggestion } from '../../../shared/contracts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { CursorPager, PageHeader, QueryErrorAlert, useCursorPages, useServerFormErrors } from '../../../shared/ui';
import { taskPath } from '../../work/paths';
import { useSuggestionActions, useSuggestions } from '../api';
import { casePath } from '../paths';
import { CatalogItemText } from '../components/CatalogItemText';

type Status = 'open' | 'dismissed' | 'opened';

/** Suggested cases: the evidence behind each, then a person opens a case or dismisses it with a reason. */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [status, setStatus] = useState<Status>('open');
  const pages = useCursorPages(status);
  const page = useSuggestions(status, pages.cursor);
  const actions = useSuggestionActions();
  const [dismissing, setDismissing] = useState<Suggestion | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);

  const compute = async () => {
    const result = await actions.compute.mutateAsync();
    void message.success(t('conduct.suggestions.computed', { created: result.created }));
  };
  const openCase = async (suggestion: Suggestion) => {
    const opened = await actions.open.mutateAsync(suggestion.id);
    navigate(casePath(opened.id));
  };
  const dismiss = async ({ reason }: { reason: string }) => {
    if (!dismissing) return;
    try {
      await actions.dismiss.mutateAsync({ id: dismissing.id, reason });
      setDismissing(null);
    } catch (error) {
      reportError(error);
    }
  };

  const columns = [
    {
      title: t('conduct.suggestions.signal'),
      key: 'signal',
      render: (_: unknown, row: Suggestion) => (
        <Flex vertical gap={2}>
          <Tag color="orange">{t(`conduct.suggestionSignal.${row.signalKind}`)}</Tag>
          <Typography.Text>{row.summary}</Typography.Text>
          <Typography.Text type="secondary" className="task-meta">
            {formatDateTime(row.createdAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('conduct.suggestions.subject'), key: 'subject', render: (_: unknown, row: Suggestion) => row.subject.fullName },
    {
      title: t('conduct.suggestions.item'),
      key: 'item',
      render: (_: unknown, row: Suggestion) => <CatalogItemText code={row.itemCode} text={row.itemText} />,
    },
    {
      title: t('conduct.suggestions.evidence'),
      key: 'evidence',
      render: (_: unknown, row: Suggestion) => (
        <Flex vertical gap={2}>
          {row.evidence.taskIds.slice(0, 5).map((taskId, index) => (
            <Link key={taskId} to={taskPath(taskId)}>
              #{index + 1}
              {row.evidence.dates[index] ? ` · ${formatDate(row.evidence.dates[index])}` : ''}
            </Link>
          ))}
          <Typography.Text type="secondary" className="task-meta">
            {t('conduct.suggestions.tasks', { count: row.evidence.taskIds.length })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, row: Suggestion) =>
        row.status === 'open' ? (
          <Flex gap={8} wrap>
            <Button type="primary" size="small" loading={actions.open.isPending} onClick={() => void openCase(row)}>
              {t('conduct.suggestions.openCase')}
            </Button>
            <Button
              size="small"
              onClick={() => {
                clearFormError();
                setDismissing(row);
              }}
            >
              {t('conduct.suggestions.dismiss')}
            </Button>
          </Flex>
        ) : row.caseId ? (
          <Link to={casePath(row.caseId)}>{t('conduct.suggestions.viewCase')}</Link>
        ) : (
          <Typography.Text type="secondary">{row.dismissalReason}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('conduct.suggestions.title')}
        description={t('conduct.suggestions.description')}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<ThunderboltOutlined aria-hidden />} loading={actions.compute.isPending} onClick={() => void compute()}>
              {t('conduct.suggestions.compute')}
            </Button>
            <ExportButton path="/conduct/suggestions" query={{ status }} />
          </Flex>
        }
      />
      <Card size="small">
        <Segmented<Status>
          className="filters-row"
          value={status}
          onChange={setStatus}
          options={(['open', 'dismissed', 'opened'] as const).map((value) => ({ value, label: t(`conduct.suggestions.${value}`) }))}
        />
        {page.isError && <QueryErrorAlert error={page.error} onRetry={() => void page.refetch()} />}
        <Table<Suggestion>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={page.data?.items ?? []}
          loading={page.isFetching}
          pagination={false}
          locale={{ emptyText: t('conduct.suggestions.empty') }}
          scroll={{ x: 800 }}
        />
        <CursorPager
          hasPrevious={pages.hasPrevious}
          nextCursor={page.data?.nextCursor}
          onPrevious={pages.previous}
          onNext={pages.next}
          isLoading={page.isFetching}
        />
      </Card>
      <Modal
        open={dismissing !== null}
        title={t('conduct.suggestions.dismiss')}
        onCancel={() => setDismissing(null)}
        onOk={() => form.submit()}
        okText={t('conduct.suggestions.dismiss')}
        cancelText={t('common.cancel')}
        confirmLoading={actions.dismiss.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={dismiss} onValuesChange={clearFormError}>
          {formError && <Typography.Text type="danger">{formError}</Typography.Text>}
          <Form.Item
            label={t('conduct.suggestions.dismissReason')}
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('conduct.suggestions.dismissReason') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
