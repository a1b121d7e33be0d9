import type { personCategories, unitKinds } from '../../../contracts/org.js';

/**
 * The demo agency: the office of the Hanoi Vietnam Fatherland Front Committee as the mission
 * describes it. Unit names are real kinds of bodies; every person is fictional.
 */
export interface DemoUnit {
  code: string;
  parentCode: string | null;
  kind: (typeof unitKinds)[number];
  name: string;
  /** How many staff to generate besides the named head and deputies. */
  staff: number;
}

export const DEMO_AGENCY = { code: 'MTTQ-HN', name: 'Cơ quan Ủy ban MTTQ Việt Nam thành phố Hà Nội' };

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'LD', parentCode: 'MTTQ-HN', kind: 'office', name: 'Thường trực Ủy ban', staff: 2 },
  { code: 'VP', parentCode: 'MTTQ-HN', kind: 'office', name: 'Văn phòng', staff: 8 },
  { code: 'VP-QT', parentCode: 'VP', kind: 'department', name: 'Tổ Quản trị – Tài vụ', staff: 4 },
  { code: 'BTCKT', parentCode: 'MTTQ-HN', kind: 'department', name: 'Ban Tổ chức – Kiểm tra', staff: 8 },
  { code: 'BTG', parentCode: 'MTTQ-HN', kind: 'department', name: 'Ban Tuyên giáo', staff: 8 },
  { code: 'BDCPL', parentCode: 'MTTQ-HN', kind: 'department', name: 'Ban Dân chủ – Pháp luật', staff: 7 },
  { code: 'BPT', parentCode: 'MTTQ-HN', kind: 'department', name: 'Ban Phong trào', staff: 7 },
  { code: 'DU', parentCode: 'MTTQ-HN', kind: 'party_committee', name: 'Đảng ủy cơ quan', staff: 0 },
  { code: 'CB-VP', parentCode: 'DU', kind: 'party_cell', name: 'Chi bộ Văn phòng', staff: 0 },
  { code: 'CB-BTCKT', parentCode: 'DU', kind: 'party_cell', name: 'Chi bộ Ban Tổ chức – Kiểm tra', staff: 0 },
  { code: 'CB-BTG', parentCode: 'DU', kind: 'party_cell', name: 'Chi bộ Ban Tuyên giáo', staff: 0 },
  { code: 'CB-BDCPL', parentCode: 'DU', kind: 'party_cell', name: 'Chi bộ Ban Dân chủ – Pháp luật', staff: 0 },
  { code: 'CB-BPT', parentCode: 'DU', kind: 'party_cell', name: 'Chi bộ Ban Phong trào', staff: 0 },
];

type Category = (typeof personCategories)[number];

/** Named people: leaders, unit managers and the people behind the demo logins. */
export interface DemoPerson {
  key: string;
  fullName: string;
  unitCode: string;
  position: string;
  category: Category;
  isPartyMember: boolean;
  manages?: { unitCode: string; role: 'head' | 'deputy' }[];
}

export const NAMED_PEOPLE: DemoPerson[] = [
  {
    key: 'chairman',
    fullName: 'Trần Minh Khôi',
    unitCode: 'LD',
    position: 'Chủ tịch',
    category: 'cadre',
    isPartyMember: true,
    manages: [
      { unitCode: 'MTTQ-HN', role: 'head' },
      { unitCode: 'LD', role: 'head' },
    ],
  },
  {
    key: 'vice1',
    fullName: 'Lê Thị Thanh Hà',
    unitCode: 'LD',
    position: 'Phó Chủ tịch',
    category: 'cadre',
    isPartyMember: true,
    manages: [{ unitCode: 'MTTQ-HN', role: 'deputy' }],
  },
  {
    key: 'vice2',
    fullName: 'Nguyễn Quốc Bảo',
    unitCode: 'LD',
    position: 'Phó Chủ tịch kiêm Bí thư Đảng ủy',
    category: 'cadre',
    isPartyMember: true,
    manages: [
      { unitCode: 'MTTQ-HN', role: 'deputy' },
      { unitCode: 'DU', role: 'head' },
    ],
  },
  {
    key: 'office_head',
    fullName: 'Phạm Thu Trang',
    unitCode: 'VP',
    position: 'Chánh Văn phòng',
    category: 'civil_servant',
    isPartyMember: true,
    manages: [
      { unitCode: 'VP', role: 'head' },
      { unitCode: 'CB-VP', role: 'head' },
    ],
  },
  { key: 'admin', fullName: 'Đỗ Hoàng Nam', unitCode: 'VP', position: 'Chuyên viên công nghệ thông tin', category: 'civil_servant', isPartyMember: false },
  {
    key: 'finance_head',
    fullName: 'Vũ Thị Lan',
    unitCode: 'VP-QT',
    position: 'Tổ trưởng',
    category: 'civil_servant',
    isPartyMember: true,
    manages: [{ unitCode: 'VP-QT', role: 'head' }],
  },
  {
    key: 'org_head',
    fullName: 'Hoàng Văn Đức',
    unitCode: 'BTCKT',
    position: 'Trưởng ban',
    category: 'civil_servant',
    isPartyMember: true,
    manages: [
      { unitCode: 'BTCKT', role: 'head' },
      { unitCode: 'CB-BTCKT', role: 'head' },
    ],
  },
  { key: 'inspector', fullName: 'Bùi Thị Ngọc Ánh', unitCode: 'BTCKT', position: 'Chuyên viên kiểm tra', category: 'civil_servant', isPartyMember: true },
  {
    key: 'propaganda_head',
    fullName: 'Đặng Thu Hương',
    unitCode: 'BTG',
    position: 'Trưởng ban',
    category: 'civil_servant',
    isPartyMember: true,
    manages: [
      { unitCode: 'BTG', role: 'head' },
      { unitCode: 'CB-BTG', role: 'head' },
    ],
  },
  {
    key: 'propaganda_deputy',
    fullName: 'Ngô Đình Phúc',
    unitCode: 'BTG',
    position: 'Phó Trưởng ban',
    category: 'civil_servant',
    isPartyMember: true,
    manages: [{ unitCode: 'BTG', role: 'deputy' }],
  },
  { key: 'staff1', fullName: 'Trịnh Văn Dũng', unitCode: 'BTG', position: 'Chuyên viên', category: 'civil_servant', isPartyMember: true },
  { key: 'staff2', fullName: 'Lý Thị Mai Anh', unitCode: 'BTG', position: 'Chuyên viên', category: 'civil_servant', isPartyMember: false },
  { key: 'editor', fullName: 'Mai Quang Huy', unitCode: 'BTG', position: 'Biên tập viên trang thông tin', category: 'worker', isPartyMember: false },
  {
    key: 'law_head',
    fullName: 'Cao Thị Thùy Linh',
    unitCode: 'BDCPL',
    position: 'Trưởng ban',
    category: 'civil_servant',
    isPartyMember: true,
    manages: [
      { unitCode: 'BDCPL', role: 'head' },
      { unitCode: 'CB-BDCPL', role: 'head' },
    ],
  },
  {
    key: 'movement_head',
    fullName: 'Tạ Minh Tuấn',
    unitCode: 'BPT',
    position: 'Trưởng ban',
    category: 'civil_servant',
    isPartyMember: true,
    manages: [
      { unitCode: 'BPT', role: 'head' },
      { unitCode: 'CB-BPT', role: 'head' },
    ],
  },
];

export const DEMO_PASSWORD = 'Congvu@2026';

export const DEMO_LOGINS: {
  username: string;
  personKey: string;
  roles: ('system_admin' | 'agency_admin' | 'leader' | 'unit_head' | 'staff' | 'inspector' | 'editor')[];
  description: string;
}[] = [
  { username: 'admin', personKey: 'admin', roles: ['system_admin', 'agency_admin', 'staff'], description: 'Quản trị hệ thống / administrator' },
  { username: 'lanhdao', personKey: 'vice1', roles: ['leader', 'staff'], description: 'Lãnh đạo cơ quan / agency leader' },
  { username: 'truongban', personKey: 'propaganda_head', roles: ['unit_head', 'staff'], description: 'Trưởng Ban Tuyên giáo / unit head' },
  { username: 'canbo1', personKey: 'staff1', roles: ['staff'], description: 'Chuyên viên Ban Tuyên giáo / staff' },
  { username: 'canbo2', personKey: 'staff2', roles: ['staff'], description: 'Chuyên viên Ban Tuyên giáo / staff' },
  { username: 'thanhtra', personKey: 'inspector', roles: ['inspector', 'staff'], description: 'Cán bộ kiểm tra / inspector' },
  { username: 'bientap', personKey: 'editor', roles: ['editor', 'staff'], description: 'Biên tập viên / editor' },
];
