import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest } from '../../../shared/contracts/privacy';
import { FormDrawer } from '../../../shared/ui';
import { useDecidePrivacyRequest } from '../api';

export interface PendingDecision {
  request: PrivacyRequest;
  action: 'answer' | 'refuse';
}

/** Answers a request, or refuses it with the reason the law asks for. */
export function DecideDrawer({ pending, onClose }: { pending: PendingDecision | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const decide = useDecidePrivacyRequest();
  const isAnswer = pending?.action !== 'refuse';
  return (
    <FormDrawer<{ text: string }>
      title={isAnswer ? t('privacy.register.answerTitle') : t('privacy.register.refuseTitle')}
      open={pending !== null}
      onClose={onClose}
      afterClose={() => form.resetFields()}
      form={form}
      savedText={t('privacy.register.decided')}
      onSubmit={(values) =>
        decide.mutateAsync(
          isAnswer ? { id: pending!.request.id, action: 'answer', answer: values.text } : { id: pending!.request.id, action: 'refuse', reason: values.text },
        )
      }
    >
      <Form.Item name="text" label={isAnswer ? t('privacy.field.answer') : t('privacy.field.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={5} maxLength={4000} />
      </Form.Item>
    </FormDrawer>
  );
}
