import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, List, Modal, Progress, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { DocumentDetail } from '../../../shared/contracts/documents';
import { formatDateTime } from '../../../shared/format';
import { localize } from '../../../shared/i18n';
import { fileUrl, useUploadDocumentFile } from '../api';

const ACCEPT = '.pdf,.docx';
const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** Versions newest first, each with its files; writers add a file to the current version or upload version n+1. */
export function VersionsCard({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadDocumentFile(document.id);
  const [progress, setProgress] = useState<number | null>(null);
  const [isVersionOpen, setVersionOpen] = useState(false);
  const [form] = Form.useForm<{ note?: string }>();
  const [file, setFile] = useState<File | null>(null);

  const send = async (chosen: File, asNewVersion: boolean, note?: string) => {
    setProgress(0);
    try {
      await upload.mutateAsync({ file: chosen, note, asNewVersion, onProgress: setProgress });
      void message.success(asNewVersion ? t('documents.version.done') : t('documents.version.fileAdded'));
      setVersionOpen(false);
      setFile(null);
      form.resetFields();
    } catch (error) {
      void message.error(error instanceof ApiError ? localize(error.fieldErrors[0]?.message ?? error.text) : t('common.loadFailed'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card size="small" title={t('documents.detail.versions')}>
      {document.canWrite && (
        <Flex gap={8} wrap>
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(chosen) => (void send(chosen, false), false)}>
            <Button size="small" icon={<PaperClipOutlined aria-hidden />} disabled={progress !== null}>
              {t('documents.detail.addFile')}
            </Button>
          </Upload>
          <Button size="small" type="primary" icon={<UploadOutlined aria-hidden />} onClick={() => setVersionOpen(true)}>
            {t('documents.detail.newVersion')}
          </Button>
        </Flex>
      )}
      {progress !== null && <Progress percent={progress} size="small" />}
      <List
        dataSource={document.versions}
        renderItem={(version) => (
          <List.Item>
            <Flex vertical gap={4} className="full-width">
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t('documents.detail.versionLabel', { number: version.number })}</Typography.Text>
                {version.number === document.currentVersion && <Tag color="green">{t('documents.detail.current')}</Tag>}
                <Typography.Text type="secondary">
                  {t('documents.detail.uploadedBy', { name: version.createdBy, date: formatDateTime(version.createdAt) })}
                </Typography.Text>
              </Flex>
              {version.note && <Typography.Text>{version.note}</Typography.Text>}
              {version.files.length === 0 ? (
                <Typography.Text type="secondary">{t('documents.detail.noFiles')}</Typography.Text>
              ) : (
                version.files.map((item) => (
                  <span key={item.id}>
                    <a href={fileUrl(document.id, item.id)} download>
                      <PaperClipOutlined aria-hidden /> {item.fileName}
                    </a>{' '}
                    <Typography.Text type="secondary">
                      {kilobytes(item.size)} · {item.uploadedBy}
                    </Typography.Text>
                  </span>
                ))
              )}
            </Flex>
          </List.Item>
        )}
      />
      <Modal
        title={t('documents.version.title')}
        open={isVersionOpen}
        onCancel={() => setVersionOpen(false)}
        okText={t('documents.version.submit')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !file, loading: progress !== null }}
        onOk={() => file && void send(file, true, form.getFieldValue('note'))}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('documents.version.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item label={t('documents.version.file')} required>
            <Upload accept={ACCEPT} maxCount={1} beforeUpload={(chosen) => (setFile(chosen), false)} onRemove={() => setFile(null)}>
              <Button icon={<UploadOutlined aria-hidden />}>{t('documents.version.fileRequired')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('documents.version.note')} name="note">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
        {progress !== null && <Typography.Text>{t('documents.version.uploading', { percent: progress })}</Typography.Text>}
      </Modal>
    </Card>
  );
}
