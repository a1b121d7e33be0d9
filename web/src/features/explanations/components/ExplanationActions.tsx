import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../shared/contracts/explanations';
import { FormDrawer } from '../../../shared/ui';
import { useAnswerExplanation, useCaseCatalogs, useDecideExplanation, useExplanationToCase } from '../api';

type Open = 'answer' | 'decide' | 'openCase' | null;

/** The buttons this user's abilities allow, each opening its form. */
export function ExplanationActions({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <>
      {explanation.abilities.map((ability) => (
        <Button key={ability} size="small" type={ability === 'answer' ? 'primary' : 'default'} danger={ability === 'openCase'} onClick={() => setOpen(ability)}>
          {t(`explanations.action.${ability}`)}
        </Button>
      ))}
      {open === 'answer' && <AnswerDrawer id={explanation.id} onClose={close} />}
      {open === 'decide' && <DecideDrawer id={explanation.id} onClose={close} />}
      {open === 'openCase' && <CaseDrawer id={explanation.id} onClose={close} />}
    </>
  );
}

function AnswerDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ answer: string }>();
  const answer = useAnswerExplanation(id);
  return (
    <FormDrawer
      title={t('explanations.action.answer')}
      open
      onClose={onClose}
      form={form}
      onSubmit={(values) => answer.mutateAsync(values)}
      submitText={t('explanations.action.send')}
      savedText={t('explanations.saved.answered')}
    >
      <Form.Item name="answer" label={t('explanations.field.answer')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={8} maxLength={10000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}

function DecideDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ isAccepted: boolean; note: string }>();
  const decide = useDecideExplanation(id);
  return (
    <FormDrawer
      title={t('explanations.action.decide')}
      open
      onClose={onClose}
      form={form}
      onSubmit={(values) => decide.mutateAsync({ isAccepted: values.isAccepted, note: values.note ?? '' })}
      savedText={t('explanations.saved.decided')}
    >
      <Form.Item name="isAccepted" label={t('explanations.field.isAccepted')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: true, label: t('explanations.action.accept') },
            { value: false, label: t('explanations.action.notAccept') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('explanations.field.note')}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </FormDrawer>
  );
}

function CaseDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ items: string[]; title?: string }>();
  const toCase = useExplanationToCase(id);
  const catalogs = useCaseCatalogs(true);
  const options = catalogs.data
    ? (['related', 'directive'] as const).flatMap((catalog) =>
        catalogs.data[catalog].items.map((item) => ({ value: `${catalog}:${item.code}`, label: `${item.code} — ${item.text}` })),
      )
    : [];
  const submit = (values: { items: string[]; title?: string }) =>
    toCase.mutateAsync({
      items: values.items.map((value) => {
        const [catalog, code] = value.split(':') as ['directive' | 'related', string];
        return { catalog, code };
      }),
      title: values.title || undefined,
    });
  return (
    <FormDrawer
      title={t('explanations.action.openCase')}
      open
      onClose={onClose}
      form={form}
      onSubmit={submit}
      submitText={t('explanations.action.openCase')}
      savedText={t('explanations.saved.caseOpened')}
    >
      <Alert type="info" showIcon title={t('explanations.caseHint')} className="form-alert" />
      <Form.Item name="items" label={t('explanations.field.items')} rules={[{ required: true }]}>
        <Select mode="multiple" options={options} loading={catalogs.isPending} optionFilterProp="label" maxCount={10} />
      </Form.Item>
      <Form.Item name="title" label={t('explanations.field.title')}>
        <Input maxLength={300} />
      </Form.Item>
    </FormDrawer>
  );
}
