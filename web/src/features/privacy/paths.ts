export const PRIVACY_PATH = '/du-lieu-ca-nhan';

/** Files the server builds; the session cookie goes along with a plain link. */
export const exportUrl = (personId: string, format: 'json' | 'xlsx') => `/api/v1/privacy/people/${personId}/export.${format}`;
