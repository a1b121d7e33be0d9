/** The menu's names of the pages whose other texts load with them: the side menu shows them all from the start. */
export const navMessages = {
  accounts: {
    nav: 'Tài khoản',
    navDescription: 'Cấp tài khoản đăng nhập, phân quyền, đặt lại mật khẩu, mở khoá, vô hiệu hoá',
  },
  conduct: {
    nav: {
      cases: 'Kỷ luật, kỷ cương',
      casesDescription: 'Vụ việc: ghi nhận, xác minh, giải trình, kết luận, xử lý',
      mine: 'Vụ việc của tôi',
      mineDescription: 'Vụ việc liên quan đến tôi, giải trình đúng hạn',
      suggestions: 'Gợi ý từ tín hiệu',
      suggestionsDescription: 'Tín hiệu công việc có thể là biểu hiện vi phạm; người có thẩm quyền quyết định',
      catalog: 'Danh mục biểu hiện',
      catalogDescription: '25 biểu hiện theo Chỉ thị 24-CT/TU và các biểu hiện liên quan, có phiên bản',
      group: 'Kỷ luật, kỷ cương',
    },
  },
  documents: {
    nav: {
      register: 'Văn bản',
      registerDescription: 'Sổ văn bản: chỉ thị, nghị quyết, kế hoạch thực hiện, chỉ tiêu và truy vết đến từng nhiệm vụ',
    },
  },
  evaluation: {
    nav: {
      mine: 'Đánh giá của tôi',
      mineDescription: 'Phiếu đánh giá, điểm từ công việc và kết quả qua các kỳ',
      queue: 'Đánh giá chờ xử lý',
      queueDescription: 'Phiếu chờ tôi xem xét, quyết định hoặc trả lời kiến nghị',
      periods: 'Kỳ đánh giá',
      periodsDescription: 'Mở kỳ, bảng xếp loại của đơn vị, tỷ lệ trần, công bố',
    },
  },
  explanations: {
    nav: {
      list: 'Giải trình',
      listDescription: 'Yêu cầu giải trình về nhiệm vụ quá hạn, chưa quán triệt, vắng họp: của tôi và tôi đã yêu cầu',
    },
  },
  feedback: {
    nav: { queue: 'Phản ánh của người dân', queueDescription: 'Tiếp nhận, phân loại, chuyển xử lý và trả lời phản ánh của người dân, doanh nghiệp' },
  },
  news: {
    nav: { label: 'Tin tức', description: 'Viết, duyệt và đăng tin lên cổng thông tin' },
  },
  reports: {
    nav: { label: 'Báo cáo', description: 'Dự thảo báo cáo thực hiện Chỉ thị 24 (Word)' },
  },
  platform: {
    nav: 'Cơ quan',
    navDescription: 'Các cơ quan trên hệ thống và quy mô của từng cơ quan; quản trị nền tảng không xem hồ sơ của cơ quan.',
  },
  privacy: {
    nav: { title: 'Dữ liệu cá nhân', description: 'Sổ yêu cầu của chủ thể dữ liệu, hạn trả lời theo quy định; xuất dữ liệu của một người' },
  },
  procedures: {
    nav: {
      list: 'Quy trình công việc',
      listDescription: 'Quy trình của cơ quan, từng Ban, Văn phòng: các bước, người chịu trách nhiệm, thời hạn',
      mine: 'Trách nhiệm của tôi',
      mineDescription: 'Các bước quy trình, chỉ tiêu, nhiệm vụ tôi chịu trách nhiệm',
      matrix: 'Ma trận trách nhiệm',
      matrixDescription: 'Từng người với các bước quy trình và chỉ tiêu của đơn vị',
    },
  },
  schedule: {
    nav: { label: 'Lịch công tác tuần', description: 'Lịch làm việc của lãnh đạo cơ quan trong tuần' },
  },
  system: {
    nav: { title: 'Tình trạng hệ thống', description: 'Phiên bản, cơ sở dữ liệu, sao lưu định kỳ và các tác vụ chạy hằng ngày' },
  },
};
