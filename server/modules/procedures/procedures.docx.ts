import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ProcedureVersion } from '../../../contracts/procedures.js';
import { formatVietnameseDate } from '../../platform/calendar/dates.js';
import { limitText } from './procedures.sheets.js';

export interface ProcedureDocument {
  agencyName: string;
  unitName: string;
  code: string;
  title: string;
  version: ProcedureVersion;
  reviewedBy: string | null;
  revisions: { edition: number; note: string; date: string | null }[];
}

const FONT = 'Times New Roman';
const MM = 56.7;
const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: (options.size ?? 13) * 2, bold: options.bold, italics: options.italics });
const para = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; center?: boolean } = {}) =>
  new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, spacing: { after: 80 }, children: [run(text, options)] });
const lines = (text: string) => (text.trim() ? text.split('\n').map((line) => para(line)) : [para('Không có.', { italics: true })]);
const cell = (content: string | Paragraph[], width: number, bold = false) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: typeof content === 'string' ? [para(content, { bold, size: 12 })] : content });
const table = (widths: number[], header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell([para(h, { bold: true, size: 12, center: true })], widths[i])) }),
      ...rows.map((r) => new TableRow({ children: r.map((value, i) => cell(value, widths[i])) })),
    ],
  });

/** The header of every page: who issues, the title, then code, edition, issue date and page x/y. */
function pageHeader(doc: ProcedureDocument) {
  const issued = doc.version.issueDate ? formatVietnameseDate(doc.version.issueDate) : '…/…/……';
  const right = [
    para(`Mã số: ${doc.code}`, { size: 11 }),
    para(`Lần ban hành: ${String(doc.version.edition).padStart(2, '0')}`, { size: 11 }),
    para(`Ngày ban hành: ${issued}`, { size: 11 }),
    new Paragraph({ children: [new TextRun({ font: FONT, size: 22, children: ['Trang: ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })] }),
  ];
  return new Header({
    children: [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              cell([para(doc.agencyName.toUpperCase(), { bold: true, size: 11, center: true }), para(doc.unitName, { size: 11, center: true })], 28),
              cell([para('QUY TRÌNH', { bold: true, size: 12, center: true }), para(doc.title.toUpperCase(), { bold: true, size: 12, center: true })], 44),
              cell(right, 28),
            ],
          }),
        ],
      }),
      new Paragraph({ children: [] }),
    ],
  });
}

function signatureBlock(doc: ProcedureDocument) {
  const v = doc.version;
  const column = (role: string, name: string | null) => [
    para(role, { bold: true, center: true, size: 12 }),
    para('(Ký, ghi rõ họ tên)', { italics: true, center: true, size: 11 }),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    para(name ?? '', { bold: true, center: true, size: 12 }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
    rows: [
      new TableRow({
        children: [
          cell(column('NGƯỜI SOẠN THẢO', v.draftedBy?.fullName ?? null), 33),
          cell(column('NGƯỜI KIỂM TRA', doc.reviewedBy), 33),
          cell(column('NGƯỜI PHÊ DUYỆT', v.approvedBy?.fullName ?? null), 34),
        ],
      }),
    ],
  });
}

const heading = (text: string) => new Paragraph({ spacing: { before: 200, after: 100 }, children: [run(text, { bold: true })] });

/** A version laid out as a Vietnamese procedure document (TCVN ISO 9001 practice): a clerk files it as it is. */
export async function procedureDocx(doc: ProcedureDocument): Promise<Buffer> {
  const v = doc.version;
  const children = [
    signatureBlock(doc),
    heading('THEO DÕI SỬA ĐỔI TÀI LIỆU'),
    table(
      [15, 60, 25],
      ['Lần ban hành', 'Nội dung sửa đổi', 'Ngày ban hành'],
      doc.revisions.map((r) => [String(r.edition).padStart(2, '0'), r.note || 'Ban hành lần đầu', r.date ? formatVietnameseDate(r.date) : '']),
    ),
    heading('1. MỤC ĐÍCH'),
    ...lines(v.purpose),
    heading('2. PHẠM VI ÁP DỤNG'),
    ...lines(v.scope),
    heading('3. TÀI LIỆU VIỆN DẪN'),
    ...(v.legalBases.length ? v.legalBases.map((b) => para(`- ${b.label}`)) : lines('')),
    heading('4. ĐỊNH NGHĨA, TỪ VIẾT TẮT'),
    ...lines(v.definitions),
    heading('5. NỘI DUNG QUY TRÌNH'),
    table(
      [6, 34, 26, 14, 20],
      ['TT', 'Bước công việc', 'Trách nhiệm', 'Thời hạn', 'Biểu mẫu, kết quả'],
      v.steps.map((s) => [
        String(s.position),
        `${s.name}${s.isParallel ? ' (song song với bước trước)' : ''}${s.inputs ? `\nĐầu vào: ${s.inputs}` : ''}`,
        [s.unit.name, s.responsiblePosition, s.defaultPerson?.fullName].filter(Boolean).join(' — '),
        limitText(s),
        s.outputs,
      ]),
    ),
    heading('6. BIỂU MẪU'),
    v.forms.length
      ? table(
          [8, 25, 67],
          ['TT', 'Mã hiệu', 'Tên biểu mẫu'],
          v.forms.map((f, i) => [String(i + 1), f.code, f.name]),
        )
      : para('Không có.', { italics: true }),
    heading('7. HỒ SƠ CẦN LƯU'),
    v.records.length
      ? table(
          [8, 42, 30, 20],
          ['TT', 'Tên hồ sơ', 'Nơi lưu, người lưu', 'Thời gian lưu'],
          v.records.map((r, i) => [String(i + 1), r.name, r.keeper, r.retention]),
        )
      : para('Không có.', { italics: true }),
  ];
  const document = new Document({
    creator: 'Công vụ',
    title: `${doc.code} ${doc.title}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } } },
        headers: { default: pageHeader(doc) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
