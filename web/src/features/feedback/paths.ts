/** The public pages live outside the signed-in shell. */
export const PUBLIC_REPORT_PATH = '/phan-anh';
export const TRACK_REPORT_PATH = '/phan-anh/theo-doi';
export const FEEDBACK_QUEUE_PATH = '/phan-anh-cua-nguoi-dan';
export const FEEDBACK_REPORT_PATH = '/phan-anh-cua-nguoi-dan/:id';
export const feedbackReportPath = (id: string) => `/phan-anh-cua-nguoi-dan/${id}`;
