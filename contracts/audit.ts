import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common.js';

export const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  change: z.unknown(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuery = pageQuery.extend({
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z_.]+$/)
    .optional()
    .describe('e.g. person.created, or a prefix such as person.'),
  subjectType: z.string().trim().max(50).optional(),
  subjectId: z.string().trim().max(100).optional(),
  actorUserId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const auditPage = pageOf(auditEventSchema);

export const auditVerifyResponse = z.object({
  isIntact: z.boolean(),
  checkedRows: z.number().int(),
  firstBrokenLink: z
    .object({
      id: z.number().int().nullable().describe('Dòng hỏng; null khi các dòng cuối đã bị xóa'),
      lane: z.number().int(),
      sequence: z.number().int(),
      reason: z.enum(['hash_mismatch', 'previous_hash_mismatch', 'sequence_gap', 'truncated', 'checkpoint_invalid']),
    })
    .nullable(),
  lastCheckpointAt: z.string().nullable().describe('Mốc ký số gần nhất mà phần đầu chuỗi được đối chiếu'),
});
