/** "Giao việc": the task's source, files sent with it, and the deadline counted live (Vietnamese, the source of truth). */
export const workAssignMessages = {
  workAssign: {
    computedDue: 'Hạn hoàn thành: {{weekday}}, {{date}}',
    computingDue: 'Đang tính hạn theo lịch ngày làm việc…',
    sourceKind: 'Nguồn nhiệm vụ',
    sourceKinds: { ad_hoc: 'Việc phát sinh', plan_target: 'Chỉ tiêu của kế hoạch' },
    target: 'Chỉ tiêu',
    targetPlaceholder: 'Gõ tên chỉ tiêu, số hoặc tên kế hoạch',
    targetRequired: 'Vui lòng chọn chỉ tiêu',
    targetEmpty: 'Không có chỉ tiêu nào bạn được giao việc thực hiện',
    targetOption: '{{metric}} — {{plan}} (hạn {{deadline}})',
    sourceHint: 'Kết luận hội nghị được giao từ trang hội nghị; văn bản được giao qua chỉ tiêu của kế hoạch thực hiện.',
    attachments: 'Tệp đính kèm',
    attachmentsAdd: 'Chọn tệp',
    attachmentsHint: 'PDF, Word, Excel hoặc ảnh; tải lên ngay sau khi giao việc.',
    attachmentsFailed: 'Đã giao việc nhưng chưa tải lên được tệp {{name}}; thêm lại ở trang nhiệm vụ.',
    listRange: '{{from}}–{{to}} / {{total}}',
  },
};
