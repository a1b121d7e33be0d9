import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackCategories, feedbackCategoryInfo, feedbackLevels } from '../../../../../contracts/feedback-vocabulary';
import { uploadFile } from '../../../shared/api';
import { localize, useLanguage } from '../../../shared/i18n';
import { useServerFormErrors } from '../../../shared/ui';
import { PersonSelect, UnitPicker } from '../../org';
import { feedbackKeys, readIdentity, useReportCommand } from '../api';
import { ManifestationSelect } from './ManifestationSelect';
import type { FeedbackCommandName, FeedbackReport, ReporterIdentity } from '../types';
import { useQueryClient } from '@tanstack/react-query';

type FormCommand = Exclude<FeedbackCommandName, 'attach'>;
const PATHS: Record<FormCommand, string> = {
  accept: 'accept',
  reject: 'reject',
  classify: 'classify',
  route: 'route',
  answer: 'answer',
  openCase: 'open-case',
  message: 'messages',
  readIdentity: 'identity',
};

/** The buttons are exactly the server's `abilities`; each opens a short form and sends one command. */
export function ReportActions({ report }: { report: FeedbackReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const command = useReportCommand(report.id);
  const [open, setOpen] = useState<FormCommand | null>(null);
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);
  const [uploading, setUploading] = useState(false);

  const start = (name: FormCommand) => {
    clearFormError();
    setIdentity(null);
    setOpen(name);
  };

  const submit = async () => {
    if (!open) return;
    const values = await form.validateFields();
    try {
      if (open === 'readIdentity') {
        setIdentity(await readIdentity(report.id, values.purpose));
        return;
      }
      const body =
        open === 'classify' ? { ...values, subjectPersonId: values.subjectPersonId ?? null, manifestationCode: values.manifestationCode || null } : values;
      await command.mutateAsync({ path: PATHS[open], body });
      void message.success(t('feedback.actions.done'));
      setOpen(null);
    } catch (error) {
      reportError(error);
    }
  };

  const attach = async (file: File) => {
    setUploading(true);
    try {
      const updated = await uploadFile<FeedbackReport>(`/feedback/reports/${report.id}/attachments`, file);
      client.setQueryData(feedbackKeys.report(report.id), updated);
      void message.success(file.name);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(false);
    }
  };

  const initialValues =
    open === 'classify'
      ? { category: report.category, level: report.level, subjectPersonId: report.subject?.id, manifestationCode: report.manifestationCode ?? undefined }
      : open === 'openCase'
        ? { manifestationCode: report.manifestationCode ?? undefined }
        : {};
  const buttons = report.abilities.filter((name): name is FormCommand => name !== 'attach');
  const required = [{ required: true, whitespace: true, message: t('feedback.public.required') }];
  return (
    <Card title={t('feedback.actions.title')}>
      {report.abilities.length === 0 && <Typography.Text type="secondary">{t('feedback.actions.none')}</Typography.Text>}
      {report.answerNeedsEvidence && report.abilities.includes('answer') && (
        <Alert type="info" showIcon title={t('feedback.detail.evidenceNeeded')} className="public-feedback-note" />
      )}
      <Flex gap={8} wrap>
        {buttons.map((name) => (
          <Button key={name} type={name === 'accept' || name === 'answer' ? 'primary' : 'default'} danger={name === 'reject'} onClick={() => start(name)}>
            {t(`feedback.actions.${name}`)}
          </Button>
        ))}
        {report.abilities.includes('attach') && (
          <Upload accept=".pdf,.png,.jpg,.jpeg,.docx" showUploadList={false} beforeUpload={(file) => (void attach(file), false)}>
            <Button icon={<UploadOutlined aria-hidden />} loading={uploading}>
              {t('feedback.actions.attach')}
            </Button>
          </Upload>
        )}
      </Flex>
      <Modal
        open={open !== null}
        title={open ? t(`feedback.actions.${open}`) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => void submit()}
        okText={t('feedback.actions.save')}
        confirmLoading={command.isPending}
        okButtonProps={{ hidden: identity !== null }}
        destroyOnHidden
      >
        <Form key={open ?? 'closed'} form={form} layout="vertical" preserve={false} initialValues={initialValues}>
          {open === 'reject' && (
            <Form.Item name="reason" label={t('feedback.actions.reason')} rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {open === 'classify' && (
            <>
              <Form.Item name="category" label={t('feedback.actions.category')} rules={[{ required: true }]}>
                <Select options={feedbackCategories.map((value) => ({ value, label: localize(feedbackCategoryInfo[value].label, language) }))} />
              </Form.Item>
              <Form.Item name="level" label={t('feedback.actions.level')} rules={[{ required: true }]}>
                <Select options={feedbackLevels.map((value) => ({ value, label: t(`feedback.level.${value}`) }))} />
              </Form.Item>
              <Form.Item name="subjectPersonId" label={t('feedback.actions.subject')}>
                <PersonSelect<string> allowClear known={report.subject ? [report.subject] : []} aria-label={t('feedback.actions.subject')} />
              </Form.Item>
              <Form.Item name="manifestationCode" label={t('feedback.actions.manifestation')}>
                <ManifestationSelect aria-label={t('feedback.actions.manifestation')} />
              </Form.Item>
            </>
          )}
          {open === 'route' && (
            <>
              <Alert type="warning" showIcon title={t('feedback.actions.routeRule')} className="public-feedback-note" />
              <Form.Item name="unitId" label={t('feedback.actions.unit')} rules={[{ required: true, message: t('feedback.public.required') }]}>
                <UnitPicker<string> aria-label={t('feedback.actions.unit')} />
              </Form.Item>
              <Form.Item name="handlerPersonId" label={t('feedback.actions.handler')}>
                <PersonSelect<string> allowClear aria-label={t('feedback.actions.handler')} />
              </Form.Item>
              <Form.Item name="note" label={t('feedback.actions.routeNote')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {open === 'answer' && (
            <Form.Item name="answer" label={t('feedback.actions.answerText')} rules={required}>
              <Input.TextArea rows={6} maxLength={5000} showCount />
            </Form.Item>
          )}
          {open === 'openCase' && (
            <>
              <Form.Item
                name="manifestationCode"
                label={t('feedback.actions.manifestation')}
                rules={[{ required: true, message: t('feedback.public.required') }]}
              >
                <ManifestationSelect aria-label={t('feedback.actions.manifestation')} />
              </Form.Item>
              <Form.Item name="note" label={t('feedback.actions.caseNote')}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {open === 'message' && (
            <Form.Item name="body" label={t('feedback.actions.messageText')} rules={required}>
              <Input.TextArea rows={4} maxLength={3000} />
            </Form.Item>
          )}
          {open === 'readIdentity' && !identity && (
            <Form.Item name="purpose" label={t('feedback.actions.purpose')} rules={required}>
              <Input maxLength={500} />
            </Form.Item>
          )}
          {identity && (
            <div className="identity-box" role="status">
              <Typography.Text strong>{t('feedback.actions.identityTitle')}</Typography.Text>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('feedback.public.name')}>{identity.name}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.public.phone')}>{identity.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.public.email')}>{identity.email ?? '—'}</Descriptions.Item>
              </Descriptions>
              <Typography.Text type="danger">{t('feedback.actions.identityWarning')}</Typography.Text>
            </div>
          )}
          {formError && <Alert type="error" showIcon title={formError} />}
        </Form>
      </Modal>
    </Card>
  );
}
