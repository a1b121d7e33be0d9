import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { foldForSearch } from './search-text.js';

export type SheetRow<K extends string> = { row: number; values: Partial<Record<K, string>> };

/** A cell as the text a person sees: dates as dd/mm/yyyy, formulas by their result, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
  }
  return String(value).trim();
}

/**
 * The first sheet of an .xlsx or a .csv file as rows keyed by column, row numbers as in the file.
 * The first row names the columns; a header matches one of `columns`' names without diacritics,
 * case, '*' or ':'. Empty rows are skipped; headers matching nothing are reported.
 */
export async function readSheetRows<K extends string>(
  buffer: Buffer,
  fileName: string,
  columns: Record<K, readonly string[]>,
): Promise<{ rows: SheetRow<K>[]; unknownHeaders: string[] }> {
  // Loaded on the first import: exceljs is a large library only administrators' imports need,
  // and every server process would otherwise carry it from start-up.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  if (/\.csv$/i.test(fileName)) await workbook.csv.read(Readable.from(buffer.toString('utf8').replace(/^\uFEFF/, '')));
  else await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], unknownHeaders: [] };
  const keys = Object.keys(columns) as K[];
  const columnOf = (header: string) => {
    const folded = foldForSearch(header).replace(/[*:]/g, '').trim();
    return keys.find((key) => columns[key].includes(folded));
  };
  const headers = new Map<number, K>();
  const unknownHeaders: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell.value);
    const key = columnOf(header);
    if (key) headers.set(column, key);
    else if (header) unknownHeaders.push(header);
  });
  const rows: SheetRow<K>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: Partial<Record<K, string>> = {};
    headers.forEach((key, column) => {
      const text = cellText(row.getCell(column).value);
      if (text) values[key] = text;
    });
    if (Object.keys(values).length > 0) rows.push({ row: number, values });
  });
  return { rows, unknownHeaders };
}
