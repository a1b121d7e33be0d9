export const SYSTEM_STATUS_PATH = '/tinh-trang-he-thong';
