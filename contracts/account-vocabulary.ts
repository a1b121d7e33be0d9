/** Roles an agency administrator may grant (system_admin is the platform's, never an agency's). */
export const grantableRoles = ['agency_admin', 'leader', 'unit_head', 'inspector', 'editor', 'staff'] as const;

export const accountStates = ['active', 'locked', 'never_logged_in', 'deactivated'] as const;

/** The public page where an invited person sets their password. */
export const INVITATION_PATH = '/loi-moi';
