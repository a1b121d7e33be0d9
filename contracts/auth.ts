import { z } from 'zod';

export const roles = ['system_admin', 'agency_admin', 'leader', 'unit_head', 'staff', 'inspector', 'editor'] as const;
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
});

export const sessionResponse = z.object({
  user: sessionUser,
  csrfToken: z.string().describe('Send back in the x-csrf-token header with every write'),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(10).max(200).describe('At least 10 characters'),
  })
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu cũ / the new password must differ',
  });

/** Who is signed in, or null: the web app's first question, answered without a 401 to log. */
export const currentSessionResponse = z.object({ session: sessionResponse.nullable() });
export type CurrentSessionResponse = z.infer<typeof currentSessionResponse>;
