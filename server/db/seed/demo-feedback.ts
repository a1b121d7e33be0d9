import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import { addWorkingHours } from '../../platform/calendar/working-days.js';
import { loadWorkingCalendar } from '../../platform/calendar/calendar.repository.js';
import type { FileStore } from '../../platform/files.js';
import {
  acceptReport,
  addReporterMessage,
  addStaffMessage,
  answerReport,
  classifyReport,
  openCaseFromReport,
  rateAnswer,
  rejectReport,
  routeReport,
  submitReport,
} from '../../modules/feedback/index.js';
import type { Db } from '../client.js';
import { demoWorkContext } from './demo-context.js';
import type { SeededAgency } from './demo-agency.js';

const HOUR = 3_600_000;

/**
 * A few fictional public reports in every state staff should recognise: waiting (one past its
 * 8-working-hour acceptance limit), routed with a conversation, answered and rated, not accepted
 * (a denunciation belongs to its own legal channel), and one that opened a conduct case.
 * Reporter names are fictional; codes are discarded (the demo needs none to follow them).
 */
export async function seedDemoFeedback(db: Db, now: Date, seeded: SeededAgency, options: { files: FileStore; identityKey: Buffer; usernamePrefix?: string }) {
  const { clock, deps: base, actor } = demoWorkContext(db, now, options.usernamePrefix);
  const deps = { ...base, files: options.files, identityKey: options.identityKey };
  const unit = (code: string) => seeded.unitIdByCode.get(code)!;
  const person = (key: string) => seeded.personIdByKey.get(key)!;
  const calendar = await loadWorkingCalendar(db, seeded.agencyId);
  // Receive each report at a working moment a given number of office hours before now.
  const at = (workingHoursAgo: number) => {
    let guess = new Date(now.getTime() - (workingHoursAgo * 5 + 72) * HOUR);
    while (addWorkingHours(calendar, guess, workingHoursAgo) < now) guess = new Date(guess.getTime() + HOUR);
    return guess;
  };
  // Days before the moment the report is received (the clock is set just before each one).
  const daysAgo = (days: number) => addCalendarDays(localDateOf(clock.now()), -days);
  const inspector = await actor('thanhtra');
  const leader = await actor('lanhdao');
  const report = (body: Record<string, unknown>) =>
    submitReport(deps, { agencyId: seeded.agencyId, officialName: '', isAnonymous: true, website: '', ...body } as Parameters<typeof submitReport>[1]);
  const idOf = async (reference: string) => {
    const rows = await db.query.publicReports.findFirst({ where: (table, { eq }) => eq(table.reference, reference) });
    return rows!.id;
  };

  clock.set(at(2));
  await report({
    category: 'delay',
    unitId: unit('VP-QT'),
    content: 'Tôi nộp hồ sơ đề nghị xác nhận từ tuần trước, hẹn 3 ngày nhưng đến nay chưa có kết quả, gọi điện không ai nghe.',
    occurredOn: daysAgo(8),
  });

  clock.set(at(14));
  await report({
    category: 'attitude',
    unitId: unit('BPT'),
    officialName: 'Cán bộ trực tiếp nhận hồ sơ',
    isAnonymous: false,
    reporter: { name: 'Phạm Thị Hồng Nhung', phone: '0900 000 111', email: '' },
    content: 'Cán bộ tiếp nhận trả lời cộc lốc, không hướng dẫn cụ thể hồ sơ cần bổ sung.',
    occurredOn: daysAgo(3),
  });

  clock.set(at(30));
  const routed = await report({
    category: 'harassment',
    unitId: unit('BTG'),
    content: 'Khi đăng ký tổ chức sự kiện tuyên truyền, tôi bị yêu cầu nộp thêm nhiều giấy tờ không có trong danh mục công khai.',
    occurredOn: daysAgo(9),
  });
  const routedId = await idOf(routed.reference);
  clock.set(at(27));
  await acceptReport(deps, inspector, routedId);
  await classifyReport(deps, inspector, routedId, { category: 'harassment', level: 'normal', subjectPersonId: null, manifestationCode: null });
  await routeReport(deps, inspector, routedId, {
    unitId: unit('BDCPL'),
    handlerPersonId: null,
    note: 'Ban Dân chủ – Pháp luật xác minh, báo cáo trong 5 ngày làm việc',
  });
  clock.set(at(20));
  await addStaffMessage(deps, inspector, routedId, 'Đề nghị ông/bà cho biết ngày nộp hồ sơ và tên loại giấy tờ bị yêu cầu thêm.');
  clock.set(at(18));
  await addReporterMessage(
    deps,
    routed.trackingCode,
    'Tôi nộp hồ sơ sáng thứ Hai tuần trước, bị yêu cầu thêm xác nhận của phường và bản sao hợp đồng thuê địa điểm.',
  );

  clock.set(at(60));
  const answered = await report({
    category: 'delay',
    unitId: unit('VP'),
    isAnonymous: false,
    reporter: { name: 'Đoàn Văn Thắng', phone: '', email: 'thang.doan@example.vn' },
    content: 'Văn bản đề nghị phối hợp của tổ dân phố gửi đã 2 tuần chưa được trả lời.',
    occurredOn: daysAgo(20),
  });
  const answeredId = await idOf(answered.reference);
  clock.set(at(56));
  await acceptReport(deps, inspector, answeredId);
  clock.set(at(40));
  await answerReport(
    deps,
    inspector,
    answeredId,
    'Văn phòng đã kiểm tra: văn bản bị chuyển nhầm đơn vị. Cơ quan đã trả lời tổ dân phố bằng Công văn số 15/CV-VP; cán bộ văn thư đã được nhắc nhở, quy trình chuyển văn bản được bổ sung bước đối chiếu.',
  );
  clock.set(at(35));
  await rateAnswer(deps, answered.trackingCode, 4, 'Trả lời rõ ràng, nhưng còn chậm.');

  clock.set(at(50));
  const rejected = await report({
    category: 'corruption_signs',
    unitId: unit('BTCKT'),
    content: 'Tôi tố cáo một cán bộ nhận tiền để bỏ qua sai phạm (kèm họ tên, địa chỉ của tôi theo Luật Tố cáo).',
    occurredOn: daysAgo(15),
  });
  const rejectedId = await idOf(rejected.reference);
  clock.set(at(47));
  await rejectReport(
    deps,
    leader,
    rejectedId,
    'Nội dung là tố cáo hành vi vi phạm pháp luật, được giải quyết theo Luật Tố cáo 2018. Đề nghị ông/bà gửi đơn tố cáo ghi rõ họ tên, địa chỉ đến Ủy ban Kiểm tra hoặc cơ quan thanh tra có thẩm quyền.',
  );

  clock.set(at(45));
  const withCase = await report({
    category: 'avoiding_responsibility',
    unitId: unit('BTG'),
    officialName: 'Chuyên viên phụ trách hồ sơ',
    content: 'Hồ sơ của tôi bị chuyển qua lại giữa hai Ban, mỗi nơi đều nói không thuộc thẩm quyền.',
    occurredOn: daysAgo(12),
  });
  const withCaseId = await idOf(withCase.reference);
  clock.set(at(40));
  await acceptReport(deps, inspector, withCaseId);
  await classifyReport(deps, inspector, withCaseId, {
    category: 'avoiding_responsibility',
    level: 'normal',
    subjectPersonId: person('staff2'),
    manifestationCode: null,
  });
  await openCaseFromReport(deps, inspector, withCaseId, { manifestationCode: 'N1.01', note: 'Có dấu hiệu đùn đẩy trách nhiệm, mở vụ việc để xác minh' });
}
