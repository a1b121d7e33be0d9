import { Alert, App, Form, Modal, Skeleton } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/contracts';
import { useServerFormErrors } from '../../../../shared/ui';
import type { ActionSpec, CommandValues } from '../../task-actions';
import { useTaskCommand } from '../../task-commands';

interface CommandModalProps {
  task: TaskListItem;
  /** The action whose form is shown; it stays set while the dialog closes. */
  action: ActionSpec | null;
  open: boolean;
  onClose: () => void;
}

/** A small dialog with the fields one command needs; server field errors land under the fields. */
export function CommandModal({ task, action, open, onClose }: CommandModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommandValues>();
  const command = useTaskCommand();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const label = action ? t(`taskAction.${action.key}`) : '';

  const submit = (values: CommandValues) => {
    if (!action?.toBody) return;
    clearFormError();
    command.mutate(
      { taskId: task.id, command: action.command, body: action.toBody(values) },
      {
        onSuccess: () => {
          void message.success(t('taskAction.done', { action: label }));
          onClose();
        },
        onError: reportError,
      },
    );
  };

  const Fields = action?.Fields;
  return (
    <Modal
      title={`${label}: ${task.title}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      okButtonProps={{ danger: action?.tone === 'danger' }}
      cancelText={t('common.cancel')}
      confirmLoading={command.isPending}
      destroyOnHidden
      afterClose={() => command.reset()}
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={clearFormError} initialValues={action?.initialValues?.(task)} preserve={false}>
        {formError && <Alert type="error" showIcon title={formError} className="form-alert" />}
        {Fields && (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 2 }} />}>
            <Fields task={task} />
          </Suspense>
        )}
      </Form>
    </Modal>
  );
}
