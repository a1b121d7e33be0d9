import type { z } from 'zod';
import type { AuditEvent, auditVerifyResponse } from '../../../../contracts/audit';

export type AuditVerifyResult = z.infer<typeof auditVerifyResponse>;
export type { AuditEvent };
