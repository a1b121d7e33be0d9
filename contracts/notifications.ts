import { z } from 'zod';
import { localizedText } from './common.js';
import { notificationChannels } from './notification-vocabulary.js';
import { notificationKinds } from './work.js';

/** One kind of notification with the person's channel for it, and why it cannot be turned off when it is mandatory. */
export const notificationPreferenceSchema = z.object({
  kind: z.enum(notificationKinds),
  channel: z.enum(notificationChannels),
  label: localizedText,
  needsAction: z.boolean(),
  mandatoryBecause: localizedText.nullable().describe('Bắt buộc: không thể tắt, vì lý do này'),
});
export const notificationPreferenceList = z.object({ items: z.array(notificationPreferenceSchema) });
export const notificationPreferenceParams = z.object({ kind: z.string().min(1).max(80) });
export const notificationPreferenceBody = z.object({ channel: z.enum(notificationChannels) });
