/**
 * Public holidays and official make-up working days for state agencies (cán bộ, công chức, viên chức
 * on a Mon–Fri week), 2023–2027, per Bộ luật Lao động 2019 art. 111–112 and the yearly notices of the
 * Ministry of Labour (Bộ LĐTB&XH, to 2024) and the Ministry of Home Affairs (Bộ Nội vụ, from 2025).
 *
 * Only days that change whether an office works are needed, but a holiday that itself falls on a weekend
 * is listed too so the admin screen shows it (it is harmless to the working-day arithmetic).
 * Plain weekend days inside a long break are not listed: they are non-working anyway.
 * This is seed data: each agency's calendar is editable by its administrator.
 */
export const VIETNAM_CALENDAR_2023_2027: ReadonlyArray<{
  day: string;
  kind: 'holiday' | 'makeup_workday';
  name: string;
}> = [
  // ── 2023 ── why: Thông báo 6150/TB-LĐTBXH (Tết, Quốc khánh) and the art. 111(3) compensation rule.
  { day: '2023-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  { day: '2023-01-02', kind: 'holiday', name: 'Nghỉ bù Tết Dương lịch' },
  { day: '2023-01-20', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)' },
  { day: '2023-01-21', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp)' },
  { day: '2023-01-22', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1)' },
  { day: '2023-01-23', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2)' },
  { day: '2023-01-24', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3)' },
  { day: '2023-01-25', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán' },
  { day: '2023-01-26', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán' },
  // why: Giỗ Tổ (Sat) and 30/4 (Sun) are compensated on 2/5 and 3/5, giving 29/4–3/5 with no swap,
  // so there is no make-up Saturday (6/5/2023 is an ordinary Saturday).
  { day: '2023-04-29', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  { day: '2023-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { day: '2023-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  { day: '2023-05-02', kind: 'holiday', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { day: '2023-05-03', kind: 'holiday', name: 'Nghỉ bù Ngày Chiến thắng' },
  // why: 2/9 is a Saturday; the Government chose Fri 1/9 as the adjacent day, Mon 4/9 compensates 2/9.
  { day: '2023-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)' },
  { day: '2023-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },
  { day: '2023-09-04', kind: 'holiday', name: 'Nghỉ bù Quốc khánh' },

  // ── 2024 ── why: Thông báo 5015/TB-LĐTBXH (2023) and Công văn 2450/VPCP-KGVX (swap of 29/4).
  { day: '2024-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  // why: the final plan was 8/2–14/2 (7 days) with no make-up day for civil servants.
  { day: '2024-02-08', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)' },
  { day: '2024-02-09', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp)' },
  { day: '2024-02-10', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1)' },
  { day: '2024-02-11', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2)' },
  { day: '2024-02-12', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3)' },
  { day: '2024-02-13', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán' },
  { day: '2024-02-14', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán' },
  { day: '2024-04-18', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  { day: '2024-04-29', kind: 'holiday', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)' },
  { day: '2024-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { day: '2024-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  { day: '2024-05-04', kind: 'makeup_workday', name: 'Làm bù cho ngày 29/04/2024' },
  { day: '2024-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },
  { day: '2024-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)' },

  // ── 2025 ── why: Thông báo 6150/TB-LĐTBXH (2024), PM approval 26/11/2024 (Tết), swap of 2/5 for 26/4.
  { day: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  // why: the five Tết days were set as 27/1–31/1 (28 tháng Chạp – Mùng 3), giving 25/1–2/2 with
  // no make-up Saturday (8/2/2025 is an ordinary Saturday).
  { day: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)' },
  { day: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)' },
  { day: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1)' },
  { day: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2)' },
  { day: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3)' },
  { day: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  { day: '2025-04-26', kind: 'makeup_workday', name: 'Làm bù cho ngày 02/05/2025' },
  { day: '2025-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { day: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  { day: '2025-05-02', kind: 'holiday', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)' },
  { day: '2025-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)' },
  { day: '2025-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },

  // ── 2026 ── why: Thông báo 9441/TB-BNV (16/10/2025: Tết, Quốc khánh) and the Government's
  // approval of 25/12/2025 swapping Fri 2/1 for Sat 10/1.
  { day: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  { day: '2026-01-02', kind: 'holiday', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)' },
  { day: '2026-01-10', kind: 'makeup_workday', name: 'Làm bù cho ngày 02/01/2026' },
  { day: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)' },
  { day: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1)' },
  { day: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2)' },
  { day: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3)' },
  { day: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 4)' },
  { day: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  { day: '2026-04-27', kind: 'holiday', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { day: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { day: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  { day: '2026-08-22', kind: 'makeup_workday', name: 'Làm bù cho ngày 31/08/2026' },
  { day: '2026-08-31', kind: 'holiday', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)' },
  { day: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)' },
  { day: '2026-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },
  // why: Ngày Văn hóa Việt Nam (24/11) is announced as a future paid holiday (Nghị quyết 80-NQ/TW),
  // but art. 112 was not yet amended when this list was written; the administrator adds it once it is law.

  // ── 2027 ── why: ESTIMATE from art. 111–112 alone; no notice had been issued. To be confirmed by the
  // administrator when the Ministry of Home Affairs announces the 2027 schedule (swaps are likely).
  { day: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  // why: Mùng 1 is Sat 6/2/2027; assumed five days = Giao thừa + Mùng 1–4, the weekend days compensated
  // on 10/2 and 11/2 (block 5/2–11/2).
  { day: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên đán (Giao thừa, dự kiến)' },
  { day: '2027-02-06', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1, dự kiến)' },
  { day: '2027-02-07', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2, dự kiến)' },
  { day: '2027-02-08', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3, dự kiến)' },
  { day: '2027-02-09', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 4, dự kiến)' },
  { day: '2027-02-10', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán (dự kiến)' },
  { day: '2027-02-11', kind: 'holiday', name: 'Nghỉ bù Tết Nguyên đán (dự kiến)' },
  { day: '2027-04-16', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  { day: '2027-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { day: '2027-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  { day: '2027-05-03', kind: 'holiday', name: 'Nghỉ bù Ngày Quốc tế Lao động' },
  // why: 2/9 is a Thursday; Fri 3/9 assumed as the adjacent day (it joins the weekend).
  { day: '2027-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },
  { day: '2027-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề, dự kiến)' },
];
