import './views.css';
import { BellOutlined, CloseCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../shared/contracts';
import { DATE_FORMAT, toIsoDate } from '../../../shared/format';
import { localize } from '../../../shared/i18n';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { useServerFormErrors } from '../../../shared/ui';
import { allowedActions } from '../task-actions';
import { useBulkAction } from './views-api';

type Kind = 'remind' | 'extend' | 'cancel';
type Values = { reason?: string; note?: string; newDueDate?: Dayjs };

/**
 * Actions on the selected tasks: each runs as its own command on the server, and what failed is listed task by task.
 * Their export is the list's own server export narrowed to the selected ids, so the viewer's scope still applies.
 */
export function BulkActionsBar({ tasks, view, onDone }: { tasks: TaskListItem[]; view: 'mine' | 'unit'; onDone: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const bulk = useBulkAction();
  const [kind, setKind] = useState<Kind | null>(null);
  const [form] = Form.useForm<Values>();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  if (tasks.length === 0) return null;
  // The assigner's buttons show when at least one selected task allows them; the server decides each.
  const mayExtend = tasks.some((task) => allowedActions(task, ['extend']).length > 0);
  const mayCancel = tasks.some((task) => allowedActions(task, ['cancel']).length > 0);
  const label = kind ? t(`workViews.${kind}`) : '';

  const submit = (values: Values) => {
    if (!kind) return;
    const taskIds = tasks.map((task) => task.id);
    const body =
      kind === 'remind'
        ? { action: kind, taskIds, note: values.note?.trim() || undefined }
        : kind === 'extend'
          ? { action: kind, taskIds, reason: values.reason ?? '', newDueDate: values.newDueDate ? toIsoDate(values.newDueDate) : '' }
          : { action: kind, taskIds, reason: values.reason ?? '' };
    bulk.mutate(body, {
      onSuccess: ({ results }) => {
        setKind(null);
        const failed = results.filter((result) => !result.ok);
        const ok = results.length - failed.length;
        void message.success(t('workViews.bulkDone', { ok, total: results.length }));
        if (failed.length > 0) {
          const titleOf = (id: string) => tasks.find((task) => task.id === id)?.title ?? id;
          modal.warning({
            title: t('workViews.bulkFailed'),
            content: (
              <ul>
                {failed.map((result) => (
                  <li key={result.taskId}>
                    {titleOf(result.taskId)}: {result.message ? localize(result.message) : result.status}
                  </li>
                ))}
              </ul>
            ),
          });
        }
        onDone();
      },
      onError: reportError,
    });
  };

  return (
    <Flex gap={8} align="center" wrap className="bulk-actions-bar">
      <Typography.Text strong>{t('workViews.selected', { count: tasks.length })}</Typography.Text>
      <Button icon={<BellOutlined aria-hidden />} onClick={() => setKind('remind')}>
        {t('workViews.remind')}
      </Button>
      <ExportButton path="/tasks" query={{ view, ids: tasks.map((task) => task.id) }} label={t('workViews.export')} />
      {mayExtend && (
        <Button icon={<FieldTimeOutlined aria-hidden />} onClick={() => setKind('extend')}>
          {t('workViews.extend')}
        </Button>
      )}
      {mayCancel && (
        <Button danger icon={<CloseCircleOutlined aria-hidden />} onClick={() => setKind('cancel')}>
          {t('workViews.cancel')}
        </Button>
      )}
      <Modal
        title={`${label} — ${t('workViews.selected', { count: tasks.length })}`}
        open={kind !== null}
        onCancel={() => setKind(null)}
        onOk={() => form.submit()}
        okText={label}
        okButtonProps={{ danger: kind === 'cancel' }}
        confirmLoading={bulk.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} onValuesChange={clearFormError} preserve={false}>
          {formError && <div className="form-alert">{formError}</div>}
          {kind === 'extend' && (
            <Form.Item name="newDueDate" label={t('workViews.newDueDate')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          )}
          {kind === 'remind' ? (
            <Form.Item name="note" label={t('workViews.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          ) : (
            <Form.Item name="reason" label={t('workViews.reason')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
