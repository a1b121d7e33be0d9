import { z } from 'zod';
import { initialPassword, username } from './accounts.js';
import { isoDateTime, text } from './common.js';

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

/** An agency as the platform administrator sees it: its size, none of its records. */
export const platformAgency = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  createdAt: isoDateTime,
  people: z.number().int().describe('Active people'),
  units: z.number().int().describe('Active units'),
  openTasks: z.number().int().describe('Tasks assigned, in progress or submitted'),
  accounts: z.number().int().describe('Active login accounts'),
});
export type PlatformAgency = z.infer<typeof platformAgency>;
export const platformAgencyList = z.object({ items: z.array(platformAgency) });
export type PlatformAgencyList = z.infer<typeof platformAgencyList>;
