export const PROCEDURES_PATH = '/quy-trinh';
export const PROCEDURE_PATH = '/quy-trinh/:id';
export const NEW_PROCEDURE_PATH = '/quy-trinh/moi';
export const VERSION_EDIT_PATH = '/quy-trinh/ban/:id/sua';
export const RUN_PATH = '/quy-trinh/luot/:id';
export const MY_RESPONSIBILITY_PATH = '/trach-nhiem-cua-toi';
export const MATRIX_PATH = '/ma-tran-trach-nhiem';

export const procedurePath = (id: string) => `/quy-trinh/${id}`;
export const versionEditPath = (id: string) => `/quy-trinh/ban/${id}/sua`;
export const runPath = (id: string) => `/quy-trinh/luot/${id}`;
/** Files the server builds; the session cookie goes along with a plain link. */
export const fileUrl = (path: string) => `/api/v1${path}`;
