import type { TFunction } from 'i18next';
import type { Traceability } from '../../shared/contracts/documents';
import { formatDate } from '../../shared/format';
import { datedFileName, excelDate, workbookBlob } from '../../shared/spreadsheet';

/** The traceability table as an .xlsx workbook, headers in the current language, dd/mm/yyyy dates; exceljs loads only now. */
export async function buildTraceabilityWorkbook(trace: Traceability, t: TFunction): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(t('documents.trace.sheet'), { views: [{ state: 'frozen', ySplit: 2 }] });
  const date = { numFmt: 'dd/mm/yyyy' };
  sheet.addRow([`${trace.document.number} — ${trace.document.title} (${trace.document.issuingBody}, ${formatDate(trace.document.issueDate)})`]).font = {
    bold: true,
  };
  const columns = [
    { header: t('documents.trace.index'), key: 'index', width: 6 },
    { header: t('documents.trace.plan'), key: 'plan', width: 36 },
    { header: t('documents.target.unit'), key: 'planUnit', width: 24 },
    { header: t('documents.trace.target'), key: 'target', width: 44 },
    { header: t('documents.target.unitOfMeasure'), key: 'unitOfMeasure', width: 12 },
    { header: t('documents.target.targetValue'), key: 'targetValue', width: 12 },
    { header: t('documents.target.reachedValue'), key: 'reachedValue', width: 12 },
    { header: t('documents.target.deadline'), key: 'deadline', width: 13, style: date },
    { header: t('documents.trace.targetAccountable'), key: 'accountable', width: 26 },
    { header: t('documents.trace.task'), key: 'task', width: 44 },
    { header: t('documents.trace.owner'), key: 'owner', width: 24 },
    { header: t('documents.trace.dueDate'), key: 'dueDate', width: 13, style: date },
    { header: t('documents.trace.status'), key: 'status', width: 17 },
    { header: t('documents.trace.outcome'), key: 'outcome', width: 22 },
  ];
  sheet.columns = columns.map(({ key, width, style }) => ({ key, width, style }));
  const header = sheet.addRow(columns.map((column) => column.header));
  trace.lines.forEach((line, index) =>
    sheet.addRow({
      index: index + 1,
      plan: `${line.plan.number} — ${line.plan.title}`,
      planUnit: line.plan.unit.name,
      target: line.target?.metric ?? t('documents.trace.noTarget'),
      unitOfMeasure: line.target?.unitOfMeasure ?? '',
      targetValue: line.target?.targetValue ?? null,
      reachedValue: line.target?.reachedValue ?? null,
      deadline: excelDate(line.target?.deadline),
      accountable: line.target ? `${line.target.accountablePerson.fullName} (${line.target.unit.name})` : '',
      task: line.task?.title ?? (line.target ? t('documents.trace.noTask') : ''),
      owner: line.task ? `${line.task.owner.fullName} (${line.task.unit.name})` : '',
      dueDate: excelDate(line.task?.dueDate),
      status: line.task ? t(`work.status.${line.task.status}`) : '',
      outcome: line.task?.outcome ? t(`work.outcome.${line.task.outcome}`) : '',
    }),
  );
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EEE8' } };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return workbookBlob(workbook);
}

export const traceabilityFileName = (trace: Traceability, t: TFunction) =>
  datedFileName(`${t('documents.trace.fileName')}-${trace.document.number.replace(/[^\p{L}\p{N}]+/gu, '-')}`);
