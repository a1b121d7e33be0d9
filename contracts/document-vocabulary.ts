/** Plain lists shared with the web app without pulling in zod. */
export const documentRelationKinds = ['implements', 'replaces', 'amends'] as const;
export type DocumentRelationKind = (typeof documentRelationKinds)[number];
