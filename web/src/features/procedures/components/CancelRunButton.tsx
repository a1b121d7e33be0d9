import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Run } from '../../../shared/contracts/procedures';
import { useServerFormErrors } from '../../../shared/ui';
import { useCancelRun } from '../api';

/** Stops a run: a reason is required; the server cancels the open steps' tasks by the work rules. */
export function CancelRunButton({ run }: { run: Run }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useCancelRun();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const submit = ({ reason }: { reason: string }) => {
    clearFormError();
    cancel.mutate(
      { id: run.id, reason },
      {
        onSuccess: () => {
          void message.success(t('procedures.run.cancelDone'));
          setOpen(false);
        },
        onError: reportError,
      },
    );
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('procedures.run.cancel')}
      </Button>
      <Modal
        title={t('procedures.run.cancelTitle', { subject: run.subjectTitle })}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('procedures.run.cancel')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={cancel.isPending}
        destroyOnHidden
        afterClose={() => cancel.reset()}
      >
        <Form form={form} name="cancel-run" layout="vertical" onFinish={submit} onValuesChange={clearFormError} preserve={false}>
          {formError && <Alert type="error" showIcon title={formError} className="form-alert" />}
          <Typography.Paragraph type="secondary">{t('procedures.run.cancelHint')}</Typography.Paragraph>
          <Form.Item name="reason" label={t('procedures.run.cancelReason')} rules={[{ required: true, whitespace: true }, { max: 2000 }]}>
            <Input.TextArea rows={3} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
