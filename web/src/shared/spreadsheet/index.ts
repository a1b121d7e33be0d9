import type { Workbook } from 'exceljs';
import { formatDate } from '../format';

/** Exports stop here: a spreadsheet is for reading, not for copying the database. */
export const EXPORT_MAX_ROWS = 5_000;
const EXPORT_PAGE_SIZE = 100;

/** Every item of a keyset-paged list, page after page, up to the export cap. */
export async function collectPages<T>(
  fetchPage: (cursor: string | undefined, limit: number) => Promise<{ items: T[]; nextCursor: string | null }>,
  onProgress: (count: number) => void = () => {},
): Promise<{ items: T[]; isCapped: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor, EXPORT_PAGE_SIZE);
    items.push(...page.items);
    onProgress(items.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < EXPORT_MAX_ROWS);
  return { items: items.slice(0, EXPORT_MAX_ROWS), isCapped: Boolean(cursor) || items.length > EXPORT_MAX_ROWS };
}

/** A calendar date as an Excel date cell (midnight UTC, so no time zone shifts the day). */
export const excelDate = (isoDate: string | null | undefined) => (isoDate ? new Date(`${isoDate}T00:00:00Z`) : null);

export async function workbookBlob(workbook: Workbook): Promise<Blob> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** "<name>-dd-mm-yyyy.xlsx", today. */
export const datedFileName = (name: string) => `${name}-${formatDate(new Date()).replaceAll('/', '-')}.xlsx`;

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
