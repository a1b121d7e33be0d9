import type { z } from 'zod';
import type { createPrivacyRequestBody, personalDataExportSchema, privacyRequestSchema } from '../../../../contracts/privacy';

export type { PrivacyRequestKind, PrivacyRequestState } from '../../../../contracts/privacy';
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;
export type CreatePrivacyRequestInput = z.input<typeof createPrivacyRequestBody>;
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
