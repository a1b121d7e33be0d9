/** Work procedures (quy trình) and individual responsibility strings, Vietnamese (the source of truth). */
export const procedureMessages = {
  procedures: {
    nav: {
      list: 'Quy trình công việc',
      listDescription: 'Quy trình của cơ quan, từng Ban, Văn phòng: các bước, người chịu trách nhiệm, thời hạn',
      mine: 'Trách nhiệm của tôi',
      mineDescription: 'Các bước quy trình, chỉ tiêu, nhiệm vụ tôi chịu trách nhiệm',
      matrix: 'Ma trận trách nhiệm',
      matrixDescription: 'Từng người với các bước quy trình và chỉ tiêu của đơn vị',
    },
    status: { draft: 'Dự thảo', submitted: 'Đã trình', approved: 'Đã phê duyệt', published: 'Đang hiệu lực', superseded: 'Hết hiệu lực' },
    runState: { running: 'Đang thực hiện', completed: 'Đã hoàn thành', cancelled: 'Đã hủy' },
    stepState: { waiting: 'Chờ bước trước', open: 'Đang xử lý', done: 'Đã bàn giao', cancelled: 'Đã hủy' },
    limitUnit: { working_days: 'ngày làm việc', working_hours: 'giờ làm việc' },
    field: {
      code: 'Mã quy trình', title: 'Tên quy trình', unit: 'Đơn vị', status: 'Trạng thái', edition: 'Lần ban hành', running: 'Đang thực hiện',
      purpose: '1. Mục đích', scope: '2. Phạm vi áp dụng', legalBases: '3. Tài liệu viện dẫn (mỗi dòng một văn bản)', definitions: '4. Định nghĩa, từ viết tắt',
      forms: '6. Biểu mẫu (mỗi dòng: mã | tên)', records: '7. Hồ sơ cần lưu (mỗi dòng: tên | nơi lưu | thời gian lưu)', revisionNote: 'Nội dung sửa đổi và lý do',
      position: 'TT', stepName: 'Bước công việc', stepUnit: 'Đơn vị chịu trách nhiệm', responsiblePosition: 'Chức danh', person: 'Cá nhân thực hiện',
      limit: 'Thời hạn', inputs: 'Đầu vào', outputs: 'Kết quả, biểu mẫu', parallel: 'Song song', needsAcceptance: 'Cần nghiệm thu bước trước',
      subjectTitle: 'Nội dung, hồ sơ', reference: 'Số hồ sơ', startedAt: 'Bắt đầu', dueDate: 'Hạn chung', holder: 'Người giữ hồ sơ',
      receivedAt: 'Nhận lúc', handedOverAt: 'Giao lúc', usedHours: 'Thời gian đã dùng', outcome: 'Kết quả', waitingAt: 'Đang ở bước',
    },
    list: { title: 'Quy trình công việc', create: 'Xây dựng quy trình', empty: 'Chưa có quy trình nào', search: 'Tìm theo mã, tên (không dấu cũng được)', allStatuses: 'Mọi trạng thái', allUnits: 'Mọi đơn vị' },
    editor: {
      title: 'Soạn thảo quy trình', save: 'Lưu dự thảo', saved: 'Đã lưu dự thảo', addStep: 'Thêm bước', moveUp: 'Chuyển lên', moveDown: 'Chuyển xuống', remove: 'Xóa bước',
      stepsTitle: '5. Nội dung quy trình — các bước', notEditable: 'Bản này không còn là dự thảo, không sửa được',
    },
    detail: {
      versions: 'Lịch sử sửa đổi', current: 'Bản đang xem', edit: 'Sửa dự thảo', openDraft: 'Sửa đổi quy trình (mở lần ban hành mới)', submit: 'Trình duyệt', approve: 'Phê duyệt',
      returnDraft: 'Trả lại để sửa', publish: 'Ban hành', exportWord: 'Tải quy trình (Word)', exportSteps: 'Tải bảng các bước (Excel)', startRun: 'Bắt đầu thực hiện',
      runs: 'Các lượt thực hiện', noRuns: 'Chưa có lượt thực hiện nào', compare: 'So sánh hai lần ban hành', compareWith: 'So với', radar: 'Thời gian lưu ở từng bước',
      done: 'Đã thực hiện', noNote: 'Ban hành lần đầu', firstEdition: 'Lần ban hành',
    },
    diff: { added: 'Bước mới', removed: 'Bước bỏ đi', changed: 'Bước thay đổi', same: 'Giữ nguyên', none: 'Hai lần ban hành có bảng các bước như nhau' },
    start: {
      title: 'Bắt đầu thực hiện quy trình', submit: 'Bắt đầu', nobody: 'Bước này chưa có người thực hiện: chọn một người', choose: 'Người thực hiện',
      started: 'Đã bắt đầu: nhiệm vụ của bước đầu đã được giao',
    },
    run: {
      slip: 'Phiếu kiểm soát quá trình', print: 'In phiếu', exportSlip: 'Tải phiếu (Excel)', onTime: 'Đúng hạn', late: 'Trễ hạn', overdue: 'Quá hạn chung',
      promise: 'Ghi lý do trễ hạn, hẹn lại ngày', promisedDate: 'Ngày hẹn mới', reason: 'Lý do', promised: 'Đã hẹn lại {{count}} lần: {{date}} — {{reason}}', openTask: 'Mở nhiệm vụ',
      hours: '{{hours}} giờ',
    },
    radar: {
      title: 'Thời gian lưu ở từng bước', finished: 'Số lượt đã qua', median: 'Trung vị (giờ)', p90: 'Phân vị 90 (giờ)', limit: 'Thời hạn (giờ)', lateShare: 'Tỷ lệ trễ',
      waitingNow: 'Đang dừng ở bước', slowest: 'Giữ hồ sơ lâu nhất', sample: 'Tính trên tối đa {{count}} lượt gần nhất của mỗi bước', empty: 'Chưa có số liệu',
    },
    mine: {
      title: 'Trách nhiệm của tôi', steps: 'Các bước quy trình tôi được phân công', holding: 'Hồ sơ tôi đang giữ', targets: 'Chỉ tiêu tôi chịu trách nhiệm',
      tasks: 'Nhiệm vụ đang thực hiện', inTime: 'Trong hạn', overdue: 'Quá hạn', awaitingAcceptance: 'Chờ nghiệm thu', transfersAway: 'Lần chuyển việc đi', extensions: 'Lần gia hạn',
      empty: 'Không có', reached: 'Đạt {{reached}}/{{target}} {{unit}}',
    },
    matrix: {
      title: 'Ma trận trách nhiệm', chooseUnit: 'Chọn đơn vị', export: 'Tải ma trận (Excel)', kind: { step: 'Bước quy trình', target: 'Chỉ tiêu' },
      flag: { no_person: 'Chưa có người thực hiện', person_left: 'Người thực hiện đã nghỉ', outside_unit: 'Người ngoài đơn vị' }, item: 'Bước / chỉ tiêu', left: 'đã nghỉ',
    },
  },
};
