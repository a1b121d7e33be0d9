import type { z } from 'zod';
import type { explanationItemInput, explanationSchema } from '../../../../contracts/explanations';

export type { ExplanationItemKind, ExplanationStatus } from '../../../../contracts/explanations';
export type Explanation = z.infer<typeof explanationSchema>;
export type ExplanationItemInput = z.infer<typeof explanationItemInput>;
