import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { localDateOf, VIETNAM_OFFSET_MS } from './calendar/dates.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows read per page while an export walks a keyset-paged list. */
export const EXPORT_PAGE_SIZE = 500;

export type Language = 'vi' | 'en';
export type Bilingual = { vi: string; en: string };
export type CellValue = string | number | Date | null | undefined;

/**
 * A column: `date` takes a yyyy-mm-dd calendar date, `datetime` an instant (shown in Hà Nội time),
 * `percent` a number 0–100; each becomes a typed Excel cell, not text.
 */
export interface XlsxColumn<R> {
  title: Bilingual;
  kind?: 'text' | 'number' | 'date' | 'datetime' | 'percent';
  width?: number;
  value: (row: R) => CellValue;
}

export interface XlsxExport<R> {
  /** The file's name without date and extension, e.g. { vi: 'viec-cua-toi', en: 'my-work' }. */
  fileName: Bilingual;
  sheetName: Bilingual;
  columns: XlsxColumn<R>[];
  /** The rows, page after page, read as the list reads them (same filters, same scope). */
  pages: AsyncIterable<R[]>;
  /** How many rows will come, when the list can count them cheaply; the web shows a progress bar from it. */
  total?: number;
  language: Language;
  now: Date;
}

/** Every page of a keyset-paged list, from the first to the last, EXPORT_PAGE_SIZE rows at a time. */
export async function* keysetPages<R>(
  readPage: (cursor: string | undefined, limit: number) => Promise<{ items: R[]; nextCursor: string | null }>,
): AsyncGenerator<R[]> {
  let cursor: string | undefined;
  do {
    const page = await readPage(cursor, EXPORT_PAGE_SIZE);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** A list that is read whole (a tree of counters, a week): one page. */
export async function* singlePage<R>(rows: R[] | Promise<R[]>): AsyncGenerator<R[]> {
  yield await rows;
}

const formats = { date: 'dd/mm/yyyy', datetime: 'dd/mm/yyyy hh:mm', percent: '0%', number: '#,##0.##', text: '@' } as const;

/** Excel has no time zones: a date is its day at midnight UTC, an instant its Hà Nội wall-clock time. */
function cellOf(kind: XlsxColumn<unknown>['kind'], value: CellValue): CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'date':
      return value instanceof Date ? new Date(`${localDateOf(value)}T00:00:00Z`) : new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
    case 'datetime':
      return new Date(new Date(value).getTime() + VIETNAM_OFFSET_MS);
    case 'percent':
      return Number(value) / 100;
    default:
      return value;
  }
}

/** "<name>-dd-mm-yyyy.xlsx" on today's date in Hà Nội. */
export function datedFileName(name: string, now: Date): string {
  const [year, month, day] = localDateOf(now).split('-');
  return `${name}-${day}-${month}-${year}.xlsx`;
}

/** A rough size of the finished file, so the web can show a determinate bar; said "about" there. */
export const estimatedBytes = (rows: number, columns: number) => Math.round(6_000 + rows * columns * 6);

/**
 * Streams a list as an .xlsx to the reply, one committed row at a time, so memory stays bounded however
 * long the list. The first page is read before anything is sent: a refusal there is an ordinary problem
 * response. A failure later cuts the download short, which the browser reports as failed.
 */
export async function sendXlsx<R>(reply: FastifyReply, spec: XlsxExport<R>): Promise<FastifyReply> {
  const pages = spec.pages[Symbol.asyncIterator]();
  const first = await pages.next();
  const { default: excel } = await import('exceljs');
  const body = new PassThrough();
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: body, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Công vụ';
  const sheet = workbook.addWorksheet(spec.sheetName[spec.language].slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column, index) => ({
    key: String(index),
    header: column.title[spec.language],
    width: column.width ?? 18,
    style: column.kind && column.kind !== 'text' ? { numFmt: formats[column.kind] } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EEE8' } };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };

  const write = (rows: R[]) => {
    for (const row of rows) sheet.addRow(spec.columns.map((column) => cellOf(column.kind, column.value(row)))).commit();
  };
  const fill = async () => {
    if (!first.done) write(first.value);
    for (let page = await pages.next(); !page.done; page = await pages.next()) write(page.value);
    sheet.commit();
    await workbook.commit();
  };
  fill().catch((error: unknown) => {
    reply.log.error({ err: error }, 'spreadsheet export stopped');
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const name = datedFileName(spec.fileName[spec.language], spec.now);
  reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('cache-control', 'no-store');
  if (spec.total !== undefined) {
    reply.header('x-export-rows', String(spec.total)).header('x-export-estimated-bytes', String(estimatedBytes(spec.total, spec.columns.length)));
  }
  return reply.send(body);
}
