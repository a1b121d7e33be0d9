/**
 * The fields the system holds that are sensitive personal data (Decree 13/2023 and Decree 356/2025,
 * BRIEF §6.2): table → column → why. The export marks these fields; the reporter's identity is listed
 * so the registry is complete, and the export never selects it.
 */
export const SENSITIVE_FIELDS = {
  people: { is_party_member: 'Đảng viên (quan điểm chính trị) — dữ liệu nhạy cảm' },
  conduct_cases: {
    description: 'Vụ việc kỷ luật — dữ liệu nhạy cảm',
    explanation: 'Giải trình trong vụ việc kỷ luật — dữ liệu nhạy cảm',
    is_violation_confirmed: 'Kết luận vi phạm — dữ liệu nhạy cảm',
    severity: 'Mức độ vi phạm — dữ liệu nhạy cảm',
    conclusion: 'Kết luận vụ việc — dữ liệu nhạy cảm',
    measure_kind: 'Biện pháp xử lý, kỷ luật — dữ liệu nhạy cảm',
    discipline_form_code: 'Hình thức kỷ luật — dữ liệu nhạy cảm',
    reporter: 'Danh tính người phản ánh, tố cáo — bảo mật, không bao giờ xuất',
  },
  public_reports: { identity_sealed: 'Danh tính người phản ánh — bảo mật, không bao giờ xuất' },
  evaluation_scorecards: {
    self_general: 'Điểm tự đánh giá — xếp loại',
    score: 'Điểm đánh giá — xếp loại',
    level: 'Mức xếp loại chất lượng',
    review_comment: 'Nhận xét đánh giá',
    appeal_reason: 'Kiến nghị về kết quả xếp loại',
    appeal_answer: 'Trả lời kiến nghị xếp loại',
  },
  tasks: { grade: 'Điểm chấm kết quả công việc — đánh giá' },
  explanation_requests: {
    answer: 'Giải trình về việc chậm, thiếu sót trong thực thi công vụ — dữ liệu về kỷ luật',
    decision_note: 'Ý kiến xem xét giải trình — dữ liệu về kỷ luật',
  },
} as const satisfies Record<string, Record<string, string>>;

/** Columns that never leave the system in an export, whoever asks. */
export const NEVER_EXPORTED = new Set([
  'conduct_cases.reporter',
  'conduct_cases.source_id',
  'conduct_cases.source_reference',
  'public_reports.identity_sealed',
  'users.password_hash',
  // The case a request became may still be under internal verification; those escalated to are other people.
  'explanation_requests.case_id',
  'explanation_requests.escalated_to_ids',
  'sessions.token_hash',
  'sessions.csrf_token',
]);

const snakeOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The sensitive fields among a section's fields (camelCase keys), with their reasons. */
export function sensitiveFieldsOf(table: keyof typeof SENSITIVE_FIELDS, fields: readonly string[]): Record<string, string> {
  const registry: Record<string, string> = SENSITIVE_FIELDS[table];
  return Object.fromEntries(fields.filter((field) => snakeOf(field) in registry).map((field) => [field, registry[snakeOf(field)]]));
}

/** Whether a field (camelCase) of a table must be left out of an export even if a reader selected it. */
export function isNeverExported(table: string, field: string): boolean {
  return NEVER_EXPORTED.has(`${table}.${snakeOf(field)}`);
}
