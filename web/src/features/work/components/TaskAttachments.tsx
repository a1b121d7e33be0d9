import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, List, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, uploadFile } from '../../../shared/api';
import type { Task } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';

interface Attachment {
  id: string;
  fileName: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

export const ATTACHMENT_TYPES = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';
const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** Evidence and reference files of a task; people working on an open task add them. */
export function TaskAttachments({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const queryKey = ['tasks', 'attachments', task.id];
  const files = useQuery({
    queryKey,
    queryFn: ({ signal }) => api.get<{ items: Attachment[] }>(`/tasks/${task.id}/attachments`, undefined, signal).then((body) => body.items),
  });
  const isOpen = task.status !== 'completed' && task.status !== 'cancelled';

  const send = async (file: File) => {
    setProgress(0);
    try {
      await uploadFile(`/tasks/${task.id}/attachments`, file, { onProgress: setProgress });
      message.success(t('work.attachments.added'));
      await queryClient.invalidateQueries({ queryKey });
    } catch (error) {
      const text = error instanceof ApiError ? (error.fieldErrors[0]?.message ?? error.text) : null;
      message.error(text ? text[i18n.language === 'en' ? 'en' : 'vi'] : t('work.attachments.failed'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card size="small" title={t('work.attachments.title')}>
      <List
        size="small"
        loading={files.isPending}
        locale={{ emptyText: t('work.attachments.empty') }}
        dataSource={files.data ?? []}
        renderItem={(file) => (
          <List.Item>
            <a href={`/api/v1/tasks/${task.id}/attachments/${file.id}`} download>
              <PaperClipOutlined aria-hidden /> {file.fileName}
            </a>
            <Typography.Text type="secondary">
              {kilobytes(file.size)} · {file.uploadedBy} · {formatDateTime(file.uploadedAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
      {isOpen && (
        <Upload accept={ATTACHMENT_TYPES} showUploadList={false} beforeUpload={(file) => (void send(file), false)}>
          <Button icon={<UploadOutlined aria-hidden />} disabled={progress !== null}>
            {t('work.attachments.add')}
          </Button>
        </Upload>
      )}
      {progress !== null && <Progress percent={progress} size="small" />}
    </Card>
  );
}
