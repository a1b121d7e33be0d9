import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { localize } from '../../../shared/i18n';
import type { TaskFilters } from '../api';
import { downloadBlob, EXPORT_MAX_ROWS } from '../../../shared/spreadsheet';
import { buildWorkbook, collectTasks, exportFileName } from '../export-tasks';

const MESSAGE_KEY = 'work-export';

/** "Xuất Excel": the whole filtered list (not just this page), fetched page by page with a running count. */
export function ExportTasksButton({ filters }: { filters: TaskFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isExporting, setExporting] = useState(false);

  const run = async () => {
    setExporting(true);
    const progress = (content: string) => void message.open({ key: MESSAGE_KEY, type: 'loading', content, duration: 0 });
    try {
      progress(t('work.export.loading', { count: 0 }));
      const { tasks, isCapped } = await collectTasks(filters, (count) => progress(t('work.export.loading', { count })));
      progress(t('work.export.writing', { count: tasks.length }));
      downloadBlob(await buildWorkbook(tasks, t), exportFileName(t));
      void message.open({ key: MESSAGE_KEY, type: 'success', content: t('work.export.done', { count: tasks.length }), duration: 3 });
      if (isCapped) void message.warning(t('work.export.capped', { count: EXPORT_MAX_ROWS }), 8);
    } catch (error) {
      const reason = error instanceof ApiError ? ` — ${localize(error.text)}` : '';
      void message.open({ key: MESSAGE_KEY, type: 'error', content: `${t('work.export.failed')}${reason}`, duration: 6 });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button icon={<FileExcelOutlined aria-hidden />} loading={isExporting} onClick={() => void run()}>
      {t('work.export.button')}
    </Button>
  );
}
