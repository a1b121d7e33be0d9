import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProcedureVersion } from '../../../shared/contracts/procedures';
import { FormDrawer } from '../../../shared/ui';
import { PersonSelect } from '../../org';
import { useStartRun } from '../api';
import { runPath } from '../paths';

interface StartValues {
  subjectTitle: string;
  reference?: string;
  people?: Record<string, string | undefined>;
}

/** Starts a run: the matter, and a person for each step (the step's named person unless another is chosen). */
export function StartRunDrawer({ version, open, onClose }: { version: ProcedureVersion; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StartValues>();
  const start = useStartRun();
  const navigate = useNavigate();
  const submit = async (values: StartValues) => {
    const people = Object.entries(values.people ?? {}).flatMap(([stepId, personId]) => {
      const step = version.steps.find((s) => s.id === stepId);
      return personId && personId !== step?.defaultPerson?.id ? [{ stepId, personId }] : [];
    });
    const run = await start.mutateAsync({ versionId: version.id, input: { subjectTitle: values.subjectTitle, reference: values.reference ?? '', people } });
    void navigate(runPath(run.id));
  };
  const initialPeople = Object.fromEntries(version.steps.map((s) => [s.id, s.defaultPerson && !s.defaultPerson.hasLeft ? s.defaultPerson.id : undefined]));
  return (
    <FormDrawer
      title={t('procedures.start.title')}
      open={open}
      onClose={onClose}
      form={form}
      onSubmit={submit}
      initialValues={{ people: initialPeople }}
      submitText={t('procedures.start.submit')}
      savedText={t('procedures.start.started')}
    >
      <Form.Item name="subjectTitle" label={t('procedures.field.subjectTitle')} rules={[{ required: true, whitespace: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="reference" label={t('procedures.field.reference')}>
        <Input />
      </Form.Item>
      {version.steps.map((step) => (
        <Form.Item
          key={step.id}
          name={['people', step.id]}
          label={`${step.position}. ${step.name}`}
          extra={
            !step.defaultPerson || step.defaultPerson.hasLeft ? <Typography.Text type="danger">{t('procedures.start.nobody')}</Typography.Text> : undefined
          }
        >
          <PersonSelect<string>
            aria-label={`${t('procedures.start.choose')} ${step.position}`}
            allowClear
            unitId={step.unit.id}
            known={step.defaultPerson ? [step.defaultPerson] : []}
          />
        </Form.Item>
      ))}
    </FormDrawer>
  );
}
