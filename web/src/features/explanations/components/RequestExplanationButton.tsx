import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExplanationItemInput } from '../../../shared/contracts/explanations';
import { FormDrawer } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useRequestExplanation } from '../api';

interface Values {
  workingDays: number;
  questions: string;
}

/**
 * "Yêu cầu giải trình" on a red item, for leaders and unit heads (the server checks the subtree and
 * that the item is still red); asks for a working-day deadline and what to explain.
 */
export function RequestExplanationButton({ item, size }: { item: ExplanationItemInput; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [isOpen, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const request = useRequestExplanation();
  if (!user.roles.some((role) => role === 'leader' || role === 'unit_head')) return null;
  return (
    <>
      <Button size={size} danger icon={<ExclamationCircleOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('explanations.action.request')}
      </Button>
      <FormDrawer
        title={t('explanations.action.request')}
        open={isOpen}
        onClose={() => setOpen(false)}
        form={form}
        initialValues={{ workingDays: 3 }}
        onSubmit={(values) => request.mutateAsync({ item, ...values })}
        submitText={t('explanations.action.send')}
        savedText={t('explanations.saved.requested')}
      >
        <Form.Item name="workingDays" label={t('explanations.field.workingDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={30} precision={0} />
        </Form.Item>
        <Form.Item name="questions" label={t('explanations.field.questions')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={6} maxLength={4000} showCount />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
