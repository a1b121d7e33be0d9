/** Working calendar strings (Vietnamese, the source of truth). */
export const calendarMessages = {
  calendar: {
    title: 'Lịch làm việc',
    description: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù dùng để tính hạn theo ngày làm việc',
    year: 'Năm',
    day: 'Ngày',
    kind: 'Loại',
    name: 'Tên, lý do',
    holiday: 'Ngày nghỉ',
    makeupWorkday: 'Ngày làm bù',
    add: 'Thêm ngày',
    remove: 'Xóa',
    removeConfirm: 'Xóa ngày này khỏi lịch? Hạn xử lý sẽ được tính lại theo lịch mới.',
    saved: 'Đã cập nhật lịch',
    dayRequired: 'Vui lòng chọn ngày',
    nameRequired: 'Vui lòng nhập tên ngày nghỉ hoặc lý do làm bù',
  },
};
