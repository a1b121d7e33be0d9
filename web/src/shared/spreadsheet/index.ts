import type { Workbook } from 'exceljs';
import { formatDate } from '../format';

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
