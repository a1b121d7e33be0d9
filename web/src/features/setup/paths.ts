export const SETUP_PATH = '/cai-dat';
