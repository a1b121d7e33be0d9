export const PLATFORM_AGENCIES_PATH = '/co-quan';
export const PLATFORM_ROLES = ['platform_admin'] as const;
