import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/contracts/documents';
import { FormDrawer } from '../../../shared/ui';
import { UnitPicker } from '../../org';
import { useUpdatePlan } from '../api';

/** Whose plan it is and what it aims at; the plan's number and title are edited on its document page. */
export function PlanEditDrawer({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ unitId: string; objectives?: string }>();
  const update = useUpdatePlan(plan.document.id);
  return (
    <FormDrawer
      title={t('documents.plan.editTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ unitId: plan.unit.id, objectives: plan.objectives }}
      onSubmit={(values) => update.mutateAsync({ unitId: values.unitId, objectives: values.objectives?.trim() ?? '' })}
    >
      <Form.Item label={t('documents.plan.unit')} name="unitId" rules={[{ required: true, message: t('documents.form.required') }]}>
        <UnitPicker<string> />
      </Form.Item>
      <Form.Item label={t('documents.plan.objectives')} name="objectives">
        <Input.TextArea rows={6} maxLength={5000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}
