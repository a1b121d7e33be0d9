/** Dataset sizes. `levels` is the unit tree: how many units at each depth, the root first. */
export interface ScaleSpec {
  name: string;
  levels: number[];
  people: number;
  tasks: number;
  /** Extra open tasks owned by the bench staff login (read scenarios, deep pages). */
  staffOpen: number;
  /** Extra 'assigned' tasks owned by the bench staff login, consumed by the accept + progress scenario. */
  staffAssigned: number;
  /** Agency-wide dissemination campaigns (the most recent ones of a fixed list), one assignment per person each. */
  campaigns: number;
  /** Conduct cases in every due-process state. */
  cases: number;
  /** Citizens' public reports over the last 400 days, in every state of the triage queue. */
  reports: number;
}

export const SCALES = {
  agency: { name: 'agency', levels: [1, 6, 8], people: 200, tasks: 50_000, staffOpen: 300, staffAssigned: 6_000, campaigns: 5, cases: 200, reports: 500 },
  city: {
    name: 'city',
    levels: [1, 20, 180, 1_799],
    people: 130_000,
    tasks: 5_000_000,
    staffOpen: 300,
    staffAssigned: 20_000,
    campaigns: 3,
    cases: 20_000,
    reports: 50_000,
  },
  tiny: { name: 'tiny', levels: [1, 2], people: 20, tasks: 200, staffOpen: 40, staffAssigned: 30, campaigns: 3, cases: 30, reports: 30 },
} satisfies Record<string, ScaleSpec>;
export type ScaleName = keyof typeof SCALES;

/** A named scale, with the task count overridden (the extras shrink with it). */
export function resolveScale(scale: ScaleName | ScaleSpec, tasks?: number): ScaleSpec {
  const base = typeof scale === 'string' ? SCALES[scale] : scale;
  if (!base) throw new Error(`unknown scale: ${String(scale)}`);
  if (tasks === undefined || tasks === base.tasks) return base;
  const staffAssigned = Math.min(base.staffAssigned, Math.max(30, Math.round(tasks * 0.12)));
  const staffOpen = Math.min(base.staffOpen, Math.max(10, Math.round(tasks * 0.05)));
  return { ...base, tasks, staffAssigned, staffOpen };
}

export const L1_NAMES = [
  'Văn phòng',
  'Ban Tổ chức – Kiểm tra',
  'Ban Tuyên giáo',
  'Ban Dân chủ – Pháp luật',
  'Ban Phong trào',
  'Ban Đối ngoại – Dân tộc – Tôn giáo',
];
export const L2_NAMES = ['Tổ Tổng hợp', 'Tổ Quản trị – Tài vụ', 'Tổ Báo chí', 'Tổ Thi đua', 'Tổ Công nghệ thông tin', 'Tổ Tiếp dân'];
export const L3_NAMES = ['Tổ công tác', 'Bộ phận một cửa', 'Nhóm chuyên môn', 'Tổ dân vận'];

export const POSITIONS = [
  { position: 'Chuyên viên', category: 'civil_servant' },
  { position: 'Chuyên viên chính', category: 'civil_servant' },
  { position: 'Cán sự', category: 'civil_servant' },
  { position: 'Văn thư', category: 'worker' },
  { position: 'Nhân viên hợp đồng', category: 'worker' },
] as const;

export const TITLE_VERBS = [
  'Xây dựng',
  'Báo cáo',
  'Tổng hợp',
  'Rà soát',
  'Tham mưu',
  'Chuẩn bị',
  'Kiểm tra',
  'Hướng dẫn',
  'Tổ chức',
  'Đôn đốc',
  'Triển khai',
  'Dự thảo',
];
export const TITLE_OBJECTS = ['kế hoạch', 'báo cáo', 'văn bản', 'chương trình', 'đề án', 'hồ sơ', 'tài liệu', 'quy chế', 'hội nghị', 'công văn'];
/** ~2–4 % of titles each: what a unit board search for one topic finds. */
export const TITLE_TOPICS = [
  'tiếp công dân',
  'giám sát và phản biện xã hội',
  'cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới"',
  'an sinh xã hội',
  'chuyển đổi số',
  'cải cách hành chính',
  'phòng, chống tham nhũng',
  'thi đua, khen thưởng',
  'công tác cán bộ',
  'dân chủ ở cơ sở',
  'bảo vệ môi trường',
  'quỹ "Vì người nghèo"',
  'khối đại đoàn kết toàn dân tộc',
  'công tác tôn giáo',
  'công tác dân tộc',
  'người cao tuổi',
  'ngày hội đại đoàn kết ở khu dân cư',
  'bầu cử đại biểu Quốc hội',
  'hòa giải ở cơ sở',
  'kiến nghị của cử tri',
  'phòng cháy, chữa cháy',
  'đào tạo, bồi dưỡng',
  'lưu trữ hồ sơ',
  'ngân sách năm',
  'an toàn giao thông',
  'xây dựng Đảng',
  'kiểm tra, giám sát đảng viên',
  'phát triển đoàn viên',
];
/** Diacritic-free queries the unit board scenario rotates through (each matches one topic). */
export const SEARCH_TERMS = ['chuyen doi so', 'tiep cong dan', 'an sinh xa hoi', 'cai cach hanh chinh', 'hoa giai o co so'];
export const TITLE_PERIODS = ['quý I', 'quý II', 'quý III', 'quý IV', '6 tháng đầu năm', 'năm'];
export const PROGRESS_NOTES = ['Đã hoàn thành dự thảo lần 1', 'Đang lấy ý kiến các ban', 'Đã tổng hợp số liệu', 'Đã làm việc với các đơn vị liên quan'];
