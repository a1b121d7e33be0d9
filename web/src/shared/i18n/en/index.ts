import type { Messages } from '../messages';
import { auditMessages } from './audit';
import { orgMessages } from './org';
import { shellMessages } from './shell';

export const en: Messages = { ...shellMessages, ...orgMessages, ...auditMessages };
