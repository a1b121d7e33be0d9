import { figureTable } from './reports.docx-parts.js';
import type { ReportFigures } from './reports.figures.js';
import { percentText } from './reports.rules.js';

const day = (iso: string) => iso.split('-').reverse().join('/');

/** The figure tables of the report, each with a caption saying what it counts. */
export function figures(f: ReportFigures) {
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
      'đếm vụ việc mở trong kỳ đối với cán bộ, đơn vị thuộc phạm vi báo cáo, số đã kết luận hoặc dừng xem xét đến thời điểm chốt số liệu, và hình thức quyết định trong kỳ; không nêu tên người (danh sách có tên chỉ có trong báo cáo đóng dấu mật)',
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
    ...confidentialCases(f),
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
    ...procedureTables(f),
    ...figureTable(
      'Bảng 9. Kết quả đánh giá, xếp loại',
      'đếm phiếu đánh giá đã công bố của các kỳ đánh giá có thời gian giao với kỳ báo cáo, theo đơn vị của người được đánh giá và mức xếp loại hiện tại; mỗi người tính một lần cho mỗi kỳ đánh giá; không nêu tên người',
      ['Đơn vị', 'Hoàn thành xuất sắc', 'Hoàn thành tốt', 'Hoàn thành', 'Không hoàn thành', 'Không xếp loại', 'Tổng'],
      [...f.ratingsByUnit.map((u) => [u.name, ...ratingCells(u.counts)]), ['Tổng cộng', ...ratingCells(f.ratingTotals)]],
    ),
  ];
}

const ratingCells = (c: ReportFigures['ratingTotals']) => [
  c.excellent,
  c.good,
  c.fulfilled,
  c.notFulfilled,
  c.notRated,
  c.excellent + c.good + c.fulfilled + c.notFulfilled + c.notRated,
];
const procedureCells = (c: ReportFigures['procedureTotals']) => [
  c.runsStarted,
  c.runsFinished,
  c.stepsOnTime,
  c.stepsLate,
  percentText(c.stepsLate, c.stepsOnTime + c.stepsLate),
];

function procedureTables(f: ReportFigures) {
  return [
    ...figureTable(
      'Bảng 7. Thực hiện quy trình nội bộ, theo đơn vị',
      'đếm lượt thực hiện quy trình của đơn vị và cấp dưới bắt đầu, hoàn thành trong kỳ, và các bước bàn giao trong kỳ, đúng hạn hay trễ hạn so với thời hạn của bước',
      ['Đơn vị', 'Lượt bắt đầu', 'Lượt hoàn thành', 'Bước đúng hạn', 'Bước trễ hạn', 'Tỷ lệ trễ'],
      [...f.proceduresByUnit.map((u) => [u.name, ...procedureCells(u.counts)]), ['Tổng cộng', ...procedureCells(f.procedureTotals)]],
    ),
    ...figureTable(
      'Bảng 8. Các bước quy trình bị trễ hạn',
      'liệt kê các bước có lượt bàn giao trễ hạn trong kỳ, nhiều lượt trễ nhất trước (tối đa 20 bước), với số lượt bàn giao và số lượt trễ',
      ['Quy trình', 'Bước', 'Lượt bàn giao', 'Lượt trễ hạn'],
      f.lateSteps.length === 0
        ? [['Không có bước nào trễ hạn trong kỳ', '', '', '']]
        : f.lateSteps.map((s) => [`${s.procedureCode} ${s.procedureTitle}`, s.stepName, s.stepsDone, s.stepsLate]),
    ),
  ];
}

/** In a report marked confidential only: the cases opened in the period with their subjects. */
function confidentialCases(f: ReportFigures) {
  if (!f.conductCases) return [];
  return figureTable(
    'Bảng 5a. Danh sách vụ việc mở trong kỳ (MẬT)',
    'liệt kê từng vụ việc mở trong kỳ đối với cán bộ, đơn vị thuộc phạm vi báo cáo, với người hoặc đơn vị bị xem xét, trạng thái và hình thức xử lý đến thời điểm chốt số liệu; không nêu người phản ánh',
    ['Người, đơn vị bị xem xét', 'Trạng thái', 'Hình thức xử lý', 'Ngày quyết định'],
    f.conductCases.length === 0
      ? [['Không có vụ việc mở trong kỳ', '', '', '']]
      : f.conductCases.map((c) => [c.subjectName, c.status, c.measure, c.decisionOn ? day(c.decisionOn) : '']),
  );
}
