import { z } from 'zod';
import { roleSchema } from './auth.js';
import { isoDateTime, pageOf, pageQuery } from './common.js';
import { accountStates, grantableRoles } from './account-vocabulary.js';

export { accountStates, grantableRoles };
export const grantableRoleSchema = z.enum(grantableRoles);

export const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-zA-Z0-9._-]+$/, 'chỉ chữ không dấu, số và . _ - / letters without diacritics, digits and . _ -')
  .describe('Tên đăng nhập');

export const initialPassword = z.string().min(10).max(200).describe('At least 10 characters; the person must change it at first login');

/** One role, with the unit it applies to where it has one (the unit a unit head leads). */
export const roleGrant = z.object({
  role: grantableRoleSchema,
  unitId: z.uuid().nullable().default(null).describe('unit_head only: the unit this person leads'),
});
export type RoleGrant = z.infer<typeof roleGrant>;

const roleGrants = z.array(roleGrant).min(1).max(10);

export const createAccountBody = z.object({
  personId: z.uuid(),
  username,
  password: initialPassword.optional().describe('Left out: no password works until the person opens an invitation link (POST /accounts/{id}/invitation)'),
  roles: roleGrants,
});
export type CreateAccountBody = z.infer<typeof createAccountBody>;

export const replaceRolesBody = z.object({ roles: roleGrants });
export const resetPasswordBody = z.object({ password: initialPassword });

export const accountListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Name or username, with or without diacritics'),
  role: roleSchema.optional(),
  unitId: z.uuid().optional().describe("The person's unit and the units below it"),
  state: z.enum(accountStates).optional(),
});
export type AccountListQuery = z.infer<typeof accountListQuery>;

export const usernameSuggestionQuery = z.object({ personId: z.uuid() });
export const usernameSuggestion = z.object({ username: z.string() });

export const account = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  personId: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  email: z.string().nullable(),
  roles: z.array(roleSchema),
  headOfUnits: z.array(z.object({ id: z.uuid(), name: z.string() })).describe('Units this person leads (the unit head scope)'),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  mustChangePassword: z.boolean(),
  oidcSubject: z.string().nullable().describe('The single sign-on subject this account is linked to'),
  lastLoginAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  abilities: z.object({
    canChangeRoles: z.boolean(),
    canResetPassword: z.boolean(),
    canUnlock: z.boolean(),
    canDeactivate: z.boolean(),
    canReactivate: z.boolean(),
  }),
});
export type Account = z.infer<typeof account>;
export const accountPage = pageOf(account);
export type AccountPage = z.infer<typeof accountPage>;

/** The subject ("sub") the OpenID provider gives this person, as the provider's administrator reads it. */
export const ssoSubjectBody = z.object({ subject: z.string().trim().min(1).max(255).describe('Mã định danh (sub) của người dùng ở nhà cung cấp SSO') });

/** A one-time link for the person to set their own password: shown once, stored only as a hash. */
export const invitation = z.object({
  path: z.string().describe('The web page to open, with its one-time token: /loi-moi?token=…'),
  expiresAt: isoDateTime,
});
export type Invitation = z.infer<typeof invitation>;
export const invitationToken = z.string().min(20).max(200);
export const invitationStatusQuery = z.object({ token: invitationToken });
export const invitationStatus = z.object({ username: z.string(), displayName: z.string(), expiresAt: isoDateTime });
export const acceptInvitationBody = z.object({ token: invitationToken, password: z.string().min(1).max(200).describe('Ít nhất 12 ký tự, không phổ biến') });
export { INVITATION_PATH } from './account-vocabulary.js';
