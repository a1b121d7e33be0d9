import type { WeeklySchedule } from '../../../contracts/schedule.js';
import { COLUMNS, dayLabel, entryCells, groupedEntries, sessionLabel, weekTitle } from './schedule.layout.js';

/** The week as a sheet in the same layout as the Word file, day and session cells merged. */
export async function weeklyScheduleWorkbook(agencyName: string, week: WeeklySchedule): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Công vụ';
  const sheet = workbook.addWorksheet(`Tuần ${week.weekNumber}`, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 } });
  const font = { name: 'Times New Roman', size: 12 };
  sheet.addRow([agencyName.toUpperCase()]).font = { ...font, bold: true };
  sheet.addRow(['LỊCH CÔNG TÁC TUẦN']).font = { ...font, bold: true, size: 14 };
  sheet.addRow([weekTitle(week)]).font = { ...font, italic: true };
  for (const row of [2, 3]) {
    sheet.mergeCells(row, 1, row, COLUMNS.length);
    sheet.getRow(row).alignment = { horizontal: 'center' };
  }
  sheet.addRow([]);
  const headerRow = sheet.addRow(COLUMNS);
  headerRow.font = { ...font, bold: true };
  headerRow.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  [12, 8, 9, 45, 20, 30, 20, 20].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const day of groupedEntries(week.entries)) {
    const dayFirst = sheet.rowCount + 1;
    for (const session of day.sessions) {
      const sessionFirst = sheet.rowCount + 1;
      for (const entry of session.entries) sheet.addRow([dayLabel(day.day), sessionLabel[session.session], ...entryCells(entry)]);
      if (session.entries.length > 1) sheet.mergeCells(sessionFirst, 2, sheet.rowCount, 2);
    }
    if (sheet.rowCount > dayFirst) sheet.mergeCells(dayFirst, 1, sheet.rowCount, 1);
  }
  sheet.eachRow((row, number) => {
    if (number < headerRow.number) return;
    row.eachCell((cell) => {
      cell.font = { ...font, bold: number === headerRow.number };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (number > headerRow.number) cell.alignment = { wrapText: true, vertical: 'middle' };
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
