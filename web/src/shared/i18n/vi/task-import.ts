/** Importing existing tasks (nhập nhiệm vụ đã có), Vietnamese (the source of truth). */
export const taskImportMessages = {
  taskImport: {
    open: 'Nhập nhiệm vụ đã có',
    title: 'Nhập nhiệm vụ đã có từ tệp',
    intro:
      'Đưa công việc đang theo dõi ngoài hệ thống vào: hạn và ngày hoàn thành đã qua được ghi làm lịch sử, mỗi nhiệm vụ ghi rõ "Nhập từ tệp". Tất cả các dòng cùng được nhập, hoặc không dòng nào.',
    columns: 'Cột: Tên nhiệm vụ · Sản phẩm · Mã đơn vị · Email người chủ trì · Ngày giao · Hạn hoàn thành · Ngày hoàn thành · Chất lượng (1–5)',
    choose: 'Chọn tệp .xlsx hoặc .csv',
    wrongType: 'Chỉ nhận tệp .xlsx hoặc .csv',
    check: 'Kiểm tra',
    commit: 'Nhập',
    summary: '{{valid}}/{{total}} dòng hợp lệ',
    committed: 'Đã nhập {{count}} nhiệm vụ',
    row: 'Dòng',
    field: 'Cột',
    message: 'Lỗi',
  },
};
