import { z } from 'zod';
import { initialPassword, username } from './accounts.js';
import { text } from './common.js';

export const setupToken = z.string().min(20).max(200).describe('The one-time token the server printed at start');

export const agencyCode = z
  .string()
  .trim()
  .min(2)
  .max(30)
  .regex(/^[A-Za-z0-9._-]+$/, 'chữ không dấu, số và . _ - / letters without diacritics, digits and . _ -')
  .describe('Short code of the agency, e.g. MTTQ-TP');

/** The agency and its first administrator, from the setup page or command. */
export const newAgencyBody = z.object({
  agencyName: text(300).describe('Tên cơ quan'),
  agencyCode: agencyCode.optional(),
  adminUsername: username,
  adminDisplayName: text(200).describe('Họ tên quản trị viên'),
  adminPassword: initialPassword.describe('At least 10 characters'),
});
export type NewAgencyBody = z.infer<typeof newAgencyBody>;

export const setupBody = newAgencyBody.extend({ token: setupToken });
export const setupStatusQuery = z.object({ token: setupToken });
export const setupStatus = z.object({ isOpen: z.literal(true) });
export const setupResult = z.object({ agencyId: z.uuid(), agencyName: z.string(), adminUsername: z.string() });
