/** The words of personal-data requests, shared by the server and the web app without zod. */
export const privacyRequestKinds = ['access', 'correction', 'deletion', 'objection'] as const;
export const privacyRequestStates = ['received', 'answered', 'refused'] as const;
export type PrivacyRequestKind = (typeof privacyRequestKinds)[number];
export type PrivacyRequestState = (typeof privacyRequestStates)[number];
