import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** Building blocks of a Vietnamese administrative document: Times New Roman, sizes in points. */
export const FONT = 'Times New Roman';

export function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) {
  return new TextRun({
    text: value,
    font: FONT,
    size: (options.size ?? 14) * 2,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });
}

export function paragraph(
  value: string | TextRun[],
  options: { align?: 'center' | 'left' | 'right' | 'both'; bold?: boolean; italics?: boolean; size?: number; indent?: boolean; after?: number } = {},
) {
  const alignment = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[
    options.align ?? 'both'
  ];
  return new Paragraph({
    alignment,
    spacing: { after: options.after ?? 120, line: 300 },
    indent: options.indent ? { firstLine: 567 } : undefined,
    children: typeof value === 'string' ? [text(value, options)] : value,
  });
}

/** An author's prompt: what this section should say, in brackets and italics, never the text itself. */
export const prompt = (value: string) => paragraph(`[Gợi ý cho người soạn thảo: ${value}]`, { italics: true, indent: true });

export const heading = (value: string) => paragraph(value, { bold: true, align: 'left', after: 120 });

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };

/** The two-column head of page 1 (issuing body left, national or Party heading right), without borders. */
export function headTable(left: Paragraph[], right: Paragraph[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 42, type: WidthType.PERCENTAGE }, borders: noBorders, children: left }),
          new TableCell({ width: { size: 58, type: WidthType.PERCENTAGE }, borders: noBorders, children: right }),
        ],
      }),
    ],
  });
}

/** A figure table: a caption saying what it counts, a header row, then rows of text and numbers. */
export function figureTable(caption: string, counts: string, header: string[], rows: (string | number)[][]): (Paragraph | Table)[] {
  const cell = (value: string | number, bold = false) =>
    new TableCell({ children: [paragraph(String(value), { size: 12, bold, align: typeof value === 'number' ? 'center' : 'left', after: 0 })] });
  return [
    paragraph(caption, { bold: true, align: 'center', size: 13, after: 40 }),
    paragraph(`(${counts})`, { italics: true, align: 'center', size: 12, after: 80 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: header.map((title) => cell(title, true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
      ],
    }),
    paragraph('', { after: 120 }),
  ];
}

const frame = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };

/** The confidentiality mark "MẬT": upper case, bold, in a rectangular frame. */
export const confidentialMark = () =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 0 },
    indent: { left: 1300, right: 1300 },
    border: { top: frame, bottom: frame, left: frame, right: frame },
    children: [text('MẬT', { bold: true, size: 13 })],
  });
