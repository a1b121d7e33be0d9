export const LOGIN_PATH = '/dang-nhap';
export const CHANGE_PASSWORD_PATH = '/doi-mat-khau';
