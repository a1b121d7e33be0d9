import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Campaign, CreateCampaignInput } from '../../../shared/contracts/dissemination';
import { toIsoDate } from '../../../shared/format';
import { isAllowed } from '../../../shared/modules';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { PersonSelect, UnitPicker } from '../../org';
import { useCreateCampaign, useUpdateCampaign } from '../api';
import { DocumentSelect } from './DocumentSelect';
import { campaignPath } from '../paths';
import { PARTY_MEMBERSHIP_ROLES } from '../roles';

interface QuestionValues {
  text: string;
  options: string;
  correct: number;
}

interface CampaignValues {
  title: string;
  description?: string;
  unitId: string;
  documentIds: string[];
  wholeAgency: boolean;
  unitIds?: string[];
  categories?: ('cadre' | 'civil_servant' | 'worker')[];
  partyMembersOnly: boolean;
  personIds?: string[];
  byWorkingDays: boolean;
  workingDays?: number;
  dueDate?: Dayjs;
  requiresCommitment: boolean;
  withQuiz: boolean;
  passPercent?: number;
  questions?: QuestionValues[];
}

function toBody(values: CampaignValues): CreateCampaignInput {
  return {
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    unitId: values.unitId,
    documents: values.documentIds.map((documentId) => ({ documentId })),
    audience: {
      wholeAgency: values.wholeAgency,
      unitIds: values.wholeAgency ? [] : (values.unitIds ?? []),
      categories: values.categories ?? [],
      partyMembersOnly: values.partyMembersOnly,
      personIds: values.personIds ?? [],
    },
    deadline: values.byWorkingDays
      ? { kind: 'working_days', workingDays: values.workingDays ?? 0 }
      : { kind: 'date', dueDate: values.dueDate ? toIsoDate(values.dueDate) : '' },
    requiresCommitment: values.requiresCommitment,
    quiz: values.withQuiz
      ? {
          passPercent: values.passPercent ?? 0,
          questions: (values.questions ?? []).map((question) => ({
            text: question.text,
            options: question.options
              .split('\n')
              .map((option) => option.trim())
              .filter(Boolean),
            correctIndex: (question.correct ?? 1) - 1,
          })),
        }
      : null,
  };
}

/** A draft's values in the form, the check's questions and answers included. */
function valuesOf(campaign: Campaign): Partial<CampaignValues> {
  return {
    title: campaign.title,
    description: campaign.description,
    unitId: campaign.unit.id,
    documentIds: campaign.documents.map((document) => document.documentId),
    wholeAgency: campaign.audience.wholeAgency,
    unitIds: campaign.audience.units.map((unit) => unit.id),
    categories: campaign.audience.categories,
    partyMembersOnly: campaign.audience.partyMembersOnly,
    personIds: campaign.audience.people.map((person) => person.id),
    byWorkingDays: campaign.deadline.kind === 'working_days',
    workingDays: campaign.deadline.workingDays ?? 5,
    dueDate: campaign.deadline.dueDate ? dayjs(campaign.deadline.dueDate) : undefined,
    requiresCommitment: campaign.requiresCommitment,
    withQuiz: campaign.quiz !== null,
    passPercent: campaign.quiz?.passPercent ?? 80,
    questions: campaign.quiz?.questions?.map((q) => ({ text: q.text, options: q.options.join('\n'), correct: q.correctIndex + 1 })) ?? [
      { text: '', options: '', correct: 1 },
    ],
  };
}

/** "Tạo đợt quán triệt" (or correcting a draft): documents, audience, deadline, and what each person must do. */
export function CreateCampaignDrawer({ open, onClose, draft }: { open: boolean; onClose: () => void; draft?: Campaign }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [form] = Form.useForm<CampaignValues>();
  const create = useCreateCampaign();
  const update = useUpdateCampaign(draft?.id ?? '');
  const wholeAgency = Form.useWatch('wholeAgency', form);
  const byWorkingDays = Form.useWatch('byWorkingDays', form);
  const withQuiz = Form.useWatch('withQuiz', form);
  const initialValues: Partial<CampaignValues> = draft
    ? valuesOf(draft)
    : {
        unitId: user.unitId ?? undefined,
        wholeAgency: false,
        partyMembersOnly: false,
        byWorkingDays: true,
        workingDays: 5,
        requiresCommitment: true,
        withQuiz: false,
        passPercent: 80,
        questions: [{ text: '', options: '', correct: 1 }],
      };
  const submit = async (values: CampaignValues) => {
    if (draft) {
      await update.mutateAsync(toBody(values));
      return;
    }
    const campaign = await create.mutateAsync(toBody(values));
    navigate(campaignPath(campaign.id));
  };
  return (
    <FormDrawer
      title={draft ? t('dissemination.detail.edit') : t('dissemination.create.title')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      onSubmit={submit}
      submitText={t('dissemination.create.submit')}
    >
      <Form.Item name="title" label={t('dissemination.create.name')} rules={[{ required: true, whitespace: true, max: 300 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('dissemination.create.description')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="unitId" label={t('dissemination.campaigns.unit')} rules={[{ required: true }]}>
        <UnitPicker aria-label={t('dissemination.campaigns.unit')} />
      </Form.Item>
      <Form.Item
        name="documentIds"
        label={t('dissemination.create.documents')}
        extra={t('dissemination.create.documentsHelp')}
        rules={[{ required: true, type: 'array', min: 1 }]}
      >
        <DocumentSelect known={draft?.documents} aria-label={t('dissemination.create.documents')} />
      </Form.Item>
      <Card size="small" title={t('dissemination.create.audience')} className="form-alert">
        <Form.Item name="wholeAgency" valuePropName="checked">
          <Checkbox>{t('dissemination.create.wholeAgency')}</Checkbox>
        </Form.Item>
        {!wholeAgency && (
          <Form.Item name="unitIds" label={t('dissemination.create.units')}>
            <UnitPicker multiple aria-label={t('dissemination.create.units')} />
          </Form.Item>
        )}
        <Form.Item name="categories" label={t('dissemination.create.categories')}>
          <Select
            mode="multiple"
            allowClear
            options={(['cadre', 'civil_servant', 'worker'] as const).map((value) => ({ value, label: t(`dissemination.category.${value}`) }))}
          />
        </Form.Item>
        {isAllowed(user.roles, { roles: PARTY_MEMBERSHIP_ROLES }) && (
          <Form.Item name="partyMembersOnly" valuePropName="checked">
            <Checkbox>{t('dissemination.create.partyMembersOnly')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="personIds" label={t('dissemination.create.people')}>
          <PersonSelect multiple known={draft?.audience.people} aria-label={t('dissemination.create.people')} />
        </Form.Item>
      </Card>
      <Flex align="center" gap={8} className="due-switch">
        <Form.Item name="byWorkingDays" valuePropName="checked" noStyle>
          <Switch id="campaign-by-working-days" size="small" />
        </Form.Item>
        <label htmlFor="campaign-by-working-days">{t('dissemination.create.deadlineByWorkingDays')}</label>
      </Flex>
      {byWorkingDays ? (
        <Form.Item name="workingDays" label={t('dissemination.create.workingDays')} rules={[{ required: true, type: 'integer', min: 1, max: 120 }]}>
          <InputNumber min={1} max={120} precision={0} className="full-width" />
        </Form.Item>
      ) : (
        <Form.Item name="dueDate" label={t('dissemination.create.dueDate')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
      )}
      <Form.Item name="requiresCommitment" valuePropName="checked">
        <Checkbox>{t('dissemination.create.requiresCommitment')}</Checkbox>
      </Form.Item>
      <Form.Item name="withQuiz" valuePropName="checked">
        <Checkbox>{t('dissemination.create.withQuiz')}</Checkbox>
      </Form.Item>
      {withQuiz && <QuizFields />}
    </FormDrawer>
  );
}

function QuizFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="passPercent" label={t('dissemination.create.passPercent')} rules={[{ required: true, type: 'integer', min: 1, max: 100 }]}>
        <InputNumber min={1} max={100} precision={0} className="full-width" />
      </Form.Item>
      <Form.List name="questions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                className="form-alert"
                title={t('dissemination.create.question', { number: index + 1 })}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('dissemination.create.removeQuestion')}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Form.Item name={[field.name, 'text']} rules={[{ required: true, whitespace: true }]}>
                  <Input placeholder={t('dissemination.create.question', { number: index + 1 })} />
                </Form.Item>
                <Form.Item name={[field.name, 'options']} label={t('dissemination.create.options')} rules={[{ required: true }]}>
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'correct']}
                  label={t('dissemination.create.correct')}
                  rules={[{ required: true, type: 'integer', min: 1, max: 6 }]}
                >
                  <InputNumber min={1} max={6} precision={0} />
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ text: '', options: '', correct: 1 })} disabled={fields.length >= 20}>
              {t('dissemination.create.addQuestion')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
