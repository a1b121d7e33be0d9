export const LOGIN_PATH = '/dang-nhap';
export const CHANGE_PASSWORD_PATH = '/doi-mat-khau';
export const SESSIONS_PATH = '/phien-dang-nhap';
