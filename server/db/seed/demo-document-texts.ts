/**
 * The bodies of the demo documents' files, written for the demo. The directive's number, date and
 * issuer are real; its body here is a short summary of our own, not the directive's text.
 */
export const DIRECTIVE_BODY = [
  'Bản tóm lược dùng cho dữ liệu mẫu, không phải toàn văn Chỉ thị.',
  'Chỉ thị yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong hệ thống chính trị thành phố tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc của cán bộ, công chức, viên chức, người lao động.',
  '1. Quán triệt Chỉ thị và Phụ lục 25 biểu hiện vi phạm đến từng cán bộ, đảng viên; mỗi cơ quan, đơn vị xây dựng kế hoạch thực hiện.',
  '2. Rà soát quy trình công việc, cá thể hóa trách nhiệm: rõ người, rõ việc, rõ thời hạn, rõ kết quả; không né tránh, đùn đẩy, làm việc cầm chừng.',
  '3. Người đứng đầu chịu trách nhiệm khi cơ quan, đơn vị để xảy ra chậm trễ, vi phạm; kịp thời kiểm tra, giám sát, xử lý nghiêm vi phạm.',
];

export const GUIDANCE_BODY = [
  'Căn cứ Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy, Đảng ủy cơ quan hướng dẫn việc nhận diện các biểu hiện vi phạm trong công việc hằng ngày của cơ quan.',
  'Nhóm 1. Biểu hiện về kỷ cương, kỷ luật: đi muộn, về sớm, bỏ vị trí trong giờ làm việc; vắng họp không lý do; đóng dấu, phát hành văn bản chưa được ký duyệt.',
  'Nhóm 2. Biểu hiện về trách nhiệm giải quyết công việc: để văn bản quá hạn không báo cáo; né tránh, đùn đẩy việc sang đơn vị khác; không đề xuất khi gặp khó khăn.',
  'Nhóm 3. Biểu hiện về thái độ, văn hóa công vụ: thiếu tôn trọng người dân đến làm việc; gây phiền hà, yêu cầu thêm giấy tờ ngoài quy định.',
  'Hằng tháng, mỗi cán bộ tự kiểm tra theo danh mục trên khi tự đánh giá, xếp loại; lãnh đạo Ban, Văn phòng đối chiếu khi nhận xét.',
];

export const PLAN_BODY = (objectives: string) => [
  'Thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy và kết luận của Hội nghị quán triệt ngày 02/11/2023, Đảng ủy cơ quan ban hành Kế hoạch thực hiện như sau.',
  `I. Mục đích, yêu cầu. ${objectives}`,
  'II. Chỉ tiêu. 100% cán bộ, đảng viên, người lao động được quán triệt; các Ban, Văn phòng ban hành quy trình công việc; mỗi Ban rà soát chương trình công tác năm; cán bộ, công chức ký cam kết không vi phạm 25 biểu hiện.',
  'III. Tổ chức thực hiện. Văn phòng theo dõi, tổng hợp tiến độ hằng tháng trên phần mềm; Ban Tổ chức – Kiểm tra kiểm tra việc thực hiện cam kết; các Ban báo cáo kết quả trước ngày 25 hằng tháng.',
];

export const RULE_BODY = [
  'Điều 1. Quy định này cụ thể hóa trách nhiệm giải quyết công việc và văn hóa công vụ của cán bộ, đảng viên, người lao động cơ quan, gắn với việc thực hiện Chỉ thị số 24-CT/TU.',
  'Điều 2. Mỗi nhiệm vụ được giao trên phần mềm phải được nhận trong một ngày làm việc; khi không thể hoàn thành đúng hạn, người thực hiện đề xuất gia hạn hoặc báo cáo khó khăn trước hạn ít nhất hai ngày làm việc.',
  'Điều 3. Văn bản đến được xử lý trong thời hạn ghi trên phiếu giao việc; không chuyển văn bản sang đơn vị khác khi chưa có ý kiến của lãnh đạo.',
  'Điều 4. Khi tiếp người dân, cán bộ mặc trang phục đúng quy định, đeo thẻ, hướng dẫn một lần đầy đủ hồ sơ, không yêu cầu thêm giấy tờ ngoài quy định.',
  'Điều 5. Kết quả thực hiện Quy định là căn cứ đánh giá, xếp loại cán bộ hằng tháng và cuối năm.',
];
