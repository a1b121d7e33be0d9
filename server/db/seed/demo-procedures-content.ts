import type { z } from 'zod';
import type { stepInput } from '../../../contracts/procedures.js';

type StepInput = z.input<typeof stepInput>;

/** A demo procedure: its unit, who writes and approves it, its content, and the people (by demo key or unit staff number) named on its steps. */
export interface DemoProcedure {
  unitCode: string;
  headKey: string;
  code: string;
  title: string;
  purpose: string;
  scope: string;
  legalBases: string[];
  forms: { code: string; name: string }[];
  records: { name: string; keeper: string; retention: string }[];
  steps: (Omit<StepInput, 'unitId' | 'defaultPersonId'> & { person: string | null })[];
}

const days = (limitValue: number) => ({ limitValue, limitUnit: 'working_days' as const });
const hours = (limitValue: number) => ({ limitValue, limitUnit: 'working_hours' as const });
const fiveYears = '05 năm';

export const DEMO_PROCEDURES: DemoProcedure[] = [
  {
    unitCode: 'VP',
    headKey: 'office_head',
    code: 'QT-01/VP',
    title: 'Tiếp nhận và xử lý đơn thư của công dân',
    purpose:
      'Thống nhất cách tiếp nhận, phân loại, xử lý đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh gửi đến Ủy ban MTTQ thành phố; bảo đảm mỗi đơn có người chịu trách nhiệm và được trả lời đúng hạn.',
    scope: 'Áp dụng tại Văn phòng và các Ban chuyên môn của cơ quan.',
    legalBases: [
      'Luật Tiếp công dân số 42/2013/QH13',
      'Luật Khiếu nại số 02/2011/QH13',
      'Luật Tố cáo số 25/2018/QH14',
      'Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy',
    ],
    forms: [
      { code: 'BM.01', name: 'Sổ tiếp nhận đơn thư' },
      { code: 'BM.02', name: 'Phiếu đề xuất xử lý đơn' },
      { code: 'BM.03', name: 'Phiếu kiểm soát quá trình giải quyết' },
    ],
    records: [
      { name: 'Sổ tiếp nhận đơn thư', keeper: 'Văn thư Văn phòng', retention: fiveYears },
      { name: 'Hồ sơ xử lý đơn', keeper: 'Chuyên viên thụ lý', retention: fiveYears },
    ],
    steps: [
      {
        name: 'Tiếp nhận, vào sổ, quét đơn',
        responsiblePosition: 'Văn thư',
        person: 'VP-1',
        ...hours(4),
        inputs: 'Đơn thư, tài liệu kèm theo',
        outputs: 'BM.01 Sổ tiếp nhận',
      },
      { name: 'Phân loại, đề xuất hướng xử lý', responsiblePosition: 'Chuyên viên tổng hợp', person: 'VP-2', ...days(2), outputs: 'BM.02 Phiếu đề xuất' },
      { name: 'Chánh Văn phòng cho ý kiến', responsiblePosition: 'Chánh Văn phòng', person: 'office_head', ...days(1), outputs: 'Ý kiến chỉ đạo trên phiếu' },
      {
        name: 'Dự thảo văn bản chuyển đơn, trả lời công dân',
        responsiblePosition: 'Chuyên viên tổng hợp',
        person: 'VP-2',
        ...days(3),
        outputs: 'Dự thảo công văn',
      },
      { name: 'Phát hành, lưu hồ sơ', responsiblePosition: 'Văn thư', person: null, ...hours(4), outputs: 'Công văn đã phát hành', needsAcceptance: false },
    ],
  },
  {
    unitCode: 'VP',
    headKey: 'office_head',
    code: 'QT-02/VP',
    title: 'Soạn thảo, ban hành văn bản hành chính',
    purpose: 'Bảo đảm văn bản của cơ quan đúng thể thức Nghị định 30/2020/NĐ-CP, đúng thẩm quyền và đúng hạn.',
    scope: 'Áp dụng với văn bản hành chính do Ủy ban MTTQ thành phố ban hành.',
    legalBases: ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư'],
    forms: [{ code: 'BM.01', name: 'Phiếu trình ký' }],
    records: [{ name: 'Bản gốc văn bản', keeper: 'Văn thư', retention: 'Vĩnh viễn' }],
    steps: [
      { name: 'Soạn thảo văn bản', responsiblePosition: 'Chuyên viên', person: 'VP-3', ...days(2), outputs: 'Dự thảo' },
      {
        name: 'Kiểm tra thể thức, kỹ thuật trình bày',
        responsiblePosition: 'Văn thư',
        person: 'VP-1',
        ...hours(4),
        isParallel: true,
        outputs: 'Phiếu kiểm tra',
      },
      { name: 'Chánh Văn phòng thẩm định', responsiblePosition: 'Chánh Văn phòng', person: 'office_head', ...days(1), outputs: 'BM.01 Phiếu trình ký' },
      { name: 'Lãnh đạo ký ban hành', responsiblePosition: 'Phó Chủ tịch', person: 'vice1', ...days(1), outputs: 'Văn bản đã ký' },
      { name: 'Cho số, đóng dấu, phát hành', responsiblePosition: 'Văn thư', person: 'VP-1', ...hours(2), outputs: 'Văn bản đi' },
    ],
  },
  {
    unitCode: 'BTCKT',
    headKey: 'org_head',
    code: 'QT-01/BTCKT',
    title: 'Kiểm tra việc chấp hành kỷ cương, kỷ luật của cán bộ',
    purpose: 'Tổ chức kiểm tra theo kế hoạch, kết luận rõ trách nhiệm của từng cá nhân theo Chỉ thị 24-CT/TU.',
    scope: 'Áp dụng với các cuộc kiểm tra do Ban Tổ chức – Kiểm tra chủ trì.',
    legalBases: ['Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy', 'Nghị định số 112/2020/NĐ-CP về xử lý kỷ luật cán bộ, công chức'],
    forms: [
      { code: 'BM.01', name: 'Kế hoạch kiểm tra' },
      { code: 'BM.02', name: 'Biên bản làm việc' },
    ],
    records: [{ name: 'Hồ sơ cuộc kiểm tra', keeper: 'Ban Tổ chức – Kiểm tra', retention: '10 năm' }],
    steps: [
      { name: 'Xây dựng kế hoạch kiểm tra', responsiblePosition: 'Chuyên viên kiểm tra', person: 'inspector', ...days(3), outputs: 'BM.01' },
      { name: 'Trưởng ban duyệt kế hoạch', responsiblePosition: 'Trưởng ban', person: 'org_head', ...days(1) },
      { name: 'Làm việc với đơn vị, cá nhân được kiểm tra', responsiblePosition: 'Chuyên viên', person: 'BTCKT-1', ...days(5), outputs: 'BM.02 Biên bản' },
      { name: 'Dự thảo báo cáo kết quả kiểm tra', responsiblePosition: 'Chuyên viên kiểm tra', person: 'inspector', ...days(3) },
    ],
  },
  {
    unitCode: 'BTG',
    headKey: 'propaganda_head',
    code: 'QT-01/BTG',
    title: 'Tổ chức hội nghị quán triệt, tuyên truyền',
    purpose: 'Tổ chức hội nghị quán triệt văn bản của cấp trên đúng thời hạn, đủ thành phần, có kết luận và theo dõi thực hiện.',
    scope: 'Áp dụng với các hội nghị do Ban Tuyên giáo tham mưu tổ chức.',
    legalBases: ['Quy định số 11-QĐ/TW về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân'],
    forms: [
      { code: 'BM.01', name: 'Giấy mời' },
      { code: 'BM.02', name: 'Danh sách điểm danh' },
    ],
    records: [{ name: 'Biên bản, kết luận hội nghị', keeper: 'Ban Tuyên giáo', retention: fiveYears }],
    steps: [
      { name: 'Xây dựng kế hoạch, dự trù kinh phí', responsiblePosition: 'Chuyên viên', person: 'staff1', ...days(2) },
      { name: 'Chuẩn bị tài liệu, báo cáo viên', responsiblePosition: 'Chuyên viên', person: 'staff2', ...days(3) },
      { name: 'Gửi giấy mời, chuẩn bị hội trường', responsiblePosition: 'Chuyên viên', person: 'BTG-1', ...days(2), isParallel: true, outputs: 'BM.01' },
      { name: 'Tổ chức hội nghị, điểm danh', responsiblePosition: 'Phó Trưởng ban', person: 'propaganda_deputy', ...days(1), outputs: 'BM.02' },
      { name: 'Thông báo kết luận hội nghị', responsiblePosition: 'Trưởng ban', person: 'propaganda_head', ...days(2) },
    ],
  },
  {
    unitCode: 'BDCPL',
    headKey: 'law_head',
    code: 'QT-01/BDCPL',
    title: 'Giám sát và phản biện xã hội',
    purpose: 'Thực hiện giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW, có kiến nghị cụ thể và theo dõi việc tiếp thu.',
    scope: 'Áp dụng với các cuộc giám sát, hội nghị phản biện do Ủy ban MTTQ thành phố chủ trì.',
    legalBases: ['Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị', 'Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13'],
    forms: [
      { code: 'BM.01', name: 'Kế hoạch giám sát' },
      { code: 'BM.02', name: 'Văn bản kiến nghị sau giám sát' },
    ],
    records: [{ name: 'Hồ sơ giám sát, phản biện', keeper: 'Ban Dân chủ – Pháp luật', retention: '10 năm' }],
    steps: [
      { name: 'Khảo sát, xây dựng kế hoạch giám sát', responsiblePosition: 'Chuyên viên', person: 'BDCPL-1', ...days(5), outputs: 'BM.01' },
      { name: 'Thành lập đoàn, thông báo đơn vị được giám sát', responsiblePosition: 'Trưởng ban', person: 'law_head', ...days(2) },
      { name: 'Giám sát trực tiếp, lập biên bản', responsiblePosition: 'Chuyên viên', person: 'BDCPL-2', ...days(5) },
      { name: 'Dự thảo văn bản kiến nghị', responsiblePosition: 'Chuyên viên', person: 'BDCPL-1', ...days(3), outputs: 'BM.02' },
      { name: 'Theo dõi việc tiếp thu, trả lời kiến nghị', responsiblePosition: 'Chuyên viên', person: 'BDCPL-3', ...days(10), needsAcceptance: false },
    ],
  },
  {
    unitCode: 'BPT',
    headKey: 'movement_head',
    code: 'QT-01/BPT',
    title: 'Xét, đề nghị khen thưởng phong trào thi đua',
    purpose: 'Xét khen thưởng đúng đối tượng, đúng tiêu chuẩn, công khai và đúng hạn.',
    scope: 'Áp dụng với khen thưởng thường xuyên và theo đợt của Ủy ban MTTQ thành phố.',
    legalBases: ['Luật Thi đua, khen thưởng số 06/2022/QH15'],
    forms: [{ code: 'BM.01', name: 'Tờ trình đề nghị khen thưởng' }],
    records: [{ name: 'Hồ sơ khen thưởng', keeper: 'Ban Phong trào', retention: 'Vĩnh viễn' }],
    steps: [
      { name: 'Tiếp nhận, kiểm tra hồ sơ đề nghị', responsiblePosition: 'Chuyên viên', person: 'BPT-1', ...days(3) },
      { name: 'Tổng hợp, lấy ý kiến Hội đồng thi đua', responsiblePosition: 'Chuyên viên', person: 'BPT-2', ...days(5) },
      { name: 'Trình lãnh đạo quyết định', responsiblePosition: 'Trưởng ban', person: 'movement_head', ...days(2), outputs: 'BM.01 Tờ trình' },
    ],
  },
];

/** The matters runs are started for, one list per procedure code. */
export const DEMO_SUBJECTS: Record<string, string[]> = {
  'QT-01/VP': [
    'Đơn kiến nghị của bà Nguyễn Thị Hòa về bồi thường giải phóng mặt bằng',
    'Đơn phản ánh của ông Trần Văn Lực về tiếng ồn công trình',
    'Đơn tố cáo cán bộ phường gây khó khăn',
    'Đơn kiến nghị của các hộ dân tổ 12 về ngập úng',
    'Thư góp ý về thủ tục cấp giấy chứng nhận',
    'Đơn của ông Lê Văn Hải về chế độ chính sách',
  ],
  'QT-02/VP': [
    'Công văn hướng dẫn tổng kết năm',
    'Thông báo lịch làm việc tháng',
    'Báo cáo kết quả thực hiện Chỉ thị 24-CT/TU trong quý',
    'Kế hoạch tập huấn nghiệp vụ',
    'Công văn trả lời Sở Nội vụ',
  ],
  'QT-01/BTCKT': [
    'Kiểm tra Ban Phong trào quý III',
    'Kiểm tra Văn phòng về giờ giấc làm việc',
    'Kiểm tra đột xuất theo đơn phản ánh',
    'Kiểm tra Ban Tuyên giáo quý IV',
  ],
  'QT-01/BTG': [
    'Hội nghị quán triệt Nghị quyết Trung ương 8',
    'Hội nghị tuyên truyền pháp luật về đất đai',
    'Hội nghị tuyên truyền kỷ cương công vụ cho cán bộ cơ sở',
    'Hội nghị báo cáo viên tháng',
  ],
  'QT-01/BDCPL': [
    'Giám sát việc giải quyết đơn thư tại quận Hoàng Mai',
    'Phản biện dự thảo quy định về trật tự đô thị',
    'Giám sát thực hiện chính sách người có công',
    'Giám sát công tác tiếp công dân tại huyện Sóc Sơn',
  ],
  'QT-01/BPT': [
    'Khen thưởng phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
    'Khen thưởng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"',
    'Khen thưởng đột xuất gương người tốt việc tốt',
    'Khen thưởng tổng kết năm',
  ],
};
