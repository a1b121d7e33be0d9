/** Vietnamese sheet names and column titles of the personal-data workbook; unknown fields keep their key. */
export const SECTION_TITLES: Record<string, string> = {
  profile: 'Thông tin cá nhân',
  accounts: 'Tài khoản',
  roles: 'Vai trò',
  tasks: 'Nhiệm vụ',
  taskEvents: 'Lịch sử nhiệm vụ',
  acknowledgements: 'Quán triệt',
  acknowledgementEvents: 'Lịch sử quán triệt',
  attendance: 'Dự họp',
  conductCases: 'Vụ việc (là đối tượng)',
  scorecards: 'Đánh giá xếp loại',
};

export const COLUMN_TITLES: Record<string, string> = {
  id: 'Mã', fullName: 'Họ và tên', unitName: 'Đơn vị', position: 'Chức vụ', category: 'Đối tượng', isPartyMember: 'Đảng viên',
  email: 'Thư điện tử', phone: 'Điện thoại', birthDate: 'Ngày sinh', status: 'Trạng thái', leftOn: 'Ngày thôi việc',
  createdAt: 'Tạo lúc', updatedAt: 'Cập nhật lúc', username: 'Tên đăng nhập', displayName: 'Tên hiển thị', isActive: 'Đang hoạt động',
  lockedUntil: 'Khóa đến', passwordChangedAt: 'Đổi mật khẩu lúc', oidcSubject: 'Định danh đăng nhập một lần', role: 'Vai trò',
  title: 'Tiêu đề', priority: 'Độ ưu tiên', startDate: 'Ngày bắt đầu', dueDate: 'Hạn hoàn thành', progressPercent: 'Tiến độ (%)',
  grade: 'Điểm chấm', completedAt: 'Hoàn thành lúc', taskId: 'Mã nhiệm vụ', occurredAt: 'Thời điểm', kind: 'Loại',
  actorName: 'Người thực hiện', reason: 'Lý do', campaignTitle: 'Đợt quán triệt', assignedAt: 'Giao lúc', openedAt: 'Mở đọc lúc',
  acknowledgedAt: 'Xác nhận đã đọc lúc', committedAt: 'Cam kết lúc', quizBestScore: 'Điểm kiểm tra cao nhất', quizPassedAt: 'Đạt kiểm tra lúc',
  isDone: 'Đã hoàn thành', round: 'Lượt', meetingTitle: 'Cuộc họp', startsAt: 'Bắt đầu', place: 'Địa điểm', checkedInAt: 'Điểm danh lúc',
  description: 'Nội dung', detectedOn: 'Ngày phát hiện', violationOn: 'Ngày vi phạm', explanation: 'Giải trình',
  isViolationConfirmed: 'Xác định vi phạm', severity: 'Mức độ', conclusion: 'Kết luận', measureKind: 'Biện pháp',
  disciplineFormCode: 'Hình thức kỷ luật', decisionOn: 'Ngày quyết định', decisionNumber: 'Số quyết định', notifiedOn: 'Ngày thông báo',
  appealDueOn: 'Hạn khiếu nại', closedReason: 'Lý do kết thúc', periodKind: 'Kỳ đánh giá', startsOn: 'Từ ngày', endsOn: 'Đến ngày',
  state: 'Bước', selfGeneral: 'Điểm tự đánh giá', selfComment: 'Tự nhận xét', reviewComment: 'Nhận xét của người đánh giá', score: 'Điểm',
  level: 'Mức xếp loại', decidedAt: 'Quyết định lúc', publishedOn: 'Ngày công bố', appealReason: 'Kiến nghị', appealAnswer: 'Trả lời kiến nghị',
};
