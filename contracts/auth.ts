import { z } from 'zod';

export const roles = ['system_admin', 'agency_admin', 'leader', 'unit_head', 'staff', 'inspector', 'editor', 'platform_admin'] as const;
export type Role = (typeof roles)[number];

export const roleSchema = z.enum(roles);

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100).describe('Tên đăng nhập'),
  password: z.string().min(1).max(200),
});

export const sessionUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  agencyId: z.uuid(),
  agencyName: z.string(),
  personId: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
  mustChangePassword: z.boolean().describe('An initial or reset password: every other route answers 403 until it is changed'),
});

export const sessionResponse = z.object({
  user: sessionUser,
  csrfToken: z.string().describe('Send back in the x-csrf-token header with every write'),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z
      .string()
      .min(12, { error: 'Mật khẩu cần ít nhất 12 ký tự / at least 12 characters' })
      .max(200)
      .describe('Ít nhất 12 ký tự, không phổ biến, không chứa tên đăng nhập hay họ tên'),
  })
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu cũ / the new password must differ',
  });

/** Who is signed in, or null: the web app's first question, answered without a 401 to log. */
export const currentSessionResponse = z.object({ session: sessionResponse.nullable() });
export type CurrentSessionResponse = z.infer<typeof currentSessionResponse>;
export const authOptionsResponse = z.object({
  passwordLogin: z.boolean().describe('false: only single sign-on opens sessions (AUTH_PASSWORD_LOGIN=false)'),
  singleSignOn: z.boolean().describe('An OpenID Connect provider is configured: sign in at GET /api/v1/auth/oidc/start'),
});
export type AuthOptions = z.infer<typeof authOptionsResponse>;

/** One of the signed-in user's live sessions (GET /auth/sessions). */
export const activeSession = z.object({
  id: z.uuid(),
  userAgent: z.string().nullable().describe('The browser or device, as it named itself'),
  address: z.string().nullable().describe('The network address the session was opened from'),
  createdAt: z.string().describe('Signed in at'),
  lastSeenAt: z.string().describe('Last used, to the minute'),
  expiresAt: z.string().describe('Ends at the latest (12 hours after sign-in)'),
  isCurrent: z.boolean().describe('The session making this request'),
});
export type ActiveSession = z.infer<typeof activeSession>;
export const activeSessionsResponse = z.object({
  items: z.array(activeSession),
  idleMinutes: z.number().int().describe('A session unused this long ends (SESSION_IDLE_MINUTES)'),
});
export type ActiveSessions = z.infer<typeof activeSessionsResponse>;
export const endedSessionsResponse = z.object({ ended: z.number().int() });
