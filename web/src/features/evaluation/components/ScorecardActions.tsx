import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../shared/api';
import { overridableFigures, ratingLevels, type Scorecard } from '../../../shared/contracts';
import { useLanguage } from '../../../shared/i18n';
import { type ScorecardStepBody, useScorecardStep } from '../api';

type Values = Record<string, unknown>;

/** The forms of the steps the viewer may take now, as the server's abilities say. */
export function ScorecardActions({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  const step = useScorecardStep(card.id);
  const [form] = Form.useForm();
  const language = useLanguage();
  const [problem, setProblem] = useState<string | null>(null);
  if (card.abilities.length === 0) return null;
  const ability = card.abilities[0]!;
  const submit = async (body: ScorecardStepBody) => {
    try {
      setProblem(null);
      await step.mutateAsync(body);
      form.resetFields();
      void message.success(t('evaluation.actions.done'));
    } catch (error) {
      setProblem(applyServerErrors(form, error, language));
    }
  };
  const onFinish = (values: Values) => {
    if (ability === 'self_assess')
      return submit({ step: 'self-assessment', general: Number(values.general), bonus: Number(values.bonus ?? 0), comment: String(values.comment ?? '') });
    if (ability === 'review')
      return submit({
        step: 'review',
        comment: String(values.comment ?? ''),
        overrides: ((values.overrides as ScorecardStepBody[] | undefined) ?? []) as never,
      });
    if (ability === 'decide') return submit({ step: 'decide', level: values.level as never, reason: (values.reason as string) || undefined });
    if (ability === 'appeal') return submit({ step: 'appeal', reason: String(values.reason ?? '') });
    return submit({ step: 'answer', answer: String(values.answer ?? ''), level: values.level as never, reason: (values.reason as string) || undefined });
  };
  const levelOptions = ratingLevels.map((level) => ({ value: level, label: `${level} – ${card.scheme.levelNames[level] ?? level}` }));
  const titles = { self_assess: 'selfAssess', review: 'review', decide: 'decide', appeal: 'appeal', answer: 'answer' } as const;
  return (
    <Card title={t(`evaluation.actions.${titles[ability]}`)} size="small">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)} name={`evaluation-${ability}`}>
        {ability === 'self_assess' && (
          <>
            <Form.Item name="general" label={t('evaluation.actions.general', { max: card.scheme.parts.general })} rules={[{ required: true }]}>
              <InputNumber min={0} max={card.scheme.parts.general} step={0.5} />
            </Form.Item>
            {card.scheme.parts.bonus > 0 && (
              <Form.Item name="bonus" label={t('evaluation.actions.bonus', { max: card.scheme.parts.bonus })} initialValue={0}>
                <InputNumber min={0} max={card.scheme.parts.bonus} step={0.5} />
              </Form.Item>
            )}
          </>
        )}
        {ability === 'review' && (
          <Form.List name="overrides">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item name={[field.name, 'figure']} rules={[{ required: true }]} initialValue="tasks">
                      <Select
                        style={{ width: 180 }}
                        options={overridableFigures.map((figure) => ({ value: figure, label: t(`evaluation.figure.${figure}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'value']} rules={[{ required: true }]}>
                      <InputNumber min={0} max={100} step={0.25} placeholder={t('evaluation.actions.overrideValue')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'reason']}>
                      <Input style={{ width: 320 }} placeholder={t('evaluation.actions.reason')} aria-label={t('evaluation.actions.reason')} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>×</Button>
                  </Space>
                ))}
                {fields.length < 3 && <Button onClick={() => add({ figure: 'tasks' })}>{t('evaluation.actions.addOverride')}</Button>}
              </>
            )}
          </Form.List>
        )}
        {(ability === 'decide' || ability === 'answer') && (
          <Form.Item name="level" label={t('evaluation.actions.levelChoice')}>
            <Select allowClear placeholder={t('evaluation.actions.keepComputed')} options={levelOptions} style={{ maxWidth: 360 }} />
          </Form.Item>
        )}
        {ability === 'answer' && (
          <Form.Item name="answer" label={t('evaluation.actions.answerText')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {(ability === 'decide' || ability === 'answer' || ability === 'appeal') && (
          <Form.Item name="reason" label={t('evaluation.actions.reason')} rules={ability === 'appeal' ? [{ required: true }] : []}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {(ability === 'self_assess' || ability === 'review') && (
          <Form.Item name="comment" label={t('evaluation.actions.comment')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          {t(`evaluation.actions.${titles[ability]}`)}
        </Button>
      </Form>
    </Card>
  );
}
