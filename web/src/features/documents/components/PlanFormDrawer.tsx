import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toIsoDate } from '../../../shared/format';
import { FormDrawer } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { UnitPicker } from '../../org';
import { useCreatePlan } from '../api';
import { planPath } from '../paths';
import { DocumentFields } from './DocumentFields';
import { DocumentSelect } from './DocumentSelect';

interface Values {
  number: string;
  title: string;
  summary?: string;
  issuingBody: string;
  issueDate: Dayjs;
  signer?: string;
  implementsDocumentId: string;
  unitId: string;
  objectives?: string;
}

/** Issues an implementation plan (a KH document) for a directive or another document, then opens it. */
export function PlanFormDrawer({ open, onClose, implementsDocumentId }: { open: boolean; onClose: () => void; implementsDocumentId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlan();
  const submit = async (values: Values) => {
    const plan = await create.mutateAsync({
      number: values.number.trim(),
      title: values.title.trim(),
      summary: values.summary?.trim() ?? '',
      issuingBody: values.issuingBody.trim(),
      issueDate: toIsoDate(values.issueDate),
      signer: values.signer?.trim() ?? '',
      implementsDocumentId: values.implementsDocumentId,
      unitId: values.unitId,
      objectives: values.objectives?.trim() ?? '',
    });
    navigate(planPath(plan.document.id));
  };
  return (
    <FormDrawer
      title={t('documents.plan.createTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ implementsDocumentId, unitId: user.unitId ?? undefined }}
      onSubmit={submit}
      savedText={t('documents.plan.created')}
    >
      <Form.Item label={t('documents.plan.implements')} name="implementsDocumentId" rules={[{ required: true, message: t('documents.form.required') }]}>
        <DocumentSelect />
      </Form.Item>
      <Form.Item label={t('documents.plan.unit')} name="unitId" rules={[{ required: true, message: t('documents.form.required') }]}>
        <UnitPicker<string> />
      </Form.Item>
      <DocumentFields fixedKind="plan" />
      <Form.Item label={t('documents.plan.objectives')} name="objectives">
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}
