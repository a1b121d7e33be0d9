import type { PersonalDataExport } from '../../../contracts/privacy.js';
import { formatVietnameseDate, VIETNAM_OFFSET_MS } from '../../platform/calendar/dates.js';
import { COLUMN_TITLES, SECTION_TITLES } from './privacy.labels.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SENSITIVE_MARK = ' (nhạy cảm)';
const SENSITIVE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } } as const;

/** A value as a reader sees it: dates dd/mm/yyyy (times in Hà Nội), booleans Có/Không, lists joined. */
export function cellTextOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (Array.isArray(value)) return value.map(cellTextOf).join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatVietnameseDate(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const local = new Date(new Date(value).getTime() + VIETNAM_OFFSET_MS).toISOString();
    return `${formatVietnameseDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The export as a workbook: a cover sheet, then one sheet per section, sensitive columns titled and shaded. */
export async function personalDataWorkbook(data: PersonalDataExport): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Công vụ';
  const cover = workbook.addWorksheet('Giới thiệu');
  cover.getColumn(1).width = 30;
  cover.getColumn(2).width = 80;
  cover.addRows([
    ['DỮ LIỆU CÁ NHÂN', data.personName],
    ['Căn cứ', data.legalBasis],
    ['Thời điểm xuất', cellTextOf(data.generatedAt)],
    [
      'Ghi chú',
      `Các cột có đánh dấu "${SENSITIVE_MARK.trim()}" (tô màu) là dữ liệu cá nhân nhạy cảm. Danh tính người phản ánh, tố cáo không bao giờ được xuất.`,
    ],
  ]);
  cover.getColumn(1).font = { name: 'Times New Roman', bold: true };
  for (const part of data.sections) {
    const sheet = workbook.addWorksheet(SECTION_TITLES[part.key] ?? part.key);
    const fields = part.rows.length > 0 ? Object.keys(part.rows[0]) : [];
    if (fields.length === 0) {
      sheet.addRow(['Không có dữ liệu']);
      continue;
    }
    sheet.addRow(fields.map((field) => (COLUMN_TITLES[field] ?? field) + (field in part.sensitiveFields ? SENSITIVE_MARK : '')));
    for (const row of part.rows) sheet.addRow(fields.map((field) => cellTextOf(row[field])));
    if (part.truncated) sheet.addRow([`Chỉ xuất ${part.rows.length} dòng đầu.`]);
    sheet.getRow(1).font = { name: 'Times New Roman', bold: true };
    fields.forEach((field, index) => {
      const column = sheet.getColumn(index + 1);
      column.width = Math.min(50, Math.max(12, (COLUMN_TITLES[field] ?? field).length + 4));
      if (field in part.sensitiveFields) {
        column.eachCell((cell) => (cell.fill = SENSITIVE_FILL));
        sheet.getCell(1, index + 1).note = part.sensitiveFields[field];
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
