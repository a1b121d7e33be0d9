export const spreadsheetMessages = {
  spreadsheetExport: {
    button: 'Xuất Excel',
    title: 'Đang xuất Excel',
    rows: 'Danh sách có {{count}} dòng, đúng như bộ lọc đang chọn.',
    received: 'Đã nhận {{size}}',
    receivedOf: 'Đã nhận {{size}} / khoảng {{total}}',
    done: 'Đã xuất {{count}} dòng',
    saved: 'Đã xuất tệp Excel',
    failed: 'Không xuất được tệp Excel',
    cancel: 'Dừng xuất',
    cancelled: 'Đã dừng xuất Excel',
  },
};
