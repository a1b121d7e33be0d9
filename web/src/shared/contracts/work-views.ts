import type { z } from 'zod';
import type { bulkActionBody, bulkResult, followState, mentionableList, savedViewSchema, taskWindow } from '../../../../contracts/work-views';

export type TaskWindow = z.infer<typeof taskWindow>;
export type SavedView = z.infer<typeof savedViewSchema>;
export type BulkAction = z.input<typeof bulkActionBody>;
export type BulkResult = z.infer<typeof bulkResult>;
export type FollowState = z.infer<typeof followState>;
export type MentionablePeople = z.infer<typeof mentionableList>;
