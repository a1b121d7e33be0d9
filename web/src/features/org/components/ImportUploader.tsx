import { CheckCircleOutlined, CloudUploadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { ImportReport } from '../../../shared/contracts';
import { localize, useLanguage } from '../../../shared/i18n';
import { useImportPeople } from '../api';

const ACCEPTED = /\.(xlsx|csv)$/i;

interface ImportUploaderProps {
  report: ImportReport | null;
  onReport: (report: ImportReport | null) => void;
}

/** Choose a file, check it (dry run), then import it; both sends show upload progress. */
export function ImportUploader({ report, onReport }: ImportUploaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const importPeople = useImportPeople();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);

  const choose = (chosen: File) => {
    if (!ACCEPTED.test(chosen.name)) {
      void message.error(t('orgImport.wrongType'));
      return Upload.LIST_IGNORE;
    }
    setFile(chosen);
    onReport(null);
    importPeople.reset();
    return false;
  };

  const send = (dryRun: boolean) => {
    if (!file) return;
    setProgress(0);
    importPeople.mutate({ file, dryRun, onProgress: setProgress }, { onSuccess: onReport });
  };

  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : [];
  const canCommit = Boolean(file && report && report.errors.length === 0 && !report.isCommitted && report.totalRows > 0);
  const error = importPeople.error;

  return (
    <Flex vertical gap={16}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        fileList={fileList}
        beforeUpload={choose}
        onRemove={() => {
          setFile(null);
          onReport(null);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('orgImport.dropText')}</p>
        <p className="ant-upload-hint">{t('orgImport.dropHint')}</p>
      </Upload.Dragger>
      {importPeople.isPending && <Progress percent={progress} status="active" aria-label={t('orgImport.title')} />}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error instanceof ApiError ? localize(error.text, language) : t('errors.crashTitle')}
          description={error instanceof ApiError ? error.fieldErrors.map((field) => localize(field.message, language)).join(' — ') || undefined : undefined}
        />
      )}
      <Flex gap={8} wrap>
        <Button icon={<CheckCircleOutlined />} disabled={!file} loading={importPeople.isPending && importPeople.variables?.dryRun} onClick={() => send(true)}>
          {t('orgImport.check')}
        </Button>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          disabled={!canCommit}
          loading={importPeople.isPending && !importPeople.variables?.dryRun}
          onClick={() => send(false)}
        >
          {t('orgImport.commit')}
        </Button>
      </Flex>
    </Flex>
  );
}
