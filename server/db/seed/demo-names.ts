/** Deterministic fictional Vietnamese names, so every demo install shows the same people. */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Kiều', 'Đinh', 'Lương'];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Công'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Phương', 'Kim'];
const GIVEN_MALE = ['Hùng', 'Dũng', 'Long', 'Sơn', 'Tùng', 'Thắng', 'Hiếu', 'Khánh', 'Kiên', 'Lâm', 'Toàn', 'Vinh', 'Đạt', 'Hải', 'Quân'];
const GIVEN_FEMALE = ['Hằng', 'Hoa', 'Yến', 'Thảo', 'Trang', 'Nhung', 'Loan', 'Dung', 'Giang', 'Vân', 'Hạnh', 'Oanh', 'Liên', 'Nga', 'Quỳnh'];

/** A small linear congruential generator: deterministic and dependency-free. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function fictionalName(random: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const isFemale = random() < 0.5;
  const middle = pick(isFemale ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = pick(isFemale ? GIVEN_FEMALE : GIVEN_MALE);
  return `${pick(FAMILY)} ${middle} ${given}`;
}
