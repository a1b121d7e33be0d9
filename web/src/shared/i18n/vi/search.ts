/** The header's search box (Vietnamese, the source of truth). */
export const searchMessages = {
  search: {
    placeholder: 'Tìm việc, người, văn bản… (không cần dấu)',
    label: 'Tìm kiếm trong hệ thống',
    hint: 'Nhập ít nhất 2 ký tự',
    searching: 'Đang tìm…',
    empty: 'Không tìm thấy kết quả bạn được xem',
    failed: 'Không tìm được, thử lại sau',
    seeAll: 'Xem tất cả trong danh sách',
    close: 'Đóng ô tìm kiếm',
    kinds: {
      tasks: 'Nhiệm vụ',
      people: 'Cán bộ',
      documents: 'Văn bản',
      campaigns: 'Đợt quán triệt',
      meetings: 'Hội nghị',
      cases: 'Vụ việc',
      reports: 'Phản ánh của người dân',
      procedures: 'Quy trình',
      news: 'Tin tức',
    },
  },
};
