export const ORG_PATH = '/to-chuc';
export const ORG_IMPORT_PATH = '/to-chuc/nhap';
