import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { WeeklySchedule } from '../../../contracts/schedule.js';
import { formatVietnameseDate } from '../../platform/calendar/dates.js';
import { COLUMNS, dayLabel, entryCells, groupedEntries, sessionLabel, weekTitle } from './schedule.layout.js';

const FONT = 'Times New Roman';
const MM = 56.7;
const WIDTHS = [10, 6, 7, 27, 12, 16, 11, 11];
const para = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; center?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 40 },
    children: text
      .split('\n')
      .map(
        (line, i) =>
          new TextRun({ text: line, break: i > 0 ? 1 : 0, font: FONT, size: (options.size ?? 12) * 2, bold: options.bold, italics: options.italics }),
      ),
  });
const cell = (text: string, column: number, options: { bold?: boolean; center?: boolean; rowSpan?: number } = {}) =>
  new TableCell({
    width: { size: WIDTHS[column], type: WidthType.PERCENTAGE },
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [para(text, { bold: options.bold, center: options.center, size: 11 })],
  });
const plain = (children: Paragraph[], width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: { top: { style: 'nil' }, bottom: { style: 'nil' }, left: { style: 'nil' }, right: { style: 'nil' } },
    children,
  });

function header(agencyName: string, today: string) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          plain([para(agencyName.toUpperCase(), { bold: true, center: true }), para('VĂN PHÒNG', { bold: true, center: true })], 45),
          plain(
            [
              para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
              para('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true, size: 13 }),
              para(`Ngày ${formatVietnameseDate(today)}`, { italics: true, center: true }),
            ],
            55,
          ),
        ],
      }),
    ],
  });
}

/** The week as the Office prints it: agency header, title, week and dates, then one table merged by day and session. */
export async function weeklyScheduleDocx(agencyName: string, week: WeeklySchedule, today: string): Promise<Buffer> {
  const rows = [new TableRow({ tableHeader: true, children: COLUMNS.map((label, i) => cell(label, i, { bold: true, center: true })) })];
  for (const day of groupedEntries(week.entries)) {
    const dayRows = day.sessions.reduce((sum, session) => sum + session.entries.length, 0);
    day.sessions.forEach((session, s) =>
      session.entries.forEach((entry, e) => {
        const lead = [
          ...(s === 0 && e === 0 ? [cell(dayLabel(day.day), 0, { bold: true, center: true, rowSpan: dayRows })] : []),
          ...(e === 0 ? [cell(sessionLabel[session.session], 1, { center: true, rowSpan: session.entries.length })] : []),
        ];
        rows.push(new TableRow({ children: [...lead, ...entryCells(entry).map((text, i) => cell(text, i + 2))] }));
      }),
    );
  }
  const document = new Document({
    creator: 'Công vụ',
    title: `Lịch công tác tuần ${week.weekNumber}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 15 * MM, bottom: 15 * MM, left: 20 * MM, right: 15 * MM },
          },
        },
        children: [
          header(agencyName, today),
          new Paragraph({ children: [] }),
          para('LỊCH CÔNG TÁC TUẦN', { bold: true, center: true, size: 14 }),
          para(weekTitle(week), { italics: true, center: true, size: 13 }),
          new Paragraph({ children: [] }),
          week.entries.length
            ? new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })
            : para('Tuần này chưa có lịch công tác.', { italics: true }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
