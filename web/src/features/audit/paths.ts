export const AUDIT_PATH = '/nhat-ky';
