import type { NewsCategory } from '../../../contracts/news-vocabulary.js';

/** The demo portal's articles, written for the demo; people and figures are fictional. */
export interface DemoArticle {
  title: string;
  summary: string;
  bodyHtml: string;
  category: NewsCategory;
  tags: string[];
  /** Publishing instant (ISO) for history, days before the load for recent news; one is left in review and one scheduled ahead of now. */
  publishAt: string | { daysAgo: number } | 'review' | 'scheduled';
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: 'Hội nghị quán triệt Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy',
    summary:
      'Sáng 02/11/2023, cơ quan tổ chức hội nghị quán triệt, triển khai Chỉ thị 24-CT/TU về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc tới toàn thể cán bộ, công chức, người lao động.',
    bodyHtml:
      '<p>Sáng ngày 02/11/2023, cơ quan tổ chức hội nghị quán triệt, triển khai Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc của cán bộ, công chức, viên chức, người lao động trong hệ thống chính trị thành phố.</p>' +
      '<h2>Nội dung hội nghị</h2><p>Đồng chí Phó Trưởng Ban phụ trách truyền đạt những nội dung cơ bản của Chỉ thị, nhấn mạnh yêu cầu khắc phục tình trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ sai, sợ trách nhiệm; mỗi nhiệm vụ phải rõ người, rõ việc, rõ thời hạn, rõ kết quả.</p>' +
      '<ul><li>Mỗi đơn vị xây dựng kế hoạch thực hiện, gắn với chương trình công tác năm.</li><li>Cán bộ, công chức ký cam kết thực hiện, không để xảy ra biểu hiện vi phạm.</li><li>Người đứng đầu chịu trách nhiệm khi đơn vị để xảy ra chậm trễ, đùn đẩy công việc.</li></ul>' +
      '<h2>Thảo luận</h2><p>Đại biểu các đơn vị phát biểu, đề xuất giải pháp rút ngắn thời gian xử lý văn bản, công khai tiến độ giải quyết công việc và tiếp nhận phản ánh của người dân.</p>' +
      '<p>Kết thúc hội nghị, 100% cán bộ, công chức tham dự ký cam kết thực hiện Chỉ thị.</p>',
    category: 'directive_24',
    tags: ['Chỉ thị 24', 'Hội nghị', 'Quán triệt'],
    publishAt: '2023-11-02T08:30:00Z',
  },
  {
    title: 'Ban hành Kế hoạch thực hiện Chỉ thị 24-CT/TU',
    summary: 'Kế hoạch xác định 12 chỉ tiêu, phân công từng đơn vị chủ trì và thời hạn hoàn thành.',
    bodyHtml:
      '<p>Cơ quan ban hành Kế hoạch thực hiện Chỉ thị 24-CT/TU, cụ thể hóa thành các chỉ tiêu đo được: tỷ lệ nhiệm vụ hoàn thành đúng hạn, tỷ lệ phản ánh được tiếp nhận trong 8 giờ làm việc, tỷ lệ cán bộ ký cam kết.</p><h2>Phân công</h2><p>Mỗi chỉ tiêu có đơn vị chủ trì, đơn vị phối hợp và thời hạn báo cáo.</p>',
    category: 'new_documents',
    tags: ['Chỉ thị 24', 'Kế hoạch'],
    publishAt: '2023-11-20T02:00:00Z',
  },
  {
    title: 'Sơ kết 6 tháng thực hiện Chỉ thị 24: nhiệm vụ đúng hạn tăng rõ rệt',
    summary: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn tăng so với cùng kỳ; vẫn còn việc chậm do phối hợp giữa các đơn vị.',
    bodyHtml:
      '<p>Hội nghị sơ kết 6 tháng đánh giá các đơn vị đã triển khai nghiêm túc Chỉ thị. Số nhiệm vụ chuyển qua lại giữa các đơn vị giảm; các đề xuất gia hạn đều được quyết định trong thời hạn.</p><h2>Hạn chế</h2><p>Một số việc phối hợp liên ngành còn chậm; việc cập nhật tiến độ chưa thường xuyên.</p>',
    category: 'directive_24',
    tags: ['Chỉ thị 24', 'Sơ kết'],
    publishAt: '2024-02-05T03:00:00Z',
  },
  {
    title: 'Ra mắt kênh tiếp nhận phản ánh về thái độ, trách nhiệm của cán bộ',
    summary: 'Người dân, doanh nghiệp có thể gửi phản ánh trực tuyến, theo dõi bằng mã tra cứu và đánh giá mức độ hài lòng.',
    bodyHtml:
      '<p>Cơ quan đưa vào sử dụng kênh tiếp nhận phản ánh trực tuyến. Mỗi phản ánh được tiếp nhận trong 8 giờ làm việc, chuyển đơn vị xử lý và trả lời công khai cho người gửi.</p><p>Danh tính người phản ánh được bảo mật theo quy định.</p>',
    category: 'agency_activities',
    tags: ['Phản ánh', 'Chuyển đổi số'],
    publishAt: '2024-03-11T02:00:00Z',
  },
  {
    title: 'Văn phòng cơ quan: một năm không có nhiệm vụ quá hạn',
    summary: 'Tập thể Văn phòng hoàn thành đúng hạn toàn bộ nhiệm vụ được giao trong năm, được đề nghị khen thưởng.',
    bodyHtml:
      '<p>Trong năm, Văn phòng cơ quan tiếp nhận và hoàn thành đúng hạn toàn bộ nhiệm vụ được giao. Bí quyết của tập thể là họp giao ban ngắn mỗi sáng thứ Hai, rà soát việc sắp đến hạn và chủ động báo cáo khó khăn sớm.</p>',
    category: 'role_models',
    tags: ['Gương điển hình', 'Đúng hạn'],
    publishAt: '2024-12-20T02:00:00Z',
  },
  {
    title: 'Quy chế làm việc sửa đổi: rõ người chịu trách nhiệm chính của mỗi việc',
    summary: 'Quy chế mới quy định mỗi nhiệm vụ chỉ có một người chịu trách nhiệm chính; việc chuyển giao phải có lý do và được lãnh đạo đồng ý.',
    bodyHtml:
      '<p>Quy chế làm việc sửa đổi có hiệu lực từ ngày ký. Điểm mới là mỗi nhiệm vụ có đúng một người chịu trách nhiệm chính; người phối hợp không làm giảm trách nhiệm của người chủ trì.</p><ol><li>Chuyển giao nhiệm vụ phải nêu lý do.</li><li>Đề xuất gia hạn trước khi đến hạn.</li><li>Khó khăn, vướng mắc báo cáo kèm đề xuất giải pháp.</li></ol>',
    category: 'new_documents',
    tags: ['Quy chế', 'Trách nhiệm'],
    publishAt: '2025-01-15T02:00:00Z',
  },
  {
    title: 'Tổng kết năm 2025: kỷ cương hành chính tiếp tục chuyển biến',
    summary: 'Hội nghị tổng kết ghi nhận tỷ lệ phản ánh được trả lời đúng hạn cao, mức hài lòng của người dân tăng.',
    bodyHtml:
      '<p>Hội nghị tổng kết công tác năm 2025 đánh giá việc thực hiện Chỉ thị 24-CT/TU đã trở thành nền nếp. Các đơn vị thống nhất tiếp tục công khai tiến độ giải quyết công việc.</p><h2>Nhiệm vụ năm tới</h2><p>Tập trung số hóa quy trình nội bộ và rút ngắn thời gian xử lý phản ánh.</p>',
    category: 'agency_activities',
    tags: ['Tổng kết', 'Chỉ thị 24'],
    publishAt: '2025-12-22T02:00:00Z',
  },
  {
    title: 'Chuyên viên Ban Tuyên giáo chủ động đề xuất giải pháp khi gặp vướng mắc',
    summary: 'Thay vì chờ đợi, chuyên viên báo cáo khó khăn kèm phương án xử lý, giúp nhiệm vụ liên ngành hoàn thành sớm.',
    bodyHtml:
      '<p>Khi nhiệm vụ tổng hợp số liệu liên ngành gặp vướng mắc, chuyên viên Ban Tuyên giáo đã báo cáo khó khăn ngay trong ngày kèm hai phương án xử lý. Lãnh đạo Ban quyết định trong hai ngày làm việc, nhiệm vụ hoàn thành trước hạn.</p>',
    category: 'role_models',
    tags: ['Gương điển hình', 'Khó khăn, vướng mắc'],
    publishAt: { daysAgo: 40 },
  },
  {
    title: 'Tập huấn sử dụng phần mềm theo dõi nhiệm vụ cho cán bộ các đơn vị',
    summary: 'Cán bộ được hướng dẫn nhận việc, cập nhật tiến độ, đề xuất gia hạn và báo cáo khó khăn trên phần mềm.',
    bodyHtml:
      '<p>Lớp tập huấn hướng dẫn các thao tác thường dùng: nhận nhiệm vụ, cập nhật tiến độ, nộp kết quả, đề xuất gia hạn, báo cáo khó khăn và chuyển giao có lý do.</p>',
    category: 'agency_activities',
    tags: ['Tập huấn', 'Chuyển đổi số'],
    publishAt: { daysAgo: 19 },
  },
  {
    title: 'Hướng dẫn đánh giá, xếp loại cán bộ hằng tháng gắn với kết quả công việc',
    summary: 'Kết quả thực hiện nhiệm vụ trên phần mềm là căn cứ đánh giá, xếp loại hằng tháng.',
    bodyHtml:
      '<p>Văn bản hướng dẫn việc đánh giá, xếp loại hằng tháng căn cứ vào số nhiệm vụ hoàn thành đúng hạn, chất lượng kết quả và việc chấp hành kỷ luật, kỷ cương.</p>',
    category: 'new_documents',
    tags: ['Đánh giá', 'Hướng dẫn'],
    publishAt: { daysAgo: 4 },
  },
  {
    title: 'Kiểm tra việc thực hiện Chỉ thị 24 tại các đơn vị trực thuộc',
    summary: 'Đoàn kiểm tra làm việc với các đơn vị theo kế hoạch; kết quả sẽ được thông báo công khai.',
    bodyHtml:
      '<p>Đoàn kiểm tra của cơ quan làm việc với các đơn vị trực thuộc về việc thực hiện Chỉ thị 24-CT/TU, tập trung vào các nhiệm vụ quá hạn và việc xử lý phản ánh của người dân.</p>',
    category: 'directive_24',
    tags: ['Chỉ thị 24', 'Kiểm tra'],
    publishAt: 'review',
  },
  {
    title: 'Thông báo lịch tiếp công dân của lãnh đạo cơ quan',
    summary: 'Lãnh đạo cơ quan tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở.',
    bodyHtml: '<p>Lãnh đạo cơ quan tiếp công dân định kỳ vào ngày 15 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.</p>',
    category: 'agency_activities',
    tags: ['Tiếp công dân'],
    publishAt: 'scheduled',
  },
];
