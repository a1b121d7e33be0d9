import { CheckCircleOutlined, CloudUploadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, uploadFile } from '../../../shared/api';
import type { ImportReport } from '../../../shared/contracts';
import { localize, useLanguage } from '../../../shared/i18n';

const ACCEPTED = /\.(xlsx|csv)$/i;

/** Existing tasks from a file: check it (dry run), then import all rows or none; the report names each bad row. */
export function TaskImportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const upload = useMutation({
    mutationFn: (dryRun: boolean) => uploadFile<ImportReport>('/tasks/import', file!, { query: { dryRun } }),
    onSuccess: (result) => {
      setReport(result);
      if (!result.isCommitted) return;
      void message.success(t('taskImport.committed', { count: result.created }));
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const choose = (chosen: File) => {
    if (!ACCEPTED.test(chosen.name)) {
      void message.error(t('taskImport.wrongType'));
      return Upload.LIST_IGNORE;
    }
    setFile(chosen);
    setReport(null);
    upload.reset();
    return false;
  };
  const canCommit = Boolean(file && report && report.errors.length === 0 && report.totalRows > 0 && !report.isCommitted);
  const error = upload.error;
  return (
    <Drawer title={t('taskImport.title')} open={open} onClose={onClose} size={640} destroyOnHidden>
      <Flex vertical gap={16}>
        <Typography.Paragraph>{t('taskImport.intro')}</Typography.Paragraph>
        <Typography.Text type="secondary">{t('taskImport.columns')}</Typography.Text>
        <Upload accept=".xlsx,.csv" multiple={false} beforeUpload={choose} showUploadList={false}>
          <Button icon={<UploadOutlined aria-hidden />}>{file ? file.name : t('taskImport.choose')}</Button>
        </Upload>
        {error && <Alert type="error" showIcon title={error instanceof ApiError ? localize(error.text, language) : t('errors.crashTitle')} />}
        <Flex gap={8}>
          <Button
            icon={<CheckCircleOutlined aria-hidden />}
            disabled={!file}
            loading={upload.isPending && upload.variables}
            onClick={() => upload.mutate(true)}
          >
            {t('taskImport.check')}
          </Button>
          <Button
            type="primary"
            icon={<CloudUploadOutlined aria-hidden />}
            disabled={!canCommit}
            loading={upload.isPending && !upload.variables}
            onClick={() => upload.mutate(false)}
          >
            {t('taskImport.commit')}
          </Button>
        </Flex>
        {report && (
          <>
            <Alert
              type={report.errors.length > 0 ? 'warning' : 'success'}
              showIcon
              title={
                report.isCommitted
                  ? t('taskImport.committed', { count: report.created })
                  : t('taskImport.summary', { valid: report.validRows, total: report.totalRows })
              }
            />
            {report.errors.length > 0 && (
              <Table
                size="small"
                rowKey={(row) => `${row.row}-${row.field}`}
                pagination={false}
                dataSource={report.errors}
                columns={[
                  { title: t('taskImport.row'), dataIndex: 'row', width: 70 },
                  { title: t('taskImport.field'), dataIndex: 'field', width: 140 },
                  {
                    title: t('taskImport.message'),
                    key: 'message',
                    render: (_: unknown, row: ImportReport['errors'][number]) => localize(row.message, language),
                  },
                ]}
              />
            )}
          </>
        )}
      </Flex>
    </Drawer>
  );
}
