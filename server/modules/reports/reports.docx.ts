import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { FONT, figureTable, heading, headTable, paragraph, prompt, text } from './reports.docx-parts.js';
import type { ReportFigures } from './reports.figures.js';
import { percentText, writtenDate } from './reports.rules.js';

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

function figures(f: ReportFigures) {
  const d = f.dissemination;
  const t = f.taskTotals;
  const p = f.previousTaskTotals;
  const total = (c: typeof t) => c.completedOnTime + c.completedLate + c.openInTime + c.openOverdue;
  const r = (kind: string) => f.requests[`task.${kind}`] ?? 0;
  const fb = f.feedback;
  return [
    ...figureTable(
      'Bảng 1. Quán triệt và hội nghị',
      'đếm các đợt quán triệt phát động trong kỳ của đơn vị và cấp dưới, số người được giao, đã xác nhận, đã ký cam kết đến thời điểm chốt số liệu; các hội nghị bắt đầu trong kỳ, số người được mời và có mặt',
      ['Chỉ số', 'Số lượng', 'Tỷ lệ'],
      [
        ['Đợt quán triệt phát động', d.campaigns, ''],
        ['Lượt người được giao quán triệt', d.assigned, ''],
        ['Đã xác nhận đọc, nắm nội dung', d.acknowledged, percentText(d.acknowledged, d.assigned)],
        ['Đã ký cam kết', d.committed, percentText(d.committed, d.assigned)],
        ['Hội nghị tổ chức', d.meetings, ''],
        ['Lượt đại biểu được mời', d.invited, ''],
        ['Lượt đại biểu có mặt', d.present, percentText(d.present, d.invited)],
      ],
    ),
    ...figureTable(
      'Bảng 2. Chỉ tiêu kế hoạch đến hạn trong kỳ',
      'liệt kê chỉ tiêu của các kế hoạch có hạn trong kỳ, giá trị đạt được ghi nhận đến thời điểm chốt số liệu',
      ['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Đạt được', 'Tỷ lệ', 'Hạn'],
      f.targets.length === 0
        ? [['Không có chỉ tiêu đến hạn trong kỳ', '', '', '', '', '']]
        : f.targets.map((g) => [g.metric, g.unitOfMeasure, g.targetValue, g.reachedValue, percentText(g.reachedValue, g.targetValue), day(g.deadline)]),
    ),
    ...figureTable(
      'Bảng 3. Nhiệm vụ theo kết quả, theo đơn vị',
      'đếm nhiệm vụ có hạn trong kỳ, trừ nhiệm vụ đã hủy, theo bốn trạng thái tại thời điểm chốt số liệu; đúng hạn hay trễ hạn tính theo ngày nộp kết quả',
      ['Đơn vị', 'Hoàn thành đúng hạn', 'Hoàn thành trễ hạn', 'Đang làm, trong hạn', 'Quá hạn', 'Tổng'],
      [
        ...f.tasksByUnit.map((u) => [u.name, u.counts.completedOnTime, u.counts.completedLate, u.counts.openInTime, u.counts.openOverdue, total(u.counts)]),
        ['Tổng cộng', t.completedOnTime, t.completedLate, t.openInTime, t.openOverdue, total(t)],
        ['Kỳ trước', p.completedOnTime, p.completedLate, p.openInTime, p.openOverdue, total(p)],
      ],
    ),
    ...figureTable(
      'Bảng 4. Chuyển giao, gia hạn, khó khăn và cách giải quyết',
      'đếm các đề xuất và quyết định ghi nhận trong kỳ trên nhiệm vụ của đơn vị và cấp dưới',
      ['Nội dung', 'Đề xuất', 'Chấp thuận', 'Không chấp thuận'],
      [
        ['Chuyển giao nhiệm vụ', r('transfer_requested'), r('transfer_approved'), r('transfer_rejected')],
        ['Người nhận từ chối nhận chuyển giao', r('transfer_refused'), '', ''],
        ['Gia hạn', r('extension_requested'), r('extension_approved'), r('extension_refused')],
        ['Khó khăn, vướng mắc (nêu / đã quyết định)', r('difficulty_raised'), r('difficulty_decided'), ''],
      ],
    ),
    ...figureTable(
      'Bảng 5. Vụ việc vi phạm và hình thức xử lý',
      'đếm vụ việc mở trong kỳ đối với cán bộ, đơn vị thuộc phạm vi báo cáo, số đã kết luận hoặc dừng xem xét đến thời điểm chốt số liệu, và hình thức quyết định trong kỳ; không nêu tên người',
      ['Nội dung', 'Số lượng'],
      [
        ['Vụ việc mở trong kỳ', f.conduct.opened],
        ['Trong đó: đã kết luận', f.conduct.concluded],
        ['Trong đó: dừng xem xét', f.conduct.dismissed],
        ['Nhắc nhở', f.conduct.reminders],
        ['Phê bình', f.conduct.criticisms],
        ['Kỷ luật', f.conduct.disciplines],
      ],
    ),
    ...figureTable(
      'Bảng 6. Phản ánh, kiến nghị của người dân, doanh nghiệp',
      'đếm phản ánh về đơn vị và cấp dưới nhận trong kỳ; tiếp nhận đúng hạn là trong 8 giờ làm việc; số đã trả lời, không tiếp nhận đến thời điểm chốt số liệu; mức hài lòng trung bình thang 1–5',
      ['Chỉ số', 'Kỳ này', 'Kỳ trước', 'Tỷ lệ kỳ này'],
      [
        ['Phản ánh nhận được', fb.received, f.previousFeedback.received, ''],
        ['Tiếp nhận trong 8 giờ làm việc', fb.acceptedInTime, f.previousFeedback.acceptedInTime, percentText(fb.acceptedInTime, fb.received)],
        ['Đã trả lời', fb.answered, f.previousFeedback.answered, percentText(fb.answered, fb.received)],
        ['Không tiếp nhận', fb.rejected, f.previousFeedback.rejected, ''],
        [
          'Lượt đánh giá / mức hài lòng trung bình',
          fb.rated,
          f.previousFeedback.rated,
          fb.averageRating === null ? '-' : fb.averageRating.toLocaleString('vi-VN'),
        ],
      ],
    ),
  ];
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
