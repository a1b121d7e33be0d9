import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { foldForSearch } from '../../platform/search-text.js';

/** Column headers accepted in an import file, matched without diacritics or case. */
export const importColumns = {
  fullName: ['ho va ten', 'ho ten', 'full name'],
  position: ['chuc vu', 'position'],
  category: ['doi tuong', 'loai', 'category'],
  unitCode: ['ma don vi', 'don vi', 'unit code'],
  email: ['email', 'thu dien tu'],
  phone: ['dien thoai', 'so dien thoai', 'phone'],
  isPartyMember: ['dang vien', 'party member'],
  birthDate: ['ngay sinh', 'birth date'],
} as const;
export type ImportColumn = keyof typeof importColumns;
export type RawRow = { row: number; values: Partial<Record<ImportColumn, string>> };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
  }
  return String(value).trim();
}

function columnOf(header: string): ImportColumn | undefined {
  const folded = foldForSearch(header).replace(/[*:]/g, '').trim();
  return (Object.keys(importColumns) as ImportColumn[]).find((key) => (importColumns[key] as readonly string[]).includes(folded));
}

/** Reads the first sheet of an .xlsx or a .csv file into header-keyed rows (row numbers as in the file). */
export async function readImportFile(buffer: Buffer, fileName: string): Promise<{ rows: RawRow[]; unknownHeaders: string[] }> {
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(fileName)) {
    await workbook.csv.read(Readable.from(buffer.toString('utf8').replace(/^\uFEFF/, '')));
  } else {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], unknownHeaders: [] };
  const headers = new Map<number, ImportColumn>();
  const unknownHeaders: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell.value);
    const key = columnOf(header);
    if (key) headers.set(column, key);
    else if (header) unknownHeaders.push(header);
  });
  const rows: RawRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: RawRow['values'] = {};
    headers.forEach((key, column) => {
      const text = cellText(row.getCell(column).value);
      if (text) values[key] = text;
    });
    if (Object.keys(values).length > 0) rows.push({ row: number, values });
  });
  return { rows, unknownHeaders };
}
