import '../feedback.css';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { feedbackCategories, feedbackCategoryInfo } from '../../../../../contracts/feedback-vocabulary';
import { toIsoDate } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { DateInput, useServerFormErrors } from '../../../shared/ui';
import { sendReporterFile, submitReport, usePublicAgencies, usePublicUnits } from '../api';
import { PublicShell } from '../components/PublicShell';
import { ReportSent } from '../components/ReportSent';
import { TRACK_REPORT_PATH } from '../paths';
import type { FeedbackCategory, SubmittedReport } from '../types';

interface FormValues {
  agencyId: string;
  category: FeedbackCategory;
  unitId: string;
  officialName?: string;
  content: string;
  occurredOn: Dayjs;
  mode: 'named' | 'anonymous';
  name?: string;
  phone?: string;
  email?: string;
  consent: boolean;
  /** Hidden from people: a bot that fills it gets a convincing answer and nothing is stored. */
  website?: string;
}

const MAX_FILES = 5;
const ACCEPT = '.png,.jpg,.jpeg,.pdf,image/png,image/jpeg,application/pdf';

/** The public form: no sign-in; the reporter leaves with a tracking code. */
export function PublicReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<FormValues>();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const agencies = usePublicAgencies();
  const agencyId = Form.useWatch('agencyId', form);
  const mode = Form.useWatch('mode', form);
  const units = usePublicUnits(agencyId);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ report: SubmittedReport; failedFiles: string[] } | null>(null);

  useEffect(() => {
    const only = agencies.data?.items.length === 1 ? agencies.data.items[0] : undefined;
    if (only && !form.getFieldValue('agencyId')) form.setFieldValue('agencyId', only.id);
  }, [agencies.data, form]);

  const send = async (values: FormValues) => {
    clearFormError();
    setSending(true);
    try {
      const report = await submitReport({
        agencyId: values.agencyId,
        category: values.category,
        unitId: values.unitId,
        officialName: values.officialName ?? '',
        content: values.content,
        occurredOn: toIsoDate(values.occurredOn),
        isAnonymous: values.mode === 'anonymous',
        reporter: values.mode === 'named' ? { name: values.name ?? '', phone: values.phone ?? '', email: values.email ?? '' } : undefined,
        website: values.website ?? '',
      });
      const failedFiles: string[] = [];
      for (const file of files) {
        if (!file.originFileObj) continue;
        await sendReporterFile(report.trackingCode, file.originFileObj).catch(() => failedFiles.push(file.name));
      }
      setSent({ report, failedFiles });
      window.scrollTo({ top: 0 });
    } catch (error) {
      reportError(error);
    } finally {
      setSending(false);
    }
  };

  if (sent) {
    return (
      <PublicShell title={t('feedback.public.sentTitle')}>
        <ReportSent
          report={sent.report}
          failedFiles={sent.failedFiles}
          onAnother={() => {
            form.resetFields();
            setFiles([]);
            setSent(null);
          }}
        />
      </PublicShell>
    );
  }

  return (
    <PublicShell title={t('feedback.public.title')}>
      <Card>
        <p>{t('feedback.public.intro')}</p>
        <Alert type="info" showIcon title={t('feedback.public.lawNote')} className="public-feedback-note" />
        <p>
          <Link to={TRACK_REPORT_PATH}>{t('feedback.public.trackLink')}</Link>
        </p>
        <Form<FormValues> form={form} layout="vertical" onFinish={send} initialValues={{ mode: 'anonymous', consent: false }} requiredMark scrollToFirstError>
          <Form.Item name="agencyId" label={t('feedback.public.agency')} rules={[{ required: true, message: t('feedback.public.required') }]}>
            <Select
              loading={agencies.isPending}
              options={agencies.data?.items.map((agency) => ({ value: agency.id, label: agency.name }))}
              onChange={() => form.setFieldValue('unitId', undefined)}
            />
          </Form.Item>
          <Form.Item name="category" label={t('feedback.public.category')} rules={[{ required: true, message: t('feedback.public.required') }]}>
            <Radio.Group className="public-feedback-categories">
              {feedbackCategories.map((category) => (
                <Radio key={category} value={category}>
                  {localize(feedbackCategoryInfo[category].label, language)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="unitId" label={t('feedback.public.unit')} rules={[{ required: true, message: t('feedback.public.required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!agencyId}
              loading={units.isFetching}
              options={units.data?.items.map((unit) => ({ value: unit.id, label: `${'  '.repeat(Math.max(0, unit.depth))}${unit.name}` }))}
            />
          </Form.Item>
          <Form.Item name="officialName" label={t('feedback.public.officialName')}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="content"
            label={t('feedback.public.content')}
            extra={t('feedback.public.contentHelp')}
            rules={[{ required: true, whitespace: true, message: t('feedback.public.required') }]}
          >
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item name="occurredOn" label={t('feedback.public.occurredOn')} rules={[{ required: true, message: t('feedback.public.required') }]}>
            <DateInput />
          </Form.Item>
          <Form.Item label={t('feedback.public.files')} extra={t('feedback.public.filesHelp')}>
            <Upload
              fileList={files}
              accept={ACCEPT}
              multiple
              maxCount={MAX_FILES}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList.slice(0, MAX_FILES))}
            >
              <Button icon={<UploadOutlined aria-hidden />}>{t('feedback.public.chooseFiles')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item
            name="mode"
            label={t('feedback.public.mode')}
            extra={mode === 'named' ? t('feedback.public.namedHelp') : t('feedback.public.anonymousHelp')}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: 'anonymous', label: t('feedback.public.anonymous') },
                { value: 'named', label: t('feedback.public.named') },
              ]}
            />
          </Form.Item>
          {mode === 'named' && (
            <fieldset className="public-feedback-identity">
              <Form.Item name="name" label={t('feedback.public.name')} rules={[{ required: true, whitespace: true, message: t('feedback.public.required') }]}>
                <Input autoComplete="name" maxLength={200} />
              </Form.Item>
              <Form.Item name="phone" label={t('feedback.public.phone')} extra={t('feedback.public.contactHelp')}>
                <Input autoComplete="tel" inputMode="tel" maxLength={30} />
              </Form.Item>
              <Form.Item name="email" label={t('feedback.public.email')}>
                <Input autoComplete="email" type="email" maxLength={200} />
              </Form.Item>
            </fieldset>
          )}
          <div className="public-feedback-honeypot" aria-hidden="true">
            <Form.Item name="website" label="Website">
              <Input tabIndex={-1} autoComplete="off" />
            </Form.Item>
          </div>
          <Form.Item
            name="consent"
            valuePropName="checked"
            rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('feedback.public.consentRequired')))) }]}
          >
            <Checkbox>{t('feedback.public.consent')}</Checkbox>
          </Form.Item>
          {formError && <Alert type="error" showIcon title={formError} className="public-feedback-note" />}
          <Button type="primary" htmlType="submit" size="large" loading={sending} block>
            {t('feedback.public.submit')}
          </Button>
        </Form>
      </Card>
    </PublicShell>
  );
}
