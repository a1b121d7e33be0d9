import type { z } from 'zod';
import type {
  documentFileSchema,
  documentInput,
  documentRelationKinds,
  documentRelationSchema,
  documentVersionSchema,
  DocumentDetail,
  DocumentView,
} from '../../../../contracts/documents';
import type { createPlanBody, Plan, Progress, Target, targetInput, TargetRef, TaskCounts, Traceability, TraceLine } from '../../../../contracts/plans';

export type { DocumentKind } from '../../../../contracts/document-number';
export type DocumentInput = z.input<typeof documentInput>;
export type DocumentFile = z.infer<typeof documentFileSchema>;
export type DocumentVersion = z.infer<typeof documentVersionSchema>;
export type DocumentRelation = z.infer<typeof documentRelationSchema>;
export type DocumentRelationKind = (typeof documentRelationKinds)[number];
export type CreatePlanInput = z.input<typeof createPlanBody>;
export type TargetInput = z.input<typeof targetInput>;
export type { DocumentDetail, DocumentView, Plan, Progress, Target, TargetRef, TaskCounts, Traceability, TraceLine };
