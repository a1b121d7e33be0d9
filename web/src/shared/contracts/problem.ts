import type { z } from 'zod';
import type { localizedText, Problem } from '../../../../contracts/common';

export type LocalizedText = z.infer<typeof localizedText>;
export type { Problem };
