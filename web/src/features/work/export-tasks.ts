import type { TFunction } from 'i18next';
import type { TaskListItem } from '../../shared/contracts';
import { todayIso } from '../../shared/format';
import { datedFileName, excelDate, workbookBlob } from '../../shared/spreadsheet';

/** Selected tasks (already on screen) as an .xlsx workbook with headers in the current language and dd/mm/yyyy dates; exceljs loads only now. */
export async function buildWorkbook(tasks: TaskListItem[], t: TFunction): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(t('work.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const date = { numFmt: 'dd/mm/yyyy' };
  sheet.columns = [
    { header: t('work.export.index'), key: 'index', width: 6 },
    { header: t('work.field.title'), key: 'title', width: 50 },
    { header: t('work.field.unit'), key: 'unit', width: 28 },
    { header: t('work.field.owner'), key: 'owner', width: 24 },
    { header: t('work.field.assigner'), key: 'assigner', width: 24 },
    { header: t('work.field.priority'), key: 'priority', width: 13 },
    { header: t('work.field.status'), key: 'status', width: 17 },
    { header: t('work.field.outcome'), key: 'outcome', width: 22 },
    { header: t('work.field.signals'), key: 'signals', width: 32 },
    { header: t('work.field.startDate'), key: 'startDate', width: 13, style: date },
    { header: t('work.field.dueDate'), key: 'dueDate', width: 15, style: date },
    { header: `${t('work.field.progress')} (%)`, key: 'progress', width: 11 },
    { header: t('work.field.grade'), key: 'grade', width: 20 },
    { header: t('work.field.transfers'), key: 'transfers', width: 11 },
    { header: t('work.field.extensions'), key: 'extensions', width: 11 },
    { header: t('work.field.returns'), key: 'returns', width: 11 },
    { header: t('work.field.completedAt'), key: 'completedAt', width: 15, style: date },
  ];
  tasks.forEach((task, index) =>
    sheet.addRow({
      index: index + 1,
      title: task.title,
      unit: task.unit.name,
      owner: task.owner.fullName,
      assigner: task.assigner.fullName,
      priority: t(`work.priority.${task.priority}`),
      status: t(`work.status.${task.status}`),
      outcome: task.outcome ? t(`work.outcome.${task.outcome}`) : '',
      signals: task.signals.map((signal) => t(`work.signal.${signal.kind}`)).join(', '),
      startDate: excelDate(task.startDate),
      dueDate: excelDate(task.dueDate),
      progress: task.progressPercent,
      grade: task.grade ? `${task.grade} – ${t(`work.grade.${String(task.grade) as '1'}`)}` : '',
      transfers: task.counters.transfers,
      extensions: task.counters.extensions,
      returns: task.counters.returns,
      completedAt: task.completedAt ? excelDate(todayIso(new Date(task.completedAt))) : null,
    }),
  );
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EEE8' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return workbookBlob(workbook);
}

export const exportFileName = (t: TFunction) => datedFileName(t('work.export.fileName'));
