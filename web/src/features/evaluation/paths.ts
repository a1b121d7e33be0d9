export const MY_EVALUATION_PATH = '/danh-gia-cua-toi';
export const SCORECARD_PATH = '/danh-gia/phieu/:id';
export const EVALUATION_QUEUE_PATH = '/danh-gia/cho-xu-ly';
export const PERIODS_PATH = '/danh-gia/ky';
export const PERIOD_PATH = '/danh-gia/ky/:id';

export const scorecardPath = (id: string) => `/danh-gia/phieu/${id}`;
export const periodPath = (id: string) => `/danh-gia/ky/${id}`;
