import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { figures } from './reports.docx-figures.js';
import { confidentialMark, FONT, heading, headTable, paragraph, prompt, text } from './reports.docx-parts.js';
import type { ReportFigures } from './reports.figures.js';
import { writtenDate } from './reports.rules.js';

export interface ReportMeta {
  layout: 'party' | 'administrative';
  /** The body above the issuing one (the agency), and the issuing unit. */
  parentBody: string;
  issuingBody: string;
  place: string;
  /** Local date the report is dated (yyyy-mm-dd). */
  date: string;
  periodLabel: string;
  fromDate: string;
  toDate: string;
  dataCutoff: string;
  /** Marked MẬT: the conduct table names subjects. */
  isConfidential: boolean;
}

const MM = 56.7;
const day = (iso: string) => iso.split('-').reverse().join('/');

/** Page 1's head: Decree 30/2020 (national title, motto) or Guideline 36-HD/VPTW (Party heading, asterisk). */
function head(meta: ReportMeta) {
  const party = meta.layout === 'party';
  const left = [
    ...(meta.parentBody ? [paragraph(meta.parentBody.toUpperCase(), { align: 'center', size: 13, after: 0 })] : []),
    paragraph(meta.issuingBody.toUpperCase(), { align: 'center', size: 13, bold: true, after: 0 }),
    paragraph(party ? '*' : '_______', { align: 'center', size: 13, after: 60 }),
    paragraph(party ? 'Số       -BC/......' : 'Số:       /BC-......', { align: 'center', size: 13, after: 0 }),
    // The confidentiality mark sits under the number and symbol (box 10a of the Decree 30/2020 layout).
    ...(meta.isConfidential ? [confidentialMark()] : []),
  ];
  const place = paragraph(`${meta.place}, ${writtenDate(meta.date)}`, { align: 'center', italics: true, size: 14, after: 0 });
  const right = party
    ? [paragraph([text('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, size: 15, underline: true })], { align: 'center', after: 240 }), place]
    : [
        paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', bold: true, size: 13, after: 0 }),
        paragraph([text('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14, underline: true })], { align: 'center', after: 240 }),
        place,
      ];
  return headTable(left, right);
}

/** The draft report: fixed layout parts, author prompts for every narrative section, and the figure tables. */
export async function buildReportDocx(meta: ReportMeta, f: ReportFigures): Promise<Buffer> {
  const party = meta.layout === 'party';
  const body = [
    head(meta),
    paragraph('', { after: 240 }),
    paragraph('BÁO CÁO', { align: 'center', bold: true, size: 15, after: 0 }),
    paragraph(
      `Kết quả thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc ${meta.periodLabel}`,
      { align: 'center', bold: true, size: 14, after: 60 },
    ),
    paragraph(party ? '-----' : '_______', { align: 'center', after: 240 }),
    paragraph(`Số liệu tính từ ngày ${day(meta.fromDate)} đến ngày ${day(meta.toDate)}, chốt lúc ${meta.dataCutoff}.`, { italics: true, indent: true }),
    heading('I. TÌNH HÌNH, ĐẶC ĐIỂM VÀ CÔNG TÁC TỔ CHỨC THỰC HIỆN'),
    prompt('nêu đặc điểm của đơn vị trong kỳ; việc quán triệt, ban hành kế hoạch, phân công thực hiện (đối chiếu Bảng 1, Bảng 2).'),
    heading('II. KẾT QUẢ THỰC HIỆN'),
    prompt('đánh giá kết quả theo từng nhiệm vụ của Chỉ thị, so sánh với chỉ tiêu và với kỳ trước, dựa trên các bảng số liệu dưới đây.'),
    ...figures(f),
    heading('III. HẠN CHẾ, TỒN TẠI VÀ NGUYÊN NHÂN'),
    prompt('nêu hạn chế (nhiệm vụ quá hạn, chuyển giao, gia hạn, phản ánh chưa tiếp nhận đúng hạn…), nguyên nhân chủ quan và khách quan.'),
    heading('IV. BÀI HỌC KINH NGHIỆM'),
    prompt('nêu những cách làm hiệu quả cần duy trì, nhân rộng.'),
    heading('V. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP KỲ TỚI'),
    prompt('nêu nhiệm vụ trọng tâm, giải pháp, người chịu trách nhiệm và thời hạn.'),
    heading('VI. ĐỀ XUẤT, KIẾN NGHỊ'),
    prompt('nêu đề xuất, kiến nghị với cấp trên (nếu có).'),
    paragraph('', { after: 240 }),
    headTable(
      [
        paragraph([text('Nơi nhận:', { bold: true, italics: true, size: 12 })], { align: 'left', after: 0 }),
        paragraph('- ......;', { align: 'left', size: 11, after: 0 }),
        paragraph('- Lưu: VT.', { align: 'left', size: 11, after: 0 }),
      ],
      [
        paragraph(party ? 'T/M ......' : 'THỦ TRƯỞNG CƠ QUAN', { align: 'center', bold: true, size: 14, after: 1200 }),
        paragraph('[Họ và tên người ký]', { align: 'center', italics: true, size: 14 }),
      ],
    ),
  ];
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })] })],
  });
  const document = new Document({
    creator: 'Công vụ',
    title: `Báo cáo kết quả thực hiện Chỉ thị 24-CT/TU ${meta.periodLabel}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
