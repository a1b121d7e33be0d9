export const CASES_PATH = '/ky-luat/vu-viec';
export const CASE_PATH = '/ky-luat/vu-viec/:id';
export const MY_CASES_PATH = '/vu-viec-cua-toi';
export const SUGGESTIONS_PATH = '/ky-luat/goi-y';
export const CATALOG_PATH = '/ky-luat/danh-muc';

export const casePath = (id: string) => `/ky-luat/vu-viec/${id}`;
