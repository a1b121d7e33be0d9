import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Scorecard } from '../../../contracts/evaluation.js';

type Row = {
  person: { name: string; position: string };
  unit: { name: string };
  state: string;
  score: number | null;
  computedLevel: string | null;
  level: string | null;
};

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The period table as .xlsx: one row per person, with the computed and the decided level. */
export async function periodTableXlsx(title: string, rows: Row[]): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('Xep loai');
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Bước', 'Điểm', 'Mức tính được', 'Mức quyết định']).font = { bold: true };
  rows.forEach((row, index) =>
    sheet.addRow([index + 1, row.person.name, row.person.position, row.unit.name, row.state, row.score, row.computedLevel ?? '', row.level ?? '']),
  );
  sheet.columns.forEach((column, index) => {
    column.width = [6, 28, 22, 28, 16, 8, 14, 14][index];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: 'Times New Roman', size: (options.size ?? 14) * 2, bold: options.bold, italics: options.italics });
const para = (children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new Paragraph({ children, alignment, spacing: { after: 80 } });
const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: 'none', size: 0, color: 'FFFFFF' },
      bottom: { style: 'none', size: 0, color: 'FFFFFF' },
      left: { style: 'none', size: 0, color: 'FFFFFF' },
      right: { style: 'none', size: 0, color: 'FFFFFF' },
    },
  });

/**
 * The result notice as .docx in the Decree 30/2020 layout (BRIEF §5.1): issuing body top left, national title and
 * motto top right, place and date, title, content with the explanation lines, signer; Times New Roman, A4,
 * margins 20/20/30/15 mm.
 */
export async function resultNoticeDocx(card: Scorecard, agencyName: string, today: string): Promise<Buffer> {
  const levelName = card.level ? `${card.scheme.levelNames[card.level] ?? card.level} (${card.level})` : 'Không xếp loại';
  const [year, month, day] = today.split('-');
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          cell(
            [
              para([run(agencyName.toUpperCase(), { size: 13 })], AlignmentType.CENTER),
              para([run(card.unit.name.toUpperCase(), { bold: true, size: 13 })], AlignmentType.CENTER),
              para([run('Số:      /TB-ĐG', { size: 13 })], AlignmentType.CENTER),
            ],
            40,
          ),
          cell(
            [
              para([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })], AlignmentType.CENTER),
              para([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13 })], AlignmentType.CENTER),
              para([run(`Hà Nội, ngày ${day} tháng ${month} năm ${year}`, { italics: true })], AlignmentType.CENTER),
            ],
            60,
          ),
        ],
      }),
    ],
  });
  const lines = card.lines.map((line) =>
    para([run(`- ${line.label.vi}: ${line.points > 0 ? '+' : ''}${line.points.toLocaleString('vi-VN')} điểm`)], AlignmentType.JUSTIFIED),
  );
  const body = [
    header,
    para([run('THÔNG BÁO', { bold: true })], AlignmentType.CENTER),
    para([run(`Kết quả đánh giá, xếp loại kỳ ${dmy(card.period.startsOn)} – ${dmy(card.period.endsOn)}`, { bold: true })], AlignmentType.CENTER),
    para([run(`Căn cứ ${card.scheme.source};`, { italics: true })], AlignmentType.JUSTIFIED),
    para(
      [run(`Kết quả đánh giá của ông/bà ${card.person.name}${card.person.position ? `, ${card.person.position}` : ''}, ${card.unit.name}:`)],
      AlignmentType.JUSTIFIED,
    ),
    ...lines,
    para([run(`Tổng điểm: ${card.score?.toLocaleString('vi-VN') ?? '—'}/100. Xếp loại: ${levelName}.`, { bold: true })], AlignmentType.JUSTIFIED),
    ...card.levelReasons.map((reason) => para([run(reason.text.vi, { italics: true })], AlignmentType.JUSTIFIED)),
    para([run(card.appealDueOn ? `Nếu có kiến nghị, đề nghị gửi trước ngày ${dmy(card.appealDueOn)}.` : '')], AlignmentType.JUSTIFIED),
    para([run('THỦ TRƯỞNG ĐƠN VỊ', { bold: true })], AlignmentType.RIGHT),
    para([run(card.decider?.name ?? '', { bold: true })], AlignmentType.RIGHT),
  ];
  const document = new Document({
    sections: [
      { properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children: body },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
