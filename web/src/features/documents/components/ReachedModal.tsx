import { App, Form, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { Target } from '../../../shared/contracts/documents';
import { localize } from '../../../shared/i18n';
import { useReportReached } from '../api';

/** The accountable person (or the plan's managers) reports how much of the target is reached. */
export function ReachedModal({ planId, target, onClose }: { planId: string; target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reachedValue: number }>();
  const report = useReportReached(planId);
  const submit = async () => {
    if (!target) return;
    const { reachedValue } = await form.validateFields();
    try {
      await report.mutateAsync({ targetId: target.id, reachedValue });
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      void message.error(error instanceof ApiError ? localize(error.fieldErrors[0]?.message ?? error.text) : t('common.loadFailed'));
    }
  };
  return (
    <Modal
      title={t('documents.target.reportTitle')}
      open={target !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={report.isPending}
      destroyOnHidden
    >
      {target && (
        <Form form={form} layout="vertical" initialValues={{ reachedValue: target.reachedValue }} preserve={false}>
          <Form.Item
            label={`${target.metric} (${target.unitOfMeasure})`}
            name="reachedValue"
            rules={[{ required: true, message: t('documents.form.required') }]}
          >
            <InputNumber min={0} className="full-width" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
