import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deferralReasons, severities, type CaseCommandName, type ConductCase } from '../../../shared/contracts';
import { toIsoDate } from '../../../shared/format';
import { DateInput, useServerFormErrors } from '../../../shared/ui';
import { PersonSelect } from '../../org';
import { casePaths, useCaseCommand, useDisciplineForms } from '../api';

type Command = keyof typeof casePaths;
type Values = Record<string, unknown>;

const PRIMARY: CaseCommandName[] = ['verify', 'requestExplanation', 'submitExplanation', 'conclude', 'decideMeasure', 'notify', 'close'];

/** Dates picked in the form travel as yyyy-mm-dd. */
function toBody(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value && typeof value === 'object' && 'format' in value ? toIsoDate(value as Dayjs) : value]),
  );
}

function MeasureFields({ item }: { item: ConductCase }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch('kind', form);
  const decisionOn = Form.useWatch('decisionOn', form) as Dayjs | undefined;
  const forms = useDisciplineForms(item.subject.category, decisionOn ? toIsoDate(decisionOn) : undefined);
  return (
    <>
      <Form.Item label={t('conduct.field.kind')} name="kind" rules={[{ required: true }]}>
        <Radio.Group options={(['reminder', 'criticism', 'discipline'] as const).map((value) => ({ value, label: t(`conduct.measure.${value}`) }))} />
      </Form.Item>
      <Form.Item label={t('conduct.field.decisionOn')} name="decisionOn" rules={[{ required: true, message: t('conduct.field.decisionOn') }]}>
        <DateInput />
      </Form.Item>
      {kind === 'discipline' && (
        <>
          <Form.Item
            label={t('conduct.field.formCode')}
            name="formCode"
            extra={t('conduct.field.formHint')}
            rules={[{ required: true, message: t('conduct.field.formCode') }]}
          >
            <Select loading={forms.isFetching} options={(forms.data ?? []).map((entry) => ({ value: entry.code, label: `${entry.name} — ${entry.source}` }))} />
          </Form.Item>
          <Form.Item
            label={t('conduct.field.decisionNumber')}
            name="decisionNumber"
            rules={[{ required: true, whitespace: true, message: t('conduct.field.decisionNumber') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('conduct.field.note')} name="note">
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

function CommandFields({ command, item }: { command: Command; item: ConductCase }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const confirmed = Form.useWatch('isViolationConfirmed', form);
  const text = (name: string, label: string, required = true) => (
    <Form.Item label={label} name={name} rules={required ? [{ required: true, whitespace: true, message: label }] : []}>
      <Input.TextArea rows={4} />
    </Form.Item>
  );
  switch (command) {
    case 'verify':
      return text('note', t('conduct.field.note'));
    case 'requestExplanation':
      return (
        <>
          <Form.Item label={t('conduct.field.workingDays')} name="workingDays" rules={[{ required: true }]}>
            <InputNumber min={1} max={30} />
          </Form.Item>
          {text('questions', t('conduct.field.questions'))}
        </>
      );
    case 'submitExplanation':
      return text('explanation', t('conduct.field.explanation'));
    case 'conclude':
      return (
        <>
          <Form.Item label={t('conduct.field.isViolationConfirmed')} name="isViolationConfirmed" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: true, label: t('conduct.field.confirmed') },
                { value: false, label: t('conduct.field.notConfirmed') },
              ]}
            />
          </Form.Item>
          {confirmed === true && (
            <Form.Item label={t('conduct.field.severity')} name="severity" rules={[{ required: true, message: t('conduct.field.severity') }]}>
              <Select options={severities.map((value) => ({ value, label: t(`conduct.severity.${value}`) }))} />
            </Form.Item>
          )}
          {text('conclusion', t('conduct.field.conclusion'))}
        </>
      );
    case 'decideMeasure':
      return <MeasureFields item={item} />;
    case 'notify':
      return (
        <>
          <Form.Item label={t('conduct.field.notifiedOn')} name="notifiedOn" rules={[{ required: true, message: t('conduct.field.notifiedOn') }]}>
            <DateInput />
          </Form.Item>
          {text('note', t('conduct.field.note'), false)}
        </>
      );
    case 'close':
      return text('note', t('conduct.field.note'), false);
    case 'defer':
      return (
        <>
          <Form.Item label={t('conduct.field.legalReason')} name="legalReason" rules={[{ required: true, message: t('conduct.field.legalReason') }]}>
            <Select options={deferralReasons.map((value) => ({ value, label: t(`conduct.deferral.${value}`) }))} />
          </Form.Item>
          {text('reason', t('conduct.field.reason'))}
        </>
      );
    case 'assignInspector':
      return (
        <>
          <Form.Item label={t('conduct.field.inspectorId')} name="inspectorId" rules={[{ required: true, message: t('conduct.field.inspectorId') }]}>
            <PersonSelect aria-label={t('conduct.field.inspectorId')} />
          </Form.Item>
          {text('reason', t('conduct.field.reason'))}
        </>
      );
    default:
      return text('reason', t('conduct.field.reason'));
  }
}

function initialValuesOf(command: Command): Values {
  if (command === 'requestExplanation') return { workingDays: 5 };
  if (command === 'decideMeasure') return { kind: 'criticism' };
  return {};
}

/** Exactly the steps the server says this viewer may take now, each in its own small form. */
export function CaseActions({ item }: { item: ConductCase }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [command, setCommand] = useState<Command | null>(null);
  const run = useCaseCommand();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const commands = item.abilities.filter((ability): ability is Command => ability !== 'addEvidence');

  const submit = async (values: Values) => {
    if (!command) return;
    clearFormError();
    try {
      await run.mutateAsync({ caseId: item.id, command, body: toBody(values) });
      void message.success(t('conduct.action.done'));
      setCommand(null);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Card size="small" title={t('conduct.detail.actions')}>
      {commands.length === 0 ? (
        <Typography.Text type="secondary">{t('conduct.detail.noActions')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {commands.map((name) => (
            <Button
              key={name}
              type={PRIMARY.includes(name) ? 'primary' : 'default'}
              danger={name === 'dismiss'}
              onClick={() => {
                clearFormError();
                setCommand(name);
              }}
            >
              {t(`conduct.action.${name}`)}
            </Button>
          ))}
        </Flex>
      )}
      <Modal
        open={command !== null}
        title={command ? t(`conduct.action.${command}`) : ''}
        onCancel={() => setCommand(null)}
        onOk={() => form.submit()}
        okText={command ? t(`conduct.action.${command}`) : ''}
        cancelText={t('common.cancel')}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        {command && (
          <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValuesOf(command)} preserve={false} onValuesChange={clearFormError}>
            {formError && <Alert type="error" showIcon title={formError} className="form-alert" />}
            <CommandFields command={command} item={item} />
          </Form>
        )}
      </Modal>
    </Card>
  );
}
