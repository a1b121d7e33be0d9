import type { QualityGrade } from '../../../contracts/work-vocabulary.js';
import { isIsoDate } from '../../platform/calendar/working-days.js';
import { readSheetRows, type SheetRow } from '../../platform/spreadsheet.js';

/** Column headers of a task import file, matched without diacritics or case. */
export const taskImportColumns = {
  title: ['ten nhiem vu', 'nhiem vu', 'title'],
  expectedOutput: ['san pham', 'ket qua du kien', 'expected output'],
  unitCode: ['ma don vi', 'don vi', 'unit code'],
  ownerEmail: ['email nguoi chu tri', 'nguoi chu tri', 'owner email', 'owner'],
  startDate: ['ngay giao', 'ngay bat dau', 'start date'],
  dueDate: ['han hoan thanh', 'han', 'due date'],
  completedOn: ['ngay hoan thanh', 'completed on'],
  grade: ['chat luong', 'danh gia', 'grade'],
} as const;
export type TaskImportColumn = keyof typeof taskImportColumns;
export type TaskImportRow = SheetRow<TaskImportColumn>;

export function readTaskImportFile(buffer: Buffer, fileName: string) {
  return readSheetRows(buffer, fileName, taskImportColumns);
}

/** dd/mm/yyyy (or yyyy-mm-dd) as an ISO date; undefined when absent, null when unreadable. */
export function importDate(text: string | undefined): string | null | undefined {
  if (!text) return undefined;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : text.trim();
  return isIsoDate(iso) ? iso : null;
}

/** 1–5; undefined when absent, null when not a grade. */
export function importGrade(text: string | undefined): QualityGrade | null | undefined {
  if (!text) return undefined;
  return /^[1-5]$/.test(text.trim()) ? (Number(text.trim()) as QualityGrade) : null;
}
