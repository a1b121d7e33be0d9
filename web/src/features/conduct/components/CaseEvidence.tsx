import { LockOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, List, Progress, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { ConductCase } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { localize, useLanguage } from '../../../shared/i18n';
import { useAddEvidence, useCaseFiles } from '../api';

const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';

/** Evidence files; sealed ones never reach the subject's side (the server filters them). */
export function CaseEvidence({ item }: { item: ConductCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const files = useCaseFiles(item.id);
  const add = useAddEvidence(item.id);
  const [isSealed, setSealed] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const canAdd = item.abilities.includes('addEvidence');
  // The subject attaches documents to their explanation; those are never sealed.
  const isSubject = item.abilities.includes('submitExplanation');

  const send = async (file: File) => {
    setProgress(0);
    try {
      await add.mutateAsync({ file, isSealed: isSealed && !isSubject, onProgress: setProgress });
      await files.refetch();
    } catch (error) {
      const text = error instanceof ApiError ? (error.fieldErrors[0]?.message ?? error.text) : null;
      void message.error(text ? localize(text, language) : t('errors.crashTitle'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card size="small" title={t('conduct.detail.evidence')}>
      <List
        size="small"
        loading={files.isPending}
        locale={{ emptyText: t('conduct.detail.noEvidence') }}
        dataSource={files.data ?? []}
        renderItem={(file) => (
          <List.Item>
            <Flex vertical>
              <a href={`/api/v1/conduct/cases/${item.id}/files/${file.id}`}>
                <PaperClipOutlined aria-hidden /> {file.fileName}
              </a>
              <span className="task-meta">
                {file.uploadedByName} · {formatDateTime(file.uploadedAt)}{' '}
                {file.isSealed && (
                  <Tag icon={<LockOutlined aria-hidden />} color="red">
                    {t('conduct.detail.sealed')}
                  </Tag>
                )}
              </span>
            </Flex>
          </List.Item>
        )}
      />
      {canAdd && (
        <Flex vertical gap={8}>
          {!isSubject && (
            <Checkbox checked={isSealed} onChange={(event) => setSealed(event.target.checked)}>
              {t('conduct.detail.addSealed')}
            </Checkbox>
          )}
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => (void send(file), false)}>
            <Button icon={<UploadOutlined aria-hidden />} loading={progress !== null}>
              {t('conduct.detail.addEvidence')}
            </Button>
          </Upload>
          {progress !== null && <Progress percent={progress} size="small" />}
        </Flex>
      )}
    </Card>
  );
}
