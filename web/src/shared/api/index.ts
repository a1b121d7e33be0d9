export { ApiError, api, onUnauthenticated, setCsrfToken } from './client';
export { applyServerErrors } from './form-errors';
export { uploadFile } from './upload';
