import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Modal, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import type { QueryParams } from '../api/client';
import { localize, useLanguage } from '../i18n';
import { downloadServerExport, type ExportProgress } from './server-export';

const sizeText = (bytes: number) => (bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1_000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`);

/**
 * "Xuất Excel" for any list: the server builds the file from the list's own query with the filters the
 * screen shows (`path` is the list's address, `<path>/export.xlsx` its export), streamed, all rows.
 */
export function ExportButton({ path, query, label }: { path: string; query: object; label?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ rows: null, received: 0, estimatedBytes: null });
    try {
      const done = await downloadServerExport(`${path}/export.xlsx`, { ...(query as QueryParams), lang: language }, setProgress, controller.signal);
      void message.success(done.rows === null ? t('spreadsheetExport.saved') : t('spreadsheetExport.done', { count: done.rows }));
    } catch (error) {
      if (controller.signal.aborted) void message.info(t('spreadsheetExport.cancelled'));
      else void message.error(`${t('spreadsheetExport.failed')}${error instanceof ApiError ? ` — ${localize(error.text)}` : ''}`, 6);
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const estimate = progress?.estimatedBytes ?? null;
  // The bar follows the bytes against the server's estimate; it never claims the end before the file has arrived.
  const percent = progress && estimate ? Math.min(99, Math.round((progress.received / estimate) * 100)) : undefined;
  return (
    <>
      <Button icon={<FileExcelOutlined aria-hidden />} loading={progress !== null} onClick={() => void run()}>
        {label ?? t('spreadsheetExport.button')}
      </Button>
      <Modal
        open={progress !== null}
        title={t('spreadsheetExport.title')}
        closable={false}
        maskClosable={false}
        footer={<Button onClick={() => abort.current?.abort()}>{t('spreadsheetExport.cancel')}</Button>}
      >
        {progress?.rows !== null && progress?.rows !== undefined && (
          <Typography.Paragraph>{t('spreadsheetExport.rows', { count: progress.rows })}</Typography.Paragraph>
        )}
        <Progress percent={percent ?? 100} status="active" showInfo={percent !== undefined} aria-label={t('spreadsheetExport.title')} />
        <Typography.Text type="secondary">
          {progress && estimate
            ? t('spreadsheetExport.receivedOf', { size: sizeText(progress.received), total: sizeText(estimate) })
            : t('spreadsheetExport.received', { size: sizeText(progress?.received ?? 0) })}
        </Typography.Text>
      </Modal>
    </>
  );
}
