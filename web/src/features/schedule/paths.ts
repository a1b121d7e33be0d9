/** The app's page; the public portal's is /lich-cong-tac, served by the server. */
export const SCHEDULE_PATH = '/lich-tuan';
export const PUBLIC_SCHEDULE_PATH = '/lich-cong-tac';
export const fileUrl = (path: string) => `/api/v1${path}`;
