export const ACCOUNTS_PATH = '/tai-khoan';
