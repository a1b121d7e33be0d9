import { Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../shared/contracts/documents';
import { toIsoDate } from '../../../shared/format';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { PersonSelect, UnitPicker } from '../../org';
import { useSaveTarget } from '../api';

interface Values {
  metric: string;
  unitOfMeasure: string;
  targetValue: number;
  reachedValue?: number;
  deadline: Dayjs;
  unitId: string;
  accountablePersonId: string;
}

/** Adds a target to a plan, or edits `target`: what is measured, how much, by when, and the one person accountable. */
export function TargetFormDrawer({ planId, target, open, onClose }: { planId: string; target?: Target; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveTarget(planId);
  const unitId = Form.useWatch('unitId', form);
  const required = { required: true, message: t('documents.form.required') };
  const initialValues: Partial<Values> = target
    ? { ...target, deadline: dayjs(target.deadline), unitId: target.unit.id, accountablePersonId: target.accountablePerson.id }
    : { reachedValue: 0 };
  const submit = (values: Values) =>
    save.mutateAsync({
      targetId: target?.id,
      body: {
        metric: values.metric.trim(),
        unitOfMeasure: values.unitOfMeasure.trim(),
        targetValue: values.targetValue,
        reachedValue: values.reachedValue ?? 0,
        deadline: toIsoDate(values.deadline),
        unitId: values.unitId,
        accountablePersonId: values.accountablePersonId,
      },
    });
  return (
    <FormDrawer
      title={target ? t('documents.target.editTitle') : t('documents.target.createTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      onSubmit={submit}
    >
      <Form.Item label={t('documents.target.metric')} name="metric" rules={[{ ...required, whitespace: true, max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item label={t('documents.target.unitOfMeasure')} name="unitOfMeasure" rules={[{ ...required, whitespace: true, max: 50 }]}>
        <Input maxLength={50} placeholder="%, người, quy trình…" />
      </Form.Item>
      <Form.Item label={t('documents.target.targetValue')} name="targetValue" rules={[required]}>
        <InputNumber min={0.01} className="full-width" />
      </Form.Item>
      <Form.Item label={t('documents.target.reachedValue')} name="reachedValue">
        <InputNumber min={0} className="full-width" />
      </Form.Item>
      <Form.Item label={t('documents.target.deadline')} name="deadline" rules={[required]}>
        <DateInput />
      </Form.Item>
      <Form.Item label={t('documents.target.unit')} name="unitId" rules={[required]}>
        <UnitPicker<string> />
      </Form.Item>
      <Form.Item label={t('documents.target.accountablePerson')} name="accountablePersonId" extra={t('documents.target.accountableHint')} rules={[required]}>
        <PersonSelect<string> unitId={unitId} known={target ? [target.accountablePerson] : []} />
      </Form.Item>
    </FormDrawer>
  );
}
