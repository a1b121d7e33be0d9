/** Personal data (requests register, export) strings, Vietnamese (the source of truth). */
export const privacyMessages = {
  privacy: {
    kind: { access: 'Xem, nhận bản sao', correction: 'Chỉnh sửa', deletion: 'Xóa', objection: 'Phản đối xử lý' },
    state: { received: 'Đã nhận', answered: 'Đã trả lời', refused: 'Từ chối' },
    field: {
      person: 'Người yêu cầu',
      kind: 'Loại yêu cầu',
      receivedOn: 'Ngày nhận',
      answerDueOn: 'Hạn trả lời',
      state: 'Trạng thái',
      note: 'Ghi chú',
      answer: 'Nội dung trả lời',
      reason: 'Lý do từ chối',
      handler: 'Người xử lý',
      answeredAt: 'Trả lời lúc',
    },
    register: {
      title: 'Sổ yêu cầu về dữ liệu cá nhân',
      add: 'Ghi nhận yêu cầu',
      empty: 'Chưa có yêu cầu nào',
      allStates: 'Mọi trạng thái',
      overdue: 'Quá hạn',
      answer: 'Trả lời',
      refuse: 'Từ chối',
      rule: 'Căn cứ tính hạn: {{rule}}',
      answerTitle: 'Trả lời yêu cầu',
      refuseTitle: 'Từ chối yêu cầu',
      added: 'Đã ghi nhận yêu cầu',
      decided: 'Đã ghi kết quả',
    },
    export: {
      title: 'Xuất dữ liệu',
      description:
        'Tất cả dữ liệu hệ thống lưu về một người của cơ quan. Trường nhạy cảm được đánh dấu; danh tính người phản ánh, tố cáo không bao giờ được xuất.',
      person: 'Chọn người',
      json: 'Tải JSON',
      xlsx: 'Tải Excel',
    },
  },
};
